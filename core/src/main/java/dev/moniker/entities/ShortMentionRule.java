package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A family name alone, or after a title (<i>Kim's</i>, <i>Premier Zhou</i>, <i>Mr. Nehru</i>):
 * the person the text last named in full with that family name; else the known bearer that the
 * article's date, the era of the people it names and each bearer's prominence single out ({@link
 * BearerChoice}). A capitalised word the English word list has as a proper noun (<i>Stalin</i>)
 * is a name; one that is a common lower-case word (<i>Moon</i>, <i>Park</i>) links only where it
 * acts as a name ({@link NameContext}). A query has no context: there the family name must belong
 * to one known person and be no English word.
 */
final class ShortMentionRule implements RecognitionRule {

  /**
   * Least prominence for a family name alone to mean a person the text has not named in full: a
   * minor figure's surname alone is more likely somebody else's.
   */
  static final int MIN_PROMINENCE = 30;

  /** Words that make a thing named after a person when they follow the surname. */
  private static final Set<String> EPONYM_HEADS = WordList.load("eponym-heads.txt");

  private final EntityDictionary dict;

  ShortMentionRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    Mention withParticle = particleAndFamilyName(c);
    if (withParticle != null) {
      return withParticle;
    }
    Word w = c.first();
    Word previous = c.previous();
    if (!w.latin() || (!w.capitalized() && !c.queryMode()) || w.original().length() < 2
        || joinedToLongerName(c.words())) {
      return null; // one letter is an initial or the pronoun "I", never a family name alone (I, O are Korean ones)
    }
    if (previous != null && DETERMINERS.contains(previous.original()) && w.joinedToPrevious() && w.possessive()) {
      return null; // "the North's real objective": "the" before a possessive says a thing, no person
    }
    boolean afterTitle = previous != null && Titles.SET.contains(previous.folded());
    boolean afterInitials = previous != null && w.continuesName(previous) && previous.initials();
    if (previous != null && w.joinedToPrevious() && previous.capitalized() && !afterTitle && !afterInitials
        && (dict.givenNameBirths(previous.folded()) > 0 || !dict.isEnglishWord(previous.folded()))) {
      return null; // "Peter Chin": a Western given name, not a short mention
    }
    String f = w.folded();
    boolean commonWord = dict.isEnglishWord(f);
    if (c.queryMode()) {
      List<Integer> owners = dict.withSurname(f);
      return owners.size() == 1 && !commonWord
          ? new Mention(1, dict.entity(owners.get(0)), Reason.SHORT_MENTION)
          : null;
    }
    if (commonWord && !afterTitle && !NameContext.actsAsName(c.words(), previous)
        && !((verbAfter(c.words()) || NameContext.opensAClause(w, previous)) && namedInThisText(c, f))) {
      return null; // "Moon landing", "Park rangers": the capital may just start a sentence
    } // but after "Park Chan-ho" or "Don Church", "Park scored", "But Church knew" and "In truth, Church knew" are the man
    if (w.shouting() && c.inCapitals() && commonWord && !afterTitle) {
      return null; // "MOON" in a headline in capitals says nothing of a name
    }
    if (w.shouting() && !c.inCapitals() && !afterTitle) {
      return null; // "AI needs rules": capitals amid lower-case words write an abbreviation, not Ai Weiwei
    }
    List<String> keys = surnameKeys(dict, f);
    Integer recent = c.context().mostRecent(keys);
    Entity unknown = c.context().unknownPerson(f);
    if (unknown != null && previous != null && Titles.isOffice(previous.folded())) {
      String office = c.context().officeOf(unknown);
      if (office != null && !office.equals(previous.folded())) {
        unknown = null; // "Deputy Prime Minister Choong Hoon Park ... President Park": somebody else
      }
    }
    if (unknown != null && (recent == null || recent < 0)) {
      // a person the dictionary does not know, named in full earlier ("Durward G. Hall" ... "Hall")
      if (unknown == TextContext.AMBIGUOUS || TitleSex.contradicts(previous, unknown)) {
        return Mention.STOP; // "Moss Cogdell ... Mrs. Cogdell": his mother, somebody else
      }
      return new Mention(1, unknown, Reason.SHORT_MENTION);
    }
    if (recent != null && recent >= 0 && (!TitleOffice.fits(previous, dict.note(dict.entity(recent)))
        || TitleSex.contradicts(previous, dict.entity(recent)))) {
      recent = null; // "President Woodrow Wilson ... Senator Wilson": another Wilson
    }
    if (recent != null) {
      return recent < 0 ? Mention.STOP : new Mention(1, dict.entity(recent), Reason.SHORT_MENTION);
    }
    if (commonWord && !afterTitle && !NameContext.speaksAsName(c.words())) {
      return null; // "saw Moon landing": with nobody of that name in the text, want a stronger sign
    }
    if (!afterTitle && namedAsPlace(f, c)) {
      return null; // "Lincoln, Neb." ... "a line to Lincoln": the town this text named, no Abraham Lincoln
    }
    List<Integer> owners = dict.withSurname(f);
    if (TitleOffice.checks(previous) || TitleSex.says(previous)) {
      owners = owners.stream().filter(o -> TitleOffice.fits(previous, dict.note(dict.entity(o)))
          && !TitleSex.contradicts(previous, dict.entity(o))).toList(); // nor is "Mrs. Grant" Ulysses S. Grant
      // "Sen. Baldwin" is none of the known Baldwins when none of them sat in a senate
    }
    if (owners.isEmpty()) {
      boolean titled = afterPersonalTitle(c) || (afterOfficeTitle(c) && !commonWord);
      Mention m = titled || (!commonWord && speaker(c)) ? titledStranger(w) : null;
      if (m != null) {
        c.context().rememberUnknownPerson(f, m.entity()); // "Minister Evron came ... Evron made two points"
      }
      return m;
    }
    int chosen = BearerChoice.choose(owners, dict, c.context());
    if (chosen == BearerChoice.NONE_FITS && (afterPersonalTitle(c) || (afterOfficeTitle(c) && !commonWord))) {
      Mention m = titledStranger(w); // "Vice Foreign Minister Cho" in 1954: none of the known Chos yet
      if (m != null) {
        c.context().rememberUnknownPerson(f, m.entity());
      }
      return m;
    }
    if (chosen < 0) {
      return owners.size() > 1 ? Mention.STOP : null;
    }
    if (afterInitials && !initialsFit(letters(previous.original()), dict.entity(chosen))) {
      c.context().blockSurname(keys); // "B.K. Nehru" is somebody else, here and later
      return Mention.STOP;
    }
    PersonFacts facts = dict.factsOf(chosen);
    boolean famous = famous(chosen, c); // "Lawrence" in 1913 is no T. E. Lawrence yet
    boolean onlyBearerOfAName = facts == PersonFacts.NONE && owners.size() == 1
        && !commonWord && !dict.isEnglishWord(w.original());
    if (famous || onlyBearerOfAName) {
      return new Mention(1, dict.entity(chosen), Reason.SHORT_MENTION);
    }
    if (afterPersonalTitle(c) || (afterOfficeTitle(c) && !commonWord)) {
      Mention m = titledStranger(w); // "Secretary Ramos" in 1966: Narciso, not Fidel, not yet famous
      if (m != null) {
        c.context().rememberUnknownPerson(f, m.entity());
      }
      return m;
    }
    return null;
  }

  private static final Set<String> PARTICLES = WordList.load("surname-particles.txt");

  /**
   * <i>El-Sisi</i> or <i>Al-Jubeir</i> after <i>Abdel Fattah el-Sisi</i>: a particle, capitalised
   * where it starts the mention, then the family name of a person the text named in full. Read
   * whole, as the particle would otherwise start a name of its own (<i>El Sisi</i>).
   */
  private Mention particleAndFamilyName(Candidate c) {
    List<Word> words = c.words();
    Word particle = c.first();
    if (c.queryMode() || words.size() < 2 || !particle.capitalized() || particle.possessive()
        || !PARTICLES.contains(particle.folded())) {
      return null;
    }
    Word family = words.get(1);
    if (!family.joinedToPrevious() || !family.capitalized() || joinedToLongerName(words.subList(1, words.size()))) {
      return null;
    }
    Integer recent = c.context().mostRecent(surnameKeys(dict, family.folded()));
    if (recent != null) {
      return recent >= 0 ? new Mention(2, dict.entity(recent), Reason.SHORT_MENTION) : null;
    }
    Entity unknown = c.context().unknownPerson(family.folded());
    if (unknown != null) {
      return unknown != TextContext.AMBIGUOUS ? new Mention(2, unknown, Reason.SHORT_MENTION) : null;
    }
    List<Integer> owners = dict.withSurname(family.folded());
    int chosen = owners.isEmpty() ? -1 : BearerChoice.choose(owners, dict, c.context());
    return chosen >= 0 && famous(chosen, c) ? new Mention(2, dict.entity(chosen), Reason.SHORT_MENTION) : null;
  }

  /** Whether a known person is famous enough, by the text's year, to be meant by the family name alone. */
  private boolean famous(int person, Candidate c) {
    PersonFacts facts = dict.factsOf(person);
    int year = c.context().yearForLinking();
    return facts.prominence() >= MIN_PROMINENCE && (year == 0 || facts.famousBy(year));
  }

  /** Least births of a given name above which a word alone is somebody's given name, no family name. */
  private static final int GIVEN_NAME_BIRTHS = 20_000;

  private static final Set<String> CALENDAR = WordList.load("calendar-words.txt");

  /**
   * A family name the text never gave in full, whom a verb of speaking shows: <i>Rankin said</i>,
   * <i>said Cochran</i>. Only a word of no English, no name of a place or body (those rules came
   * first) and no common given name (<i>Maria said</i> names nobody one can find again).
   */
  private boolean speaker(Candidate c) {
    Word w = c.first();
    Word previous = c.previous();
    boolean saidBefore = previous != null && !previous.capitalized() && w.gapBefore() == 1
        && NameContext.isReportingVerb(previous.folded());
    boolean saysAfter = NameContext.speaksAsName(c.words()) && !w.possessive();
    return (saidBefore || saysAfter) && !w.shouting() && nameCapitals(w.original()) && !PlaceContext.prepositionBefore(c)
        && dict.givenNameBirths(w.folded()) < GIVEN_NAME_BIRTHS
        && !ROLES.contains(w.folded()) && !CALENDAR.contains(w.folded()) && dict.demonymOf(w.folded(), 0).isEmpty();
  }

  /**
   * Capitals as a family name has them: the first letter, and again only after a prefix
   * (<i>McCain</i>, <i>MacArthur</i>, <i>DeSantis</i>, <i>LaGuardia</i>, <i>O'Neill</i>); not an
   * abbreviation (<i>TxDOT says</i>).
   */
  private static boolean nameCapitals(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i)) && !NAME_PREFIXES.contains(s.substring(0, i))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> NAME_PREFIXES = Set.of("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Du", "Van", "Von", "O'", "O\u2019");

  /** Whether the text named a person of this family name before, known or not. */
  private boolean namedInThisText(Candidate c, String folded) {
    Integer recent = c.context().mostRecent(surnameKeys(dict, folded));
    Entity unknown = c.context().unknownPerson(folded);
    return (recent != null && recent >= 0) || (unknown != null && unknown != TextContext.AMBIGUOUS);
  }

  /**
   * Words that follow a person's name at the start of a sentence and hardly a thing's: verbs of
   * sport and office that stories use of people again and again, and adverbs before them. Not
   * "was", "is", "has": <i>Moon was full that night</i> after <i>Moon Jae-in</i> is the moon.
   */
  private static final Set<String> VERBS_AFTER_A_NAME = Set.of("also", "later", "never", "started", "scored", "won",
      "lost", "led", "threw", "pitched", "finished", "reached", "faces", "faced", "returned", "died", "met",
      "signed", "resigned", "defeated", "beat", "played", "argued", "denied", "insisted", "vowed", "urged",
      "wants", "wanted", "knew", "hopes", "hoped", "plans", "planned", "promised", "visited", "joined", "became",
      "served", "called");

  private static boolean verbAfter(List<Word> words) {
    return words.size() > 1 && (words.get(1).joinedToPrevious() && VERBS_AFTER_A_NAME.contains(words.get(1).original())
        || ageAfter(words));
  }

  /** <i>Macron, 39, and Le Pen, 48</i>: an age between commas after the name, as news gives a person's. */
  private static boolean ageAfter(List<Word> words) {
    Word age = words.get(1);
    if (!age.afterComma() || age.original().isEmpty() || age.original().length() > 3) {
      return false;
    }
    for (int i = 0; i < age.original().length(); i++) {
      if (!Character.isDigit(age.original().charAt(i))) {
        return false;
      }
    }
    return words.size() < 3 || words.get(2).afterComma();
  }

  /**
   * A capitalised word joined to the next capitalised word is part of a longer name, unless that
   * word makes a thing named after the person (<i>the Truman Administration</i>, <i>Nixon
   * Doctrine</i>).
   */
  private static boolean joinedToLongerName(List<Word> words) {
    return words.size() > 1
        && !words.get(0).possessive() // "Musk's Twitter account", "Barr's April 27 initiative": the name ends there
        && words.get(1).joinedToPrevious()
        && words.get(1).capitalized()
        && !EPONYM_HEADS.contains(words.get(1).folded());
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  /** Titles only people have: after them a capitalised word is a surname ("Mr. Hall", "Sen. Hall"). */
  private static final Set<String> PERSONAL_TITLES = WordList.load("personal-titles.txt");


  /** Titles of office, which also lead names of things: after them only a word no dictionary has. */
  private static final Set<String> OFFICE_TITLES = WordList.load("office-titles.txt");

  private static boolean afterOfficeTitle(Candidate c) {
    Word previous = c.previous();
    return previous != null && previous.capitalized() && c.first().gapBefore() == 1
        && OFFICE_TITLES.contains(previous.folded()); // "President Huerta", not "major Texas cities"
  }

  private static boolean afterPersonalTitle(Candidate c) {
    Word previous = c.previous();
    int gap = c.first().gapBefore();
    return previous != null && (gap == 1 || gap == 2) && PERSONAL_TITLES.contains(previous.folded())
        && c.context().mentionEndingWith(previous) < 0; // "Jackson, Miss. Later": a state's abbreviation, no title
  }

  /** Someone the text names only by title and surname: a person known by the surname. */
  /** Words for what a person is (<i>Sheriff's Deputy</i>): no stranger's surname after a title. */
  private static final java.util.Set<String> ROLES = WordList.load("person-roles.txt");

  private Mention titledStranger(Word w) {
    String f = w.folded();
    if (WordList.FUNCTION_WORDS.contains(f) || Titles.SET.contains(f) || ROLES.contains(f) || f.length() < 2 || w.initials()
        || !f.chars().allMatch(Character::isLetter) || namesAPlace(f)) {
      return null;
    }
    String name = w.hasLowercase() ? w.original()
        : w.original().charAt(0) + w.original().substring(1).toLowerCase(java.util.Locale.ROOT);
    return new Mention(1, new Entity(EntityType.PERSON, name, "-", false), Reason.SHORT_MENTION);
  }

  /** "Miss Japan", "Miss America": a title before a place's name is a pageant's, no family name. */
  private boolean namesAPlace(String folded) {
    for (EntityDictionary.Alias a : dict.singleWordAliases(folded)) {
      String kind = dict.placeFactsOf(a.entity()).kind();
      if (dict.entity(a.entity()).type() == EntityType.PLACE && !kind.equals("town") && !kind.equals("city")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Initials before a family name must be those of the person's given names: not B.K. for
   * Jawaharlal Nehru, nor W.F. for Warren G. Harding. A middle initial the dictionary's name
   * lacks decides nothing.
   */
  static boolean initialsFit(String letters, Entity person) {
    String canonical = person.canonical();
    if (!person.lang().equals("-")) {
      return Character.toUpperCase(canonical.charAt(canonical.indexOf(' ') + 1)) == letters.charAt(0);
    }
    String[] words = canonical.split(" ");
    for (int k = 0; k < letters.length() && k < words.length - 1; k++) {
      if (Character.toUpperCase(words[k].charAt(0)) != Character.toUpperCase(letters.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The letters of initials as written: "W.F" and "W" "F" both give WF. */
  static String letters(String initials) {
    return initials.replace(".", "");
  }

  /** The folded surname and, for Korean and Chinese spellings, the native syllables it may be. */
  static List<String> surnameKeys(EntityDictionary dict, String folded) {
    List<String> keys = new ArrayList<>(4);
    keys.add(folded);
    for (String lang : List.of(RomanizedNames.KOREAN, RomanizedNames.CHINESE)) {
      for (String n : dict.names().table(lang).natives(folded)) {
        keys.add(lang + ":" + n);
      }
    }
    return keys;
  }

  /**
   * Whether the text already named a place by this one word (folded), and names no person of it:
   * in one text a word keeps one sense, as readers and entity linkers assume.
   */
  private boolean namedAsPlace(String folded, Candidate c) {
    for (EntityDictionary.Alias a : dict.singleWordAliases(folded)) {
      if (dict.entity(a.entity()).type() == EntityType.PLACE && c.context().named(a.entity())) {
        return true;
      }
    }
    return false;
  }
}
