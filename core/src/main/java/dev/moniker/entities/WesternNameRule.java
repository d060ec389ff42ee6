package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Set;

/**
 * A personal name nobody listed, in Western order: a given name (from the US Social Security
 * given-name list) or its nickname, optional middle names or initials, a capitalised surname, and
 * an optional suffix (<i>John F. Kennedy</i>, <i>Durward G. Hall</i>, <i>Bobby Jones Jr.</i>). It
 * becomes a person whose canonical form is the formal given name and the surname, initials and
 * middle names dropped (<i>Bobby Jones</i> and <i>Robert T. Jones</i> are both <i>Robert
 * Jones</i>): one facet value and one query term across articles. What this cannot tell apart:
 * two different people of the same formal name (two John Smiths) are one value.
 *
 * <p>Not a name: a given name that is also an English word, and not among the commonest given
 * names, before another word or a proper noun of the English word list (<i>Will Power</i>,
 * <i>Summer Olympics</i>), unless a middle initial or a title says person (<i>Judge Wade H.
 * Williams</i>); a famous surname before a word (<i>Kennedy Center</i>), unless it is one of the
 * commonest given names (<i>Frank Smith</i>); words that go on into a longer capitalised name (<i>Christian Science
 * Monitor</i>), and a Korean or Chinese family name before given-name syllables (<i>Kim
 * Min-jae</i>), which {@link NameShapeRule} reads.
 */
final class WesternNameRule implements RecognitionRule {

  /** Fewest US births for a word to count as a given name: drops rare names that are also words. */
  static final int MIN_BIRTHS = 2_000;

  /**
   * Fewest US births for a rarer given name (<i>Konstantin</i> 648, <i>Olena</i> 898, <i>Kirsty</i>
   * 945: names of other countries, given rarely in the US), which counts only when it is no word
   * for a people (<i>Kenyan</i>) and no name of a place or body of its own.
   */
  static final int RARE_MIN_BIRTHS = 500;

  /**
   * Births above which a given name that is also an English word (Mark, Bill, Grant) is read as a
   * name before any surname; below it (Winter, Court, Star) only before a surname that is no word.
   */
  static final int COMMON_GIVEN_NAME = 100_000;

  /**
   * Births from which a given name that is an English word too (<i>Guy</i>) goes before a family
   * name the word list has only as a proper noun (<i>Thompson</i>): <i>Guy Thompson</i>, while
   * <i>Winter Olympics</i> is no name.
   */
  static final int FREQUENT_GIVEN_NAME = 50_000;

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> CALENDAR = WordList.load("calendar-words.txt");

  /** Directions lead places (<i>West Dunellen</i>), though a few people are named West. */
  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west");

  /** Days of the week: given to a few as names, but before a name they say when (<i>Sunday Vance Gardner</i>). */
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> PARTICLES = WordList.load("surname-particles.txt");

  /** Games named after the city that holds them. */
  private static final Set<String> GAMES = Set.of("olympics", "paralympics", "games");

  private final EntityDictionary dict;

  WesternNameRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word given = c.first();
    if (!given.latin() || !given.capitalized() || words.size() < 2
        || (PARTICLES.contains(given.folded()) && words.get(1).afterHyphen())
        || !(isGivenName(given) || titledWithInitial(c) || titledStranger(c))) {
      return null; // "El-Sisi", "Al-Jubeir": a particle hyphened to a family name is no given name
    }
    if (isGivenName(words.get(1)) && words.get(1).joinedToPrevious() && !dict.demonymOf(given.folded(), 0).isEmpty()) {
      return null; // "German Lena Schoneborn": a people's word before the given name, not one
    }
    if (words.size() > 2 && (dict.isEnglishWord(given.folded()) && !isCommonGivenName(given)
            || (PlaceContext.prepositionBefore(c) || c.previous() != null && c.previous().original().equals("of"))
                && dict.singleWordAliases(given.folded()).length > 0)
        && words.get(1).joinedToPrevious() && isGivenName(words.get(1))
        && dict.givenNameBirths(words.get(1).folded()) > dict.givenNameBirths(given.folded())
        && words.get(2).joinedToPrevious() && words.get(2).capitalized()
        && (c.previous() == null || !Titles.SET.contains(c.previous().folded()))) {
      return null; // "Even Nate Robinson chipped in", "President of Brooklyn Eric Adams": a word, then the name
    }
    int i = 1;
    boolean hyphenatedGiven = words.size() > 2 && words.get(1).afterHyphen() && words.get(1).capitalized()
        && words.get(2).joinedToPrevious() && words.get(2).capitalized();
    if (hyphenatedGiven) {
      i = 2; // "Jean-Yves Le Drian", "Mary-Kate Olsen": one given name of two
    }
    int middles = 0;
    while (i + 1 < words.size() && middles < 2 && words.get(i).continuesName(words.get(i - 1))
        && (words.get(i).initials() || (words.get(i).capitalized() && isGivenName(words.get(i)) && words.get(i + 1).capitalized()
            && !PARTICLES.contains(words.get(i).folded())))
        && words.get(i + 1).continuesName(words.get(i))) {
      i++;
      middles++;
    }
    int particles = 0;
    while (i + 1 < words.size() && particles < 2 && PARTICLES.contains(words.get(i).folded())
        && words.get(i).continuesName(words.get(i - 1))
        && (words.get(i + 1).capitalized() || (particles == 0 && PARTICLES.contains(words.get(i + 1).folded())
            && i + 2 < words.size() && words.get(i + 2).capitalized()))
        && words.get(i + 1).continuesName(words.get(i))) {
      i++; // "Arturo Di Modica", "Leila de Lima", "Ursula von der Leyen", "Humberto De la Calle"
      particles++;
    }
    Word surname = words.get(i);
    if (!surname.continuesName(words.get(i - 1)) || !looksLikeSurname(surname)) {
      return null;
    }
    if (notAWesternName(words, i, c)) {
      return null;
    }
    if (PARTICLES.contains(given.folded()) && !c.queryMode() && c.context().unknownPerson(surname.folded()) != null) {
      return null; // "Humberto De la Calle ... De la Calle said": his family name alone, no given name "De"
    }
    if (!dict.demonymOf(ShapeRule.key(words, 0, i + 1), 0).isEmpty()) {
      return null; // "600,000 Hong Kongers": a people's word, no Mr. Kongers
    }
    if (i == 1 && GAMES.contains(surname.folded())) {
      return null; // "the Rio Olympics", "the Sydney Games": a city's games, no Mr. Olympics
    }
    if (i == 1 && !dict.demonymOf(given.folded(), 0).isEmpty() && dict.isEnglishWord(surname.folded())) {
      return null; // "the German Embassy": a people's word before a word of English, no Mr. Embassy
    }
    boolean commonGivenName = isCommonGivenName(given);
    boolean personCue = hasInitial(words, i) || (c.previous() != null && Titles.SET.contains(c.previous().folded()))
        || suffixAt(words, i + 1) || afterAPartysMember(c);
    boolean plainlyAPerson = hasInitial(words, i) || (c.previous() != null && PERSONAL_TITLES.contains(c.previous().folded()));
    if (dict.isEnglishWord(surname.folded()) && famousSurname(given) && !commonGivenName && !plainlyAPerson) {
      return null; // "the Truman Administration", "Kennedy Center": a famous surname, not a given name ("Rev. Perry J. Rice" is)
    }
    if (!personCue && middles > 0 && !words.get(i - 1).initials() && pluralWord(surname)) {
      return null; // "Brigham Young Cougars": a team or a thing named after a person, no Mr. Cougars
    }
    if (!personCue && dict.isEnglishWord(surname.folded()) && !isGivenName(surname) && insideLongerName(c)) {
      return null; // "and Red Rose Rescue": a capitalised word before, and a surname of English that is no name, say a longer name
    }
    if (!personCue && dict.isEnglishWord(given.folded()) && !commonGivenName
        && (dict.isEnglishWord(surname.folded())
            || (dict.isEnglishWord(surname.original()) && !personCue && dict.formalGivenName(given.folded()) == null
                && dict.givenNameBirths(given.folded()) < FREQUENT_GIVEN_NAME))) {
      return null; // "Winter Olympics", "Court House": a word that is now and then a given name; "Chairman Ken Lay" is a man
    } // a nickname before a surname that is no lower-case word is a name: "Bud Richardson", "Nick Norman"
    if (given.shouting() && !surname.shouting()) {
      return null; // "WASHINGTON—Samuel Santander": a dateline in capitals, then the story ("THOMAS W. POLLEY" is one name)
    }
    if (surname.shouting() && !given.shouting()) {
      return null; // "Steve Herman/VOA": an abbreviation, no surname
    }
    boolean doubleBarrelled = false;
    boolean twoFamilyNames = false;
    if (particles == 0 && secondFamilyName(words, i)) {
      i++; // "Debra Wong Yang", "Samuel Santander Lopesierra": two family names
      surname = words.get(i);
      doubleBarrelled = surname.afterHyphen(); // "María García-López": one family name of two
      twoFamilyNames = !doubleBarrelled;
    } else if (particles == 0 && !personCue && namesCountryStateOrBody(surname.folded(), commonGivenName)
        && dict.withSurname(surname.folded()).isEmpty() && !plainGivenName(given)) {
      return null; // "Lone Star Texas": a state or body, no surname ("Jose Serra": a city's name may be one)
    }
    int n = i + 1;
    boolean suffix = suffixAt(words, n);
    if (suffix) {
      n++;
    } else if (n < words.size() && words.get(n).joinedToPrevious() && words.get(n).capitalized()
        && !WordList.FUNCTION_WORDS.contains(words.get(n).folded())) {
      return null; // "Christian Science Monitor", "John Hopkins University": a longer name
    }
    if (koreanOrChineseName(words, i)) {
      return null;
    }
    if (!personCue && n < words.size() && words.get(n).joinedToPrevious() && !words.get(n).capitalized()
        && DIVISION_KINDS.contains(words.get(n).folded())) {
      return null; // "Sunni Anbar province", "Newman Grove township": a place, no Mr. Anbar
    }
    String formal = hyphenatedGiven ? null : dict.formalGivenName(given.folded());
    String first = formal != null ? formal : capitalised(given.original());
    if (hyphenatedGiven) {
      first = first + "-" + capitalised(words.get(1).original());
    }
    String family = capitalised(surname.original());
    if (doubleBarrelled) {
      family = capitalised(words.get(i - 1).original()) + "-" + family;
    } else if (twoFamilyNames) {
      // both stay: the first is the father's in Spanish names (Ismael Zambada Garcia is no Ismael
      // Garcia), a maiden name in others (Debra Wong Yang), and either alone may follow
      family = capitalised(words.get(i - 1).original()) + " " + family;
    }
    for (int k = i - 1; k >= i - particles; k--) {
      family = words.get(k).original() + " " + family; // "de la Calle": nearest particle first
    }
    String canonical = first + " " + family + (suffix ? " " + suffixForm(words.get(n - 1)) : "");
    if (c.previous() != null && c.previous().folded().equals("mrs") && "M".equals(GivenNames.sex(given.folded()))) {
      canonical = "Mrs. " + canonical; // "Mrs. Homer Johnson" is his wife, named as papers named wives
    }
    Entity person = new Entity(EntityType.PERSON, canonical, "-", false);
    if (!c.queryMode()) {
      c.context().rememberUnknownPerson(surname.folded(), person);
      if (twoFamilyNames) {
        c.context().rememberUnknownPerson(words.get(i - 1).folded(), person); // "Zambada" alone later
      }
      if (doubleBarrelled) {
        c.context().rememberUnknownName(ShapeRule.key(words, i - 1, i + 1), person); // "Iringe-Koko" later
      }
    }
    return new Mention(n, person, Reason.GIVEN_NAME);
  }

  /**
   * Whether the capitalised word after the surname at {@code at} is a second family name that ends
   * the name (<i>Debra Wong Yang</i>, <i>Samuel Santander Lopesierra</i>): neither word a
   * lower-case English word, a given name or a demonym, the second no listed name at all (the
   * first may be a place's: Santander), and no third capitalised word after it (<i>Maria Santos
   * Hospital</i> is a longer name).
   */
  private boolean secondFamilyName(List<Word> words, int at) {
    int next = at + 1;
    if (next >= words.size() || !words.get(next).joinedToPrevious() || !looksLikeSurname(words.get(next))
        || (next + 1 < words.size() && words.get(next + 1).joinedToPrevious() && words.get(next + 1).capitalized())) {
      return false;
    }
    return plainFamilyName(words.get(at)) && plainFamilyName(words.get(next))
        && !namesCountryStateOrBody(words.get(next).folded(), false); // towns are named like people: Medina Rodriguez
  }

  private boolean plainFamilyName(Word w) {
    String f = w.folded();
    return looksLikeSurname(w) && !w.shouting() && !dict.isEnglishWord(f) && !isGivenName(w)
        && dict.demonymOf(f, 0).isEmpty();
  }

  /** "Jr.", "III" after the surname, joined or after a comma ("Salvador Mendoza, Jr."). */
  private static boolean suffixAt(List<Word> words, int at) {
    if (at >= words.size() || !isSuffix(words.get(at))) {
      return false;
    }
    int gap = words.get(at).gapBefore();
    return gap == 1 || gap == 2;
  }

  private static final java.util.Set<String> ROLES = WordList.load("person-roles.txt");

  /**
   * Whether the word before is a capitalised English word in mid-sentence that is no title, role,
   * people's word or function word: then the name goes back to it (<i>Red Rose Rescue</i>), and
   * the given name is inside someone's longer name, not a person's.
   */
  private boolean insideLongerName(Candidate c) {
    Word previous = c.previous();
    if (previous == null || !previous.capitalized() || !previous.latin() || !c.first().joinedToPrevious()
        || !previous.joinedToPrevious() || previous.possessive() || previous.shouting()) {
      return false;
    }
    String f = previous.folded();
    return dict.isEnglishWord(f) && !titleOrRole(f) && !titleOrRole(singular(f))
        && !WordList.FUNCTION_WORDS.contains(f) && dict.demonymOf(f, 0).isEmpty() && !isGivenName(previous);
  }

  private static boolean titleOrRole(String folded) {
    return Titles.SET.contains(folded) || ROLES.contains(folded);
  }

  /** "Senators", "Congresswomen": a plural's singular, as far as titles need it. */
  private static String singular(String folded) {
    if (folded.endsWith("men")) {
      return folded.substring(0, folded.length() - 3) + "man";
    }
    return folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded;
  }

  static boolean isSuffix(Word w) {
    return SUFFIXES.contains(w.folded()) && w.capitalized();
  }

  /** A given name common enough to be read as one before any surname (Mark, Bill), and no Korean or Chinese family name. */
  /** "Republican Ken Buck", "Democrat Michael Bennet": a party member's word right before the name. */
  private boolean afterAPartysMember(Candidate c) {
    Word previous = c.previous();
    if (previous == null || !previous.capitalized() || !c.first().joinedToPrevious()) {
      return false;
    }
    for (int o : dict.demonymOf(previous.folded(), 0)) {
      if (dict.entity(o).type() == EntityType.ORG) {
        return true;
      }
    }
    return false;
  }

  boolean isCommonGivenName(Word given) {
    return dict.givenNameBirths(given.folded()) >= COMMON_GIVEN_NAME
        && !dict.names().isSurname(RomanizedNames.KOREAN, given.folded())
        && !dict.names().isSurname(RomanizedNames.CHINESE, given.folded()); // "Kim Min-jae"
  }

  /**
   * "Mr. Morrison H. Caldwell": after a personal title, a capitalised word that is no English word
   * and a middle initial start a person's name, though the given name is in no list.
   */
  private boolean titledWithInitial(Candidate c) {
    Word previous = c.previous();
    List<Word> words = c.words();
    return previous != null && Titles.SET.contains(previous.folded()) && words.size() > 2
        && words.get(1).initials() && words.get(1).continuesName(words.get(0))
        && !dict.isEnglishWord(c.first().folded()) && !c.first().shouting();
  }

  /** Lower-case kinds of division after a place's name, never after a person's. */
  private static final Set<String> DIVISION_KINDS =
      Set.of("province", "county", "district", "prefecture", "governorate", "township");

  /** Titles of a person only, before whom a word that no list knows is a given name. */
  private static final Set<String> PERSONAL_TITLES = WordList.load("personal-titles.txt");

  /**
   * "Miss Euzini Smith", "Rev. Zebulon Vance": a personal title, then two capitalised words, the
   * first no English word, place or other listed name (a given name no list knows, as old papers
   * and other languages have many) and the second ending the name.
   */
  private boolean titledStranger(Candidate c) {
    Word previous = c.previous();
    List<Word> words = c.words();
    Word first = c.first();
    return previous != null && PERSONAL_TITLES.contains(previous.folded()) && words.size() >= 2
        && first.joinedToPrevious() && !first.shouting() && !first.initials()
        && !dict.isEnglishWord(first.folded()) && !dict.isEnglishWord(first.original())
        && !dict.isSingleWordAlias(first.folded()) && dict.demonymOf(first.folded(), 0).isEmpty()
        && words.get(1).capitalized() && words.get(1).continuesName(first)
        && (words.size() == 2 || !words.get(2).capitalized() || !words.get(2).joinedToPrevious());
  }

  /** "Wade H. Williams": a middle initial says person, whatever the words are otherwise. */
  private static boolean hasInitial(List<Word> words, int surnameAt) {
    for (int k = 1; k < surnameAt; k++) {
      if (words.get(k).initials()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word by itself spells a country, a state or region, or a body: not a city's name; a
   * body's only after a given name that is not a common one (<i>Clara McDonald</i> is a woman,
   * though <i>McDonald's</i> is spelled so without its possessive).
   */
  /**
   * A frequent given name that is no English word and no name of a place or body of its own
   * (<i>Joe</i>, <i>Naomi</i>): before a state's or country's name it makes a person (<i>Joe
   * Montana</i>), where <i>Lone Star Texas</i>, <i>Austin Texas</i> and <i>Jordan Syria</i> do not.
   */
  private boolean plainGivenName(Word given) {
    String f = given.folded();
    return dict.givenNameBirths(f) >= COMMON_GIVEN_NAME && !dict.isEnglishWord(f) && !dict.isSingleWordAlias(f)
        && !dict.names().isUsualSurnameSpelling(RomanizedNames.KOREAN, f)
        && !dict.names().isUsualSurnameSpelling(RomanizedNames.CHINESE, f);
  }

  private boolean namesCountryStateOrBody(String folded, boolean afterCommonGivenName) {
    for (EntityDictionary.Alias a : dict.singleWordAliases(folded)) {
      String kind = dict.placeFactsOf(a.entity()).kind();
      EntityType type = dict.entity(a.entity()).type();
      if (type == EntityType.ORG ? !afterCommonGivenName : type != EntityType.PLACE || !(kind.equals("city") || kind.equals("town"))) {
        return true;
      }
    }
    return false;
  }

  /** Kinds of place that are nobody's family name: <i>Pearl Harbor</i>, <i>Willie Sea</i>. */
  private static final Set<String> PLACE_KINDS = Set.of("harbor", "harbour", "river", "bay", "island", "islands",
      "strait", "gulf", "ocean", "sea", "canal", "peninsula", "county", "province", "prefecture", "district",
      "township", "street", "avenue", "boulevard", "highway", "airport", "bridge", "square", "cemetery", "creek",
      "springs", "falls", "valley", "atoll", "reef", "lagoon", "stadium", "arena", "way", "drive", "road",
      "parkway", "plaza", "terrace");

  /**
   * Kinds of place that are also family names (<i>Park</i>, <i>Field</i>, <i>Hall</i>): after a
   * given name and another name they end a place named after a person.
   */
  private static final Set<String> NAMED_PLACE_KINDS = Set.of("park", "field", "hall", "center", "centre");

  /**
   * Shapes that look like a given name and a family name but are none: a kind of place last
   * (<i>Pearl Harbor</i>, unless a title or an initial says a person), a hyphen between given and
   * family name (<i>the Truman-Churchill talks</i>), an ampersand (<i>Evans &amp; Evans</i>), a
   * possessive inside (<i>Dewey's Asiatic squadron</i>), a lower-case syllable hyphened to the
   * family name (<i>Kim Kwan-jin</i>, <i>Andy Chan Ho-tin</i>: a Korean or Chinese name).
   */
  private boolean notAWesternName(List<Word> words, int surnameAt, Candidate c) {
    Word surname = words.get(surnameAt);
    boolean titled = c.previous() != null && Titles.SET.contains(c.previous().folded());
    if (PLACE_KINDS.contains(surname.folded()) && !titled && !hasInitial(words, surnameAt)) {
      return true;
    }
    if (surnameAt == 1 && surname.afterHyphen()) {
      return true;
    }
    if (surnameAt >= 2 && NAMED_PLACE_KINDS.contains(surname.folded()) && !titled
        && !words.get(surnameAt - 1).initials()) {
      return true; // "John Smith Park", "Earl E.T. Smith Park": a park named after a person, no Mr. Park
    }
    for (int k = 0; k <= surnameAt; k++) {
      if ((k > 0 && words.get(k).afterAmpersand()) || (k < surnameAt && words.get(k).possessive())) {
        return true;
      }
    }
    int next = surnameAt + 1;
    return next < words.size() && words.get(next).afterHyphen() && !words.get(next).capitalized();
  }

  /** A common English word in the plural that is no given name: <i>Cougars</i>, <i>Awards</i>. */
  private boolean pluralWord(Word w) {
    String f = w.folded();
    return f.length() > 3 && f.endsWith("s") && dict.isEnglishWord(f) && !isGivenName(w);
  }

  boolean famousSurname(Word w) {
    for (int ordinal : dict.withSurname(w.folded())) {
      if (dict.factsOf(ordinal).prominence() >= ShortMentionRule.MIN_PROMINENCE) {
        return true;
      }
    }
    return false;
  }

  boolean isGivenName(Word w) {
    String f = w.folded();
    return !Titles.SET.contains(f) && !WordList.FUNCTION_WORDS.contains(f) && !WEEKDAYS.contains(f) && !DIRECTIONS.contains(f)
        && (dict.givenNameBirths(f) >= MIN_BIRTHS || dict.formalGivenName(f) != null || dict.isWorldGivenName(f)
            || (dict.givenNameBirths(f) >= RARE_MIN_BIRTHS && dict.demonymOf(f, 0).isEmpty() && !dict.isSingleWordAlias(f)));
  }

  private boolean looksLikeSurname(Word w) {
    String f = w.folded();
    if (!w.latin() || !w.capitalized() || f.length() < 2 || WordList.FUNCTION_WORDS.contains(f)
        || Titles.SET.contains(f) || SUFFIXES.contains(f) || CALENDAR.contains(f)) {
      return false; // "January-February", "April Monday": months and days are nobody's surname
    }
    for (int k = 0; k < f.length(); k++) {
      char ch = f.charAt(k);
      if (!Character.isLetter(ch) && ch != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * "Kim Min-jae", "Wang Xiaoming", "Kim Min Jae": a Korean or Chinese family name before words
   * that read whole as given-name syllables, which the name-shape rule reads; "Joe Chapman" stays
   * Western, its surname an English proper noun.
   */
  private boolean koreanOrChineseName(List<Word> words, int surnameAt) {
    String family = words.get(0).folded();
    Word surname = words.get(surnameAt);
    if (dict.isEnglishWord(surname.original())) {
      return false;
    }
    int end = surnameAt + 1;
    while (end < words.size() && end < 3 && words.get(end).joinedToPrevious() && words.get(end).latin()) {
      end++;
    }
    for (String lang : List.of(RomanizedNames.KOREAN, RomanizedNames.CHINESE)) {
      if (!dict.names().isSurname(lang, family)) {
        continue;
      }
      for (int n = end; n >= 2; n--) {
        if (NameShapeRule.westernGivenNameFirst(dict, lang, words, n)) {
          continue; // "Joe Manchin"
        }
        for (SyllableKey key : dict.names().keysOfText(lang, Syllables.folded(words, n))) {
          if (key.size() >= 2 && key.size() <= 3) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String capitalised(String s) {
    if (s.isEmpty() || !s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
      return s;
    }
    return s.charAt(0) + s.substring(1).toLowerCase(java.util.Locale.ROOT); // JOHN SMITH -> Smith
  }

  private static String suffixForm(Word w) {
    String f = w.folded();
    return switch (f) {
      case "jr" -> "Jr.";
      case "sr" -> "Sr.";
      default -> f.toUpperCase(java.util.Locale.ROOT);
    };
  }
}
