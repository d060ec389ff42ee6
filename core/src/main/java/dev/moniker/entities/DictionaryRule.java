package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A spelling the dictionary lists, longest first, ignoring case, accents, apostrophes, hyphens and
 * spaces between syllables. Also: a middle initial the listed spelling lacks (<i>Nikita S.
 * Khrushchev</i>, <i>George H.W. Bush</i>), an honorific written after the name (<i>Abe-san</i>),
 * and, in lower-case text, a known name of several words (<i>kim jong un</i>). Several people listed under one spelling are told apart by {@link BearerChoice}.
 */
final class DictionaryRule implements RecognitionRule {

  private static final Set<String> HONORIFIC_SUFFIXES = WordList.load("honorific-suffixes.txt");
  private static final Set<String> PRONOUN_CUES = WordList.load("capitals-pronoun-cues.txt");

  private final EntityDictionary dict;
  private final SpellingWalk walk;
  private final EraNames eras;

  DictionaryRule(EntityDictionary dict) {
    this.dict = dict;
    this.walk = new SpellingWalk(dict);
    this.eras = new EraNames(dict);
  }

  /** The longest listed spelling at the start of some words: how many words, and its aliases. */
  private record Found(int words, Alias[] aliases) {}

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Found found = longest(words);
    Reason reason = c.first().nativeScript() ? Reason.NATIVE_SCRIPT : Reason.DICTIONARY;
    if (found == null || found.words() == 1) {
      Found split = withSplitInitials(words);
      Found withoutInitials = split != null ? split : withoutInitials(words);
      if (withoutInitials != null) {
        found = withoutInitials;
      }
    }
    if (found == null) {
      found = withSpacedInitials(words, c.previous());
    }
    if (found == null) {
      found = withJoinedWords(words);
    }
    if (found == null) {
      return c.first().nativeScript() ? nativeWithParticle(c) : null;
    }
    if (!c.queryMode() && c.first().folded().equals("the") && !c.first().shouting() && found.words() < words.size()
        && words.get(found.words()).joinedToPrevious() && words.get(found.words()).capitalized()) {
      return null; // "The Independent National Electoral Commission" is no mention of The Independent
    }
    if (found.words() == 1 && initialsOfNoAbbreviation(found, c)) {
      return null; // "W.A. Holland" is a man; Wa, a town in Ghana, is not written with periods
    }
    if (genericAfterName(found, c)) {
      return null; // "National Security Council" is not the UN's "Security Council"
    }
    if (!c.queryMode() && found.words() > 1 && wordsInLowerCase(found, c)) {
      return null; // "The valley of ..." is no mention of The Valley, Anguilla
    }
    if (!c.queryMode() && numberedBill(found, c)) {
      return null; // "Senate Bill 683" is a state's bill: Congress numbers its bills S. 683
    }
    if (!c.queryMode() && regionStartingName(found, c)) {
      return null; // "Atlantic Coast Line", "Pacific Fleet": a region's word starts a longer name
    }
    if (!c.queryMode() && initialsBeforeName(found, c)) {
      return null; // "S. P. Bills" is a man, not S&P; "U. S. Senate" is still the country's
    }
    List<Integer> fitting = fitting(found, c);
    if (fitting.isEmpty()) {
      return shoutedPronoun(found, c) ? Mention.STOP : null;
    }
    if (shoutedPronoun(found, c)) {
      return Mention.STOP;
    }
    if (fitting.stream().allMatch(o -> dict.placeFactsOf(o).townNamedLikeAWord())
        && (c.queryMode() || (fitting.stream().noneMatch(o -> c.context().named(o)) && divisionsNamedAfter(found, c).isEmpty()
            && !(PlaceContext.prepositionBefore(c) && endsTheCapitals(found, c)
                && fitting.stream().anyMatch(o -> c.context().namesCountry(dict.placeFactsOf(o).division())))))) {
      return null; // "Emporia, Kan." and "Flint, Mich." are towns, and "in Hillside" in a New Jersey story;
                   // "in Union Station" is no Union, N.J. (asked first: "Union", "Center" are common words)
    }
    if (found.words() == 1 && !c.queryMode() && fitting.stream().noneMatch(this::isPerson)
        && actsAsPerson(c)) {
      return null; // "Senator Jackson", or Jackson after Henry Jackson: a family name, not the city
    }
    if (found.words() == 1 && !c.queryMode() && fitting.stream().noneMatch(this::isPerson)
        && startsPersonName(c)) {
      return null; // "Mao Tse-tong": a family name starting a name, though a town is called Mao
    }
    if (found.words() == 1 && !c.queryMode() && fitting.stream().noneMatch(this::isPerson)
        && (givenNameBeforeSurname(c) || abbreviatedGivenName(c))) {
      return null; // "Victoria Nuland", "Mary Barra", "Jordan Peterson": a given name, not the place
    }
    if (found.words() == 1 && !c.queryMode() && demonymOfAnotherCountry(fitting, c)) {
      return null; // "the Somali presidential palace" is Somalia's, not Ethiopia's Somali region
    }
    if (!c.queryMode() && found.words() >= 2 && fitting.stream().allMatch(this::isWesternPerson)
        && (familyNameGoesOn(c, found.words()) || juniorOfTheName(c, found.words(), fitting))) {
      return null; // "Joaquin Guzman Lopez" and "Donald Trump Jr.", sons, are not their fathers
    }
    if (!c.queryMode() && genericBodyOfAnUnnamedCountry(fitting, c, found)) {
      return null; // "Labor Party" in a Nigerian story is not Australia's
    }
    int body = c.queryMode() ? -1 : anotherNamedCountrysBody(fitting, c, found);
    if (body != -1) { // "the Democratic Party" in a story of Seoul that named no American place is Korea's
      return body >= 0 ? new Mention(found.words(), dict.entity(body), Reason.DICTIONARY) : null;
    }
    if (!c.queryMode() && stateCodeAfterThe(found, c, fitting)) {
      return null; // "the SC" (Security Council) is no South Carolina
    }
    if (found.words() == 1 && !c.queryMode() && fitting.stream().allMatch(this::isCityOrTown)
        && famousFamilyName(c) && !PlaceContext.shows(c, 1) && !PlaceContext.prepositionBefore(c)
        && fitting.stream().noneMatch(o -> c.context().named(o))) {
      return null; // "Mao has chosen a successor": Mao Zedong, not a town called Mao
    }
    if (found.words() == 1 && !c.queryMode() && bodyOfAnotherPeople(fitting, c)) {
      return null; // "the Colombian Senate" is not the United States Senate
    }
    if (!c.queryMode() && fitting.stream().allMatch(this::isCityOrTown) && endsLongerListedName(found, c)) {
      return null; // "Mt. Vernon", left unlinked among its namesakes, is no mention of Vernon, Texas
    }
    Entity county = found.words() == 1 && !c.queryMode() ? countyOfTheName(fitting, c) : null;
    if (county != null) {
      return new Mention(1, county, Reason.PLACE_SHAPE); // "Cleveland county ... leading Robeson ... behind Cleveland"
    }
    boolean townOfNamedState = fitting.stream().anyMatch(o -> townInNamedState(o, c));
    if (!c.queryMode() && fitting.stream().allMatch(this::wantsPlaceContext) && !PlaceContext.shows(c, found.words())
        && !townOfNamedState) {
      return null; // only towns and places named like words: "Mr. Fairmont" is nobody's town
    }
    if (!c.queryMode() && fitting.stream().allMatch(o -> dict.placeFactsOf(o).town())
        && !PlaceContext.prepositionBefore(c) && divisionsNamedAfter(found, c).isEmpty() && !townOfNamedState
        && !PlaceContext.datelineAfter(c, found.words())) {
      return null; // a town wants "in Clive", "Clive, Iowa", "Clive, Dec. 4" or a Kansas story for "Lawrence"; "Malone, who" is a person
    }
    if (!c.queryMode() && fitting.stream().allMatch(this::isCityOrTown) && stateAfterIsAnother(fitting, found, c)) {
      return null; // "Davenport, Neb." is no Davenport, Iowa: a town nobody listed, named with its state (PlaceBeforeStateRule)
    }
    String eraName = found.words() == 1 && EraNames.dependsOnYear(c.first().folded()) ? c.first().folded() : null;
    if (eraName != null && c.queryMode()) {
      return null; // "Korea" meant another country before 1948: a query, undated, keeps the word
    }
    int chosen = fitting.size() == 1 ? fitting.get(0) : inStateNamedAfter(fitting, found, c);
    if (chosen < 0 && fitting.size() > 1 && !c.queryMode()) {
      chosen = stateAfterPlace(fitting, c); // "Tacoma, Washington", "Fort Benning, Georgia": the state
    }
    if (chosen < 0 && fitting.size() > 1 && !c.queryMode()) {
      chosen = ofTheKindBefore(fitting, c); // "the state of Georgia", "the country of Georgia"
    }
    if (chosen < 0 && fitting.size() > 1 && !c.queryMode()) {
      chosen = inTheOneNamedCountry(fitting, c); // "Atlanta ... Georgia" is the state, "Tbilisi ... Georgia" the country
    }
    int meant = eraName == null ? -1 : eras.meantIn(eraName, c.context().year());
    if (meant >= 0) {
      chosen = meant; // "Korea" in 1950 is South Korea
    }
    if (chosen < 0 && fitting.size() > 1) {
      chosen = BearerChoice.choose(fitting, dict, c.context());
    }
    if (chosen < 0) {
      return Mention.ambiguous(found.words()); // entities that share this spelling, and nothing tells which
    }
    PlaceFacts place = dict.placeFactsOf(chosen);
    if (place.town() && c.queryMode()) {
      return null; // a town's name in a query stays words: it may as well be a person's
    }
    if ((place.nameMostlyAWord() || place.town()) && !c.queryMode() && !PlaceContext.shows(c, found.words())
        && !townInNamedState(chosen, c)) {
      return null; // "Mobile" or "Reading" as a place wants "in Mobile" or "Mobile, Ala."; so does a town
    }
    return new Mention(
        withHonorific(found.words(), words), dict.entity(chosen), reason, countryNamedFirst(found, c, chosen));
  }

  /**
   * The states (ISO 3166-2) and countries (ISO 3166) named right after the words found and a
   * comma: <i>N.C.</i> in <i>Lumberton, N.C.</i>, <i>Iowa</i>, <i>France</i>.
   */
  /** Whether a comma and a state or country follow that none of these towns is in. */
  private boolean stateAfterIsAnother(List<Integer> towns, Found found, Candidate c) {
    java.util.Set<String> named = divisionsNamedAfter(found, c);
    if (named.isEmpty()) {
      return false;
    }
    for (int t : towns) {
      PlaceFacts p = dict.placeFactsOf(t);
      if (named.contains(p.division()) || named.contains(p.country())) {
        return false;
      }
    }
    return true;
  }

  private java.util.Set<String> divisionsNamedAfter(Found found, Candidate c) {
    List<Word> words = c.words();
    if (found.words() >= words.size() || !words.get(found.words()).afterComma()) {
      return java.util.Set.of();
    }
    List<Word> after = words.subList(found.words(), words.size());
    java.util.Set<String> divisions = new java.util.HashSet<>();
    for (int state : dict.contextAliasOf(after.get(0).folded())) {
      divisions.add(dict.placeFactsOf(state).division());
    }
    Found named = after.get(0).capitalized() ? longest(after) : null;
    if (named != null) {
      for (Alias a : named.aliases()) {
        PlaceFacts p = dict.placeFactsOf(a.entity());
        divisions.add("admin1".equals(p.kind()) ? p.division() : "country".equals(p.kind()) ? p.iso() : "");
      }
    }
    divisions.remove("");
    return divisions;
  }

  /**
   * Whether a town may be read without a preposition or its state beside it: its state was named
   * in the text (<i>Lawrence</i> in a Kansas story), or the town itself was, where the words
   * showed a place (<i>in Lumberton</i> ... <i>Lumberton police</i>).
   */
  private boolean townInNamedState(int ordinal, Candidate c) {
    PlaceFacts p = dict.placeFactsOf(ordinal);
    return p.town() && !c.queryMode()
        && ((!p.division().isEmpty() && c.context().namesCountry(p.division())) || c.context().named(ordinal))
        && !actsAsPerson(c);
  }

  private boolean wantsPlaceContext(int ordinal) {
    PlaceFacts p = dict.placeFactsOf(ordinal);
    return p.town() || p.nameMostlyAWord();
  }

  /**
   * The one place of several that lies in the state named right after it and a comma, as in
   * datelines (<i>Lumberton, N.C.</i>, <i>Paris, Texas</i>), or -1.
   */
  private int inStateNamedAfter(List<Integer> fitting, Found found, Candidate c) {
    List<Word> words = c.words();
    if (c.queryMode() || found.words() >= words.size() || !words.get(found.words()).afterComma()) {
      return -1;
    }
    java.util.Set<String> divisions = divisionsNamedAfter(found, c);
    int chosen = -1;
    for (int place : fitting) {
      PlaceFacts p = dict.placeFactsOf(place);
      if (!"admin1".equals(p.kind()) && divisions.contains(p.division())) {
        if (chosen >= 0) {
          return -1;
        }
        chosen = place;
      }
    }
    return chosen;
  }

  /** Kinds of organisation that belong to a state. */
  private static final Set<String> STATE_BODIES =
      Set.of("legislature", "government", "agency", "court", "military", "police", "central-bank");

  /**
   * A state's body named with its country first (<i>U.S. Environmental Protection Agency</i>)
   * names the country too; a company or magazine so named (<i>US News and World Report</i>) does
   * not.
   */
  private List<Entity> countryNamedFirst(Found found, Candidate c, int chosen) {
    PlaceFacts body = dict.placeFactsOf(chosen);
    if (found.words() < 2 || dict.entity(chosen).type() != EntityType.ORG
        || !STATE_BODIES.contains(body.kind()) || body.country().isEmpty()) {
      return List.of();
    }
    Found head = longestOf(c.words(), List.of(c.first().folded()), 1);
    if (head == null) {
      return List.of();
    }
    for (Alias a : head.aliases()) {
      PlaceFacts head2 = dict.placeFactsOf(a.entity());
      if ("country".equals(head2.kind()) && head2.iso().equals(body.country())
          && (!a.capitalsOnly() || !c.first().hasLowercase())) {
        return List.of(dict.entity(a.entity()));
      }
    }
    return List.of();
  }

  /** A family name followed by more of a personal name, capitalised and joined. */
  private boolean startsPersonName(Candidate c) {
    if (c.words().size() < 2 || !c.words().get(1).joinedToPrevious() || !c.words().get(1).capitalized()
        || CALENDAR.contains(c.words().get(1).folded())) {
      return false; // "went to Washington July 5": a date, no name going on
    }
    String f = c.first().folded();
    return !dict.withSurname(f).isEmpty()
        || dict.names().isSurname(RomanizedNames.KOREAN, f)
        || dict.names().isSurname(RomanizedNames.CHINESE, f);
  }

  /**
   * Whether the word is written as initials with periods (<i>W.A.</i>) and no spelling found is
   * an abbreviation (<i>U.S.</i>, <i>N.C.</i> are; <i>Wa</i> is not).
   */
  private static boolean initialsOfNoAbbreviation(Found found, Candidate c) {
    if (!c.first().initials() || c.first().original().indexOf('.') < 0 || c.queryMode()) {
      return false;
    }
    for (Alias a : found.aliases()) {
      if (a.capitalsOnly()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words are plain English (<i>Labor Party</i>, <i>Liberal Party</i>) or an
   * abbreviation in capitals (<i>RBI</i>), and every
   * body they may name belongs to a country other than the United States that the text, which
   * named places of other countries, never named. The press of one country means its own bodies
   * by such words; the dictionary gives generic words to the U.S. body, which stays the default.
   */
  private boolean genericBodyOfAnUnnamedCountry(List<Integer> fitting, Candidate c, Found found) {
    int n = found.words();
    if (!c.context().namesAnyCountry()) {
      return false;
    }
    if (n == 1) {
      // an abbreviation in capitals is as generic: "Ian Happ's RBI single" in a St. Louis story
      // is no Reserve Bank of India; a name (Knesset) or a mixed-case one (MoD) is not
      if (!c.first().shouting()) {
        return false;
      }
      for (Alias a : found.aliases()) {
        if (!a.capitalsOnly() || "media".equals(dict.placeFactsOf(a.entity()).kind())) {
          return false; // news agencies are quoted from anywhere (KCNA, TASS)
        }
      }
    }
    for (int i = 0; i < n && n >= 2; i++) {
      if (!dict.isEnglishWord(c.words().get(i).folded())) {
        return false;
      }
    }
    for (int o : fitting) {
      String country = dict.placeFactsOf(o).country();
      if (dict.entity(o).type() != EntityType.ORG || country.isEmpty() || country.equals("US")
          || c.context().namesCountry(country)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word is a country's people's word (<i>Somali</i>) and only names places below a
   * country (Ethiopia's Somali region): the people's word is meant far more often, and {@link
   * DemonymRule} reads it.
   */
  private boolean demonymOfAnotherCountry(List<Integer> fitting, Candidate c) {
    List<Integer> peoples = dict.demonymOf(c.first().folded(), c.context().yearForLinking());
    if (peoples.isEmpty()) {
      return false;
    }
    for (int o : fitting) {
      String kind = dict.placeFactsOf(o).kind();
      if (dict.entity(o).type() != EntityType.PLACE || kind.equals("country") || kind.equals("historical-country")
          || peoples.contains(o)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an organisation was founded after the text was written (its {@code years=}): "Wagner"
   * in 1891 is no Wagner Group, "Honda" in 1930 no car maker. A body that was dissolved may still
   * be written of later.
   */
  private boolean notYetFounded(int ordinal, int year) {
    if (year == 0 || dict.entity(ordinal).type() != EntityType.ORG) {
      return false;
    }
    int from = dict.placeFactsOf(ordinal).from();
    return from != 0 && year < from - 1;
  }

  private boolean isWesternPerson(int ordinal) {
    return isPerson(ordinal) && dict.entity(ordinal).lang().equals("-");
  }

  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /**
   * Whether a capitalised word that can only be a family name follows a known person's name, after
   * a plain space: a second family name makes another person (<i>Joaquin Guzman Lopez</i>, a son
   * of Joaquin Guzman). Not a word of English (<i>Obama Administration</i>), a known place or
   * body's name, an initial or a suffix (<i>Jr.</i>).
   */
  private boolean familyNameGoesOn(Candidate c, int n) {
    List<Word> words = c.words();
    if (n >= words.size()) {
      return false;
    }
    Word next = words.get(n);
    if (words.get(n - 1).possessive()) {
      return false; // "Angela Merkel's Christian Democratic Union": a possessive ends the name
    }
    if (!next.joinedToPrevious() || next.marksBefore() != 0 || !next.capitalized() || !next.latin() || next.shouting()
        || next.initials() || NAME_SUFFIXES.contains(next.folded()) || dict.isEnglishWord(next.folded())
        || WordList.FUNCTION_WORDS.contains(next.folded())) {
      return false;
    }
    for (Alias a : dict.singleWordAliases(next.folded())) {
      EntityType type = dict.entity(a.entity()).type();
      String kind = dict.placeFactsOf(a.entity()).kind();
      if (type == EntityType.ORG || (type == EntityType.PLACE && !kind.equals("city") && !kind.equals("town"))) {
        return false; // "Hillary Clinton Texas"; a town's name may be a family name (Lopez)
      }
    }
    return true;
  }

  private static final Set<String> JUNIOR_SUFFIXES = Set.of("jr", "ii", "iii", "iv");

  /** Whether "Jr." or "II" follows a known person's name that has none: the son, somebody else. */
  private boolean juniorOfTheName(Candidate c, int n, List<Integer> fitting) {
    List<Word> words = c.words();
    if (n >= words.size() || !JUNIOR_SUFFIXES.contains(words.get(n).folded())
        || !(words.get(n).joinedToPrevious() || words.get(n).afterComma())) {
      return false;
    }
    for (int o : fitting) {
      String canonical = dict.entity(o).canonical();
      if (Folding.fold(canonical).replace(".", "").endsWith(" " + words.get(n).folded())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an abbreviation in capitals that only names U.S. states follows "the": <i>the SC</i>,
   * <i>the PA</i> are bodies or systems, never states.
   */
  private boolean stateCodeAfterThe(Found found, Candidate c, List<Integer> fitting) {
    Word previous = c.previous();
    if (previous == null || !previous.folded().equals("the") || found.words() != 1 || !c.first().shouting()) {
      return false;
    }
    for (int o : fitting) {
      if (!"admin1".equals(dict.placeFactsOf(o).kind())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the word is the family name of a known person famous in the text's year (Mao in
   * 1966): then towns of the name give way, unless the text shows a place there (<i>in Mao</i>).
   */
  private boolean famousFamilyName(Candidate c) {
    int year = c.context().yearForLinking();
    for (int o : dict.withSurname(c.first().folded())) {
      PersonFacts f = dict.factsOf(o);
      if (f.prominence() >= ShortMentionRule.MIN_PROMINENCE && (year == 0 || f.famousBy(year))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The U.S. state among the namesakes when the name follows a capitalised place's name and a
   * comma (<i>Tacoma, Washington</i>; <i>Fort Benning, Georgia</i>), as datelines write a town's
   * state; -1 when none or several.
   */
  private int stateAfterPlace(List<Integer> fitting, Candidate c) {
    Word previous = c.previous();
    if (previous == null || !previous.capitalized() || !c.first().afterComma()) {
      return -1;
    }
    int before = c.context().mentionEndingWith(previous);
    if (before >= 0 && !"US".equals(dict.placeFactsOf(before).country())) {
      return -1; // "Tbilisi, Georgia": the place before is in another country
    }
    int state = -1;
    for (int o : fitting) {
      PlaceFacts p = dict.placeFactsOf(o);
      if ("admin1".equals(p.kind()) && "US".equals(p.country())) {
        if (state >= 0) {
          return -1;
        }
        state = o;
      }
    }
    return state;
  }

  /**
   * The one namesake, among countries and their first-level divisions of one name (<i>Georgia</i>
   * the country and the U.S. state), that lies in a country the text has named, itself or by a
   * place or body in it, when the text named none of the others' countries; -1 otherwise. The
   * country's larger prior goes only for texts that say nothing of either.
   */
  private int inTheOneNamedCountry(List<Integer> fitting, Candidate c) {
    int chosen = -1;
    for (int o : fitting) {
      PlaceFacts p = dict.placeFactsOf(o);
      String country = "country".equals(p.kind()) ? p.iso() : "admin1".equals(p.kind()) ? p.country() : "";
      if (dict.entity(o).type() != EntityType.PLACE || country.isEmpty()) {
        return -1;
      }
      if (c.context().namesCountry(country)) {
        if (chosen >= 0) {
          return -1;
        }
        chosen = o;
      }
    }
    return chosen;
  }

  /**
   * The one namesake of the kind the text names before "of" in lower case (<i>the state of
   * Georgia</i>, <i>the western state of Washington</i>, <i>the country of Georgia</i>, <i>the
   * city of Washington</i>); -1 when no such word stands there or not exactly one namesake is of
   * its kind.
   */
  private int ofTheKindBefore(List<Integer> fitting, Candidate c) {
    Word previous = c.previous();
    if (previous == null || !previous.original().equals("of") || !c.first().joinedToPrevious()
        || c.beforePrevious() == null) {
      return -1;
    }
    Set<String> kinds = KINDS_BEFORE_OF.get(c.beforePrevious());
    if (kinds == null) {
      return -1;
    }
    int chosen = -1;
    for (int o : fitting) {
      if (dict.entity(o).type() == EntityType.PLACE && kinds.contains(dict.placeFactsOf(o).kind())) {
        if (chosen >= 0) {
          return -1;
        }
        chosen = o;
      }
    }
    return chosen;
  }

  /** Words of a kind of place, in lower case before "of", and the kinds of place they say. */
  private static final java.util.Map<String, Set<String>> KINDS_BEFORE_OF = java.util.Map.of(
      "state", Set.of("admin1"),
      "province", Set.of("admin1"),
      "country", Set.of("country", "historical-country"),
      "republic", Set.of("country", "historical-country"),
      "nation", Set.of("country"),
      "kingdom", Set.of("country"),
      "city", Set.of("city", "capital", "town"));

  /** "Chas. Smith": an abbreviated given name and its period before a capitalised word. */
  private static boolean abbreviatedGivenName(Candidate c) {
    List<Word> words = c.words();
    return GivenNameAbbreviations.FORMAL.containsKey(c.first().original()) && words.size() > 1
        && words.get(1).capitalized() && words.get(1).continuesName(c.first());
  }

  /** Births above which a place's name is as likely a given name (Victoria, Irving, Jordan). */
  private static final int GIVEN_NAME_BIRTHS = 20_000;

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "The", "A", "An");

  /** Months and days: after a name they date it ("Paris July 5"), they do not go on with it. */
  private static final Set<String> CALENDAR = WordList.load("calendar-words.txt");

  /**
   * Whether the word is a frequent given name and the next, joined to it, is a family name: a
   * capitalised word that is no lower-case English word (<i>Victoria Station</i>, <i>Jordan
   * River</i>, <i>Chad Basin</i> stay places) and names no place or body of its own (<i>Austin
   * Texas</i>, <i>Florence Italy</i>).
   */
  /**
   * Whether the word of English at {@code at} is a family name after {@code given}: after one of
   * the commonest given names that names only towns (<i>David Smith</i>, <i>Mary Brown</i>; David
   * is a town in Panama), when it ends the capitalised words and is no kind of place or body and no
   * plural. <i>Victoria Cross</i> and <i>Jordan River</i> stay the state's and the country's.
   */
  private boolean englishFamilyName(Word given, List<Word> words, int at) {
    String f = words.get(at).folded();
    if (dict.givenNameBirths(given.folded()) < WesternNameRule.COMMON_GIVEN_NAME || dict.isEnglishWord(given.folded())
        || WordList.NAME_HEADS.contains(f) || (f.endsWith("s") && dict.isEnglishWord(f.substring(0, f.length() - 1)))
        || (at + 1 < words.size() && words.get(at + 1).continuesName(words.get(at)) && words.get(at + 1).capitalized())) {
      return false;
    }
    for (EntityDictionary.Alias a : dict.singleWordAliases(given.folded())) {
      String kind = dict.placeFactsOf(a.entity()).kind();
      if (dict.entity(a.entity()).type() != EntityType.PLACE || !(kind.equals("city") || kind.equals("town"))) {
        return false;
      }
    }
    return true;
  }

  private boolean givenNameBeforeSurname(Candidate c) {
    List<Word> words = c.words();
    if (words.size() < 2 || dict.givenNameBirths(c.first().folded()) < GIVEN_NAME_BIRTHS) {
      return false;
    }
    Word previous = c.previous();
    if (previous != null && DETERMINERS.contains(previous.original())) {
      return false; // "the Paris Figaro", "a Victoria Cross": a thing, not a person
    }
    int at = 1;
    while (at + 1 < words.size() && at <= 3 && words.get(at).initials() && words.get(at + 1).continuesName(words.get(at))) {
      at++; // "David P. Sentner", "David K. E. Bruce": middle initials, then the family name
    }
    Word next = words.get(at);
    if (!words.get(1).joinedToPrevious() || !next.capitalized() || !next.latin() || next.shouting()
        || CALENDAR.contains(next.folded())
        || next.initials() || (dict.isEnglishWord(next.folded()) && (PlaceContext.prepositionBefore(c) || !englishFamilyName(c.first(), words, at)))
        || WordList.FUNCTION_WORDS.contains(next.folded())) {
      return false;
    }
    for (EntityDictionary.Alias a : dict.singleWordAliases(next.folded())) {
      EntityType type = dict.entity(a.entity()).type();
      String kind = dict.placeFactsOf(a.entity()).kind();
      if ((type == EntityType.ORG && dict.givenNameBirths(c.first().folded()) < WesternNameRule.COMMON_GIVEN_NAME)
          || (type == EntityType.PLACE && !kind.equals("city") && !kind.equals("town"))) {
        return false; // "Austin Texas"; a town's name may be a family name (McGovern, Pennsylvania), and
      } // after a very frequent given name a body's one-word name too ("David Wagner" is no Wagner Group)
    }
    return true;
  }

  /**
   * The body of another country that the words, a U.S. body's generic name (<i>Democratic
   * Party</i>), name there ({@code context_aliases}), in a story that named that country and
   * nothing of the United States: its ordinal when it existed in the story's year, -2 when none
   * did or the story named two such countries (the words are no U.S. body, and a shape may name
   * them), -1 when the words are the U.S. body's.
   */
  private int anotherNamedCountrysBody(List<Integer> fitting, Candidate c, Found found) {
    if (found.words() > 3 || c.context().namesCountry("US")
        || !fitting.stream().allMatch(o -> dict.entity(o).type() == EntityType.ORG && "US".equals(dict.placeFactsOf(o).country()))) {
      return -1;
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < found.words(); i++) {
      key.append(i == 0 ? "" : " ").append(c.words().get(i).folded());
    }
    int answer = -1;
    int body = -1;
    for (int o : dict.contextAliasOf(key.toString())) {
      PlaceFacts f = dict.placeFactsOf(o);
      if (dict.entity(o).type() == EntityType.ORG && !"US".equals(f.country()) && c.context().namesCountry(f.country())) {
        if (f.fitIn(c.context().yearForLinking()) >= 1) {
          if (body >= 0 && !dict.placeFactsOf(body).country().equals(f.country())) {
            return -2; // "the Senate" in a story of Brazil and Argentina: either one's, so neither
          }
          body = body >= 0 ? body : o;
        }
        answer = -2;
      }
    }
    return body >= 0 ? body : answer;
  }

  private boolean isPerson(int ordinal) {
    return dict.entity(ordinal).type() == EntityType.PERSON;
  }

  /**
   * The county the text named in full (<i>Cleveland county</i>) that a bare word of its name
   * means, as local papers write it, when the places the dictionary has under the word lie in no
   * state the text named (Cleveland, Ohio, in a North Carolina story); null otherwise, and when
   * the text named no state (<i>Los Angeles</i> after <i>Los Angeles County</i> stays the city).
   */
  private Entity countyOfTheName(List<Integer> fitting, Candidate c) {
    Entity county = c.context().unknownNamed(c.first().folded() + " county");
    if (county == null || county.type() != EntityType.PLACE || !c.context().namesAnyDivision()) {
      return null;
    }
    for (int o : fitting) {
      PlaceFacts p = dict.entity(o).type() == EntityType.PLACE ? dict.placeFactsOf(o) : null;
      if (p == null || "admin1".equals(p.kind()) || "country".equals(p.kind())
          || c.context().namesCountry(p.division())) {
        return null;
      }
    }
    return county;
  }

  private boolean isCityOrTown(int ordinal) {
    if (dict.entity(ordinal).type() != EntityType.PLACE) {
      return false;
    }
    PlaceFacts p = dict.placeFactsOf(ordinal);
    return p.town() || "city".equals(p.kind());
  }

  /**
   * Whether the name is a chamber's before a bill's or resolution's number (<i>Senate Bill 683</i>,
   * <i>House Resolution 12</i>), as states number theirs: the bill of a state's chamber, no
   * mention of Congress's.
   */
  private static boolean numberedBill(Found found, Candidate c) {
    List<Word> words = c.words();
    int n = found.words();
    if (n + 1 >= words.size()) {
      return false;
    }
    Word kind = words.get(n);
    Word number = words.get(n + 1);
    return kind.joinedToPrevious() && kind.capitalized() && BILLS.contains(kind.folded()) && number.joinedToPrevious()
        && !number.original().isEmpty() && Character.isDigit(number.original().charAt(0));
  }

  private static final Set<String> BILLS = Set.of("bill", "resolution");

  /** After a title, or where the text already named a person with this family name. */
  private boolean actsAsPerson(Candidate c) {
    Word w = c.first();
    Word previous = c.previous();
    if (w.shouting() && !c.inCapitals()) {
      return false; // "the chief U.S. envoy": capitals amid lower-case words write an abbreviation, no family name
    }
    if (previous != null && Titles.SET.contains(previous.folded())
        && (w.joinedToPrevious() || (w.gapBefore() == 2 && abbreviatedTitle(previous)))) {
      return true; // "Senator Jackson", "Mr. Henderson"; not "the country's president. Nigeria's ..."
    }
    Integer recent = c.context().mostRecent(ShortMentionRule.surnameKeys(dict, w.folded()));
    return (recent != null && recent >= 0) || c.context().unknownPerson(w.folded()) != null;
  }

  /**
   * Whether a people's word stands right before a body's one-word name and every body of that
   * name belongs to another country: <i>Colombian Senate</i>, <i>French Parliament</i>.
   */
  private boolean bodyOfAnotherPeople(List<Integer> fitting, Candidate c) {
    Word previous = c.previous();
    if (previous == null || !previous.capitalized() || !c.first().joinedToPrevious()) {
      return false;
    }
    List<Integer> peoples = dict.demonymOf(previous.folded(), c.context().yearForLinking());
    if (peoples.isEmpty()) {
      return false;
    }
    java.util.Set<String> countries = new java.util.HashSet<>();
    for (int place : peoples) {
      PlaceFacts p = dict.placeFactsOf(place);
      countries.add(p.iso().isEmpty() ? p.country() : p.iso());
    }
    for (int o : fitting) {
      PlaceFacts body = dict.placeFactsOf(o);
      if (dict.entity(o).type() != EntityType.ORG || body.country().isEmpty() || countries.contains(body.country())) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalInside(Word w) {
    String o = w.original();
    for (int i = 1; i < o.length(); i++) {
      if (Character.isUpperCase(o.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A title written short, whose period is no sentence's end: <i>Mr.</i>, <i>Sen.</i>, <i>Gov.</i>. */
  private static boolean abbreviatedTitle(Word title) {
    return title.capitalized() && title.original().length() <= 4;
  }

  /** The entities whose spelling fits how the words are written: capitals-only ones in capitals. */
  private List<Integer> fitting(Found found, Candidate c) {
    List<Word> words = c.words();
    int n = found.words();
    boolean capitals = true;
    for (int i = 0; i < n; i++) {
      capitals &= !words.get(i).hasLowercase() || capitalInside(words.get(i)); // "LeT" as its spelling is
    }
    Word first = c.first();
    boolean lowerCaseName =
        n >= 2 && !first.capitalized() && dict.startsLowercaseName(first.folded());
    boolean indexCase = c.queryMode() || first.capitalized() || first.nativeScript() || lowerCaseName;
    List<Integer> out = new ArrayList<>(2);
    int year = c.context().year();
    for (Alias a : found.aliases()) {
      if ((a.capitalsOnly() ? capitals : indexCase) && !out.contains(a.entity()) && !notYetFounded(a.entity(), year)) {
        out.add(a.entity());
      }
    }
    return out;
  }

  /**
   * Text in capitals gives no case to tell <i>US</i> from <i>us</i>: after a verb or preposition
   * ("LET US", "TOLD US") it is the pronoun. Other abbreviations that are English words (<i>WHO</i>,
   * <i>IT</i>) stand for the organisation in capitals only after "THE".
   */
  private boolean shoutedPronoun(Found found, Candidate c) {
    if (found.words() != 1 || c.queryMode() || !c.first().shouting() || !c.inCapitals()) {
      return false;
    }
    for (Alias a : found.aliases()) {
      if (!a.capitalsOnly()) {
        return false; // CHINA in a headline is China: only abbreviations are in doubt
      }
    }
    String f = c.first().folded();
    if (!dict.isEnglishWord(f)) {
      return false;
    }
    String before = c.previous() == null ? "" : c.previous().folded();
    if (f.equals("us")) {
      return PRONOUN_CUES.contains(before);
    }
    return !before.equals("the");
  }

  private static int withHonorific(int n, List<Word> words) {
    if (n < words.size()) {
      Word next = words.get(n);
      if (next.joinedToPrevious() && !next.capitalized() && HONORIFIC_SUFFIXES.contains(next.folded())) {
        return n + 1;
      }
    }
    return n;
  }

  /** Whether reading one more word could still complete a longer listed spelling. */
  /**
   * Whether the first word is a listed spelling, or it and the next begin one, word by word
   * ({@code bank}; {@code the hague}; not {@code the ministry}).
   */
  boolean spellsOrBegins(Word first, Word next) {
    walk.restart();
    if (!walk.word(first.folded())) {
      return false;
    }
    return walk.aliasesHere() != null || (walk.space() && walk.word(next.folded()));
  }

  boolean prefixContinues(List<Word> words) {
    walk.restart();
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (i > 0 && (!w.continuesName(words.get(i - 1)) || !walk.space())) {
        return false;
      }
      if (!walk.word(w.folded())) {
        return false;
      }
    }
    return walk.space();
  }

  /**
   * Whether the word before, joined to these, makes a longer listed spelling: the longer name was
   * read there first and left unlinked (namesakes nothing told apart, or a town without its place
   * context), so its last words are no name of their own.
   */
  private boolean endsLongerListedName(Found found, Candidate c) {
    Word previous = c.previous();
    if (previous == null || !previous.capitalized() || !c.first().continuesName(previous)) {
      return false;
    }
    List<Word> longer = new ArrayList<>(found.words() + 1);
    longer.add(previous);
    longer.addAll(c.words().subList(0, found.words()));
    Found withPrevious = longest(longer);
    return withPrevious != null && withPrevious.words() == longer.size();
  }

  private Found longest(List<Word> words) {
    List<String> folded = new ArrayList<>(words.size());
    for (Word w : words) {
      folded.add(w.folded());
    }
    return longestOf(words, folded, words.size());
  }

  /**
   * Walks the FST over the folded words (as far as they stay joined); {@code span} is how many of
   * the text's words the i-th folded word stands for, for spellings found with words skipped.
   */
  private Found longestOf(List<Word> words, List<String> folded, int limit) {
    walk.restart();
    Found best = null;
    for (int i = 0; i < Math.min(limit, folded.size()); i++) {
      if (i > 0 && (!words.get(i).continuesName(words.get(i - 1)) || !walk.space())) {
        break;
      }
      if (!walk.word(folded.get(i))) {
        break;
      }
      Alias[] here = walk.aliasesHere();
      if (here != null) {
        best = new Found(i + 1, here);
      }
    }
    return best;
  }


  /**
   * A spelling of English words only (<i>Security Council</i>, <i>Foreign Ministry</i>) right
   * after a capitalised word that is no title is the end of a longer name nobody listed.
   */
  private boolean genericAfterName(Found found, Candidate c) {
    Word previous = c.previous();
    if (previous == null || !c.first().joinedToPrevious() || !previous.capitalized()
        || Titles.SET.contains(previous.folded()) || WordList.FUNCTION_WORDS.contains(previous.folded())
        || found.words() < 2 || c.first().nativeScript()) {
      return false;
    }
    for (int i = 0; i < found.words(); i++) {
      if (!dict.isEnglishWord(c.words().get(i).folded())) {
        return false;
      }
    }
    return true;
  }

  /**
   * <i>Indo-China</i> or <i>Indo China</i> where the dictionary has <i>Indochina</i>: the first
   * two or three words written as one; not English words each written as such (see {@link
   * #separateEnglishWords}).
   */
  private Found withJoinedWords(List<Word> words) {
    for (int k = Math.min(3, words.size()); k >= 2; k--) {
      boolean together = true;
      for (int i = 1; i < k; i++) {
        together &= words.get(i).joinedToPrevious() && words.get(i).latin();
      }
      if (!together || WordList.FUNCTION_WORDS.contains(words.get(0).folded()) || separateEnglishWords(words, k)) {
        continue; // "A new" is no "Anew"
      }
      // The words walked one after another, with no space, are the joined word walked: most
      // spell nothing, and need no look-up as an English word.
      walk.restart();
      boolean spelled = true;
      for (int i = 0; i < k && spelled; i++) {
        spelled = walk.word(words.get(i).folded());
      }
      Alias[] here = spelled ? walk.aliasesHere() : null;
      if (here == null) {
        continue;
      }
      StringBuilder joined = new StringBuilder(words.get(0).folded());
      for (int i = 1; i < k; i++) {
        joined.append(words.get(i).folded());
      }
      if (!dict.isEnglishWord(joined.toString())) {
        return new Found(k, here);
      }
    }
    return null;
  }

  /**
   * Whether the first {@code k} words are English words and the later ones lower case after a
   * space: then they are the words they are (<i>rather than a</i> is no Thane, <i>Was it</i> no
   * Wasit), where a split by a scan (<i>Tennes see</i>) or a capital or hyphen (<i>Indo China</i>,
   * <i>Indo-china</i>) joins.
   */
  private boolean separateEnglishWords(List<Word> words, int k) {
    for (int i = 0; i < k; i++) {
      Word w = words.get(i);
      if ((i > 0 && (w.capitalized() || w.afterHyphen())) || !dict.isEnglishWord(w.folded())) {
        return false;
      }
    }
    return true;
  }

  /**
   * <i>U. S.</i>, <i>N. C.</i>: a country's, state's or body's abbreviation with its letters spaced,
   * as papers of the 1900s print them, where the dictionary has <i>U.S.</i> and <i>N.C.</i>. Only
   * those kinds: <i>W. A. Griffith</i> is no mention of Wa, a town in Ghana; and no body's letters
   * right before a capitalised word (<i>S. P. Bills</i>) or inside a longer run (<i>N. G. M.</i>).
   */
  private Found withSpacedInitials(List<Word> words, Word previous) {
    if (previous != null && isSpacedInitial(previous) && words.get(0).gapBefore() == 2) {
      return null; // "Co. F, N. G. M.": the letters go on before this one
    }
    int k = 0;
    StringBuilder letters = new StringBuilder(4);
    while (k < words.size() && k < 4 && words.get(k).original().length() == 1 && words.get(k).initials()
        && (k == 0 || words.get(k).gapBefore() == 2)) {
      letters.append(words.get(k).folded());
      k++;
    }
    if (k < 2) {
      return null;
    }
    if ((k < words.size() && words.get(k).marksBefore() != Word.UNKNOWN_MARKS && (words.get(k).marksBefore() & Word.AMPERSAND) != 0)
        || (previous != null && (previous.original().equals("of") || previous.original().equals("&")) && words.get(0).gapBefore() <= 2)) {
      return null; // "E. C. & N. R. R." and "K. of G. E." are a railroad's and a lodge's letters, no GE or EC
    }
    boolean nameFollows = k < words.size() && words.get(k).capitalized() && words.get(k).gapBefore() <= 2;
    List<Alias> kept = new ArrayList<>(2);
    for (Alias a : dict.singleWordAliases(letters.toString())) {
      String kind = dict.placeFactsOf(a.entity()).kind();
      boolean org = dict.entity(a.entity()).type() == EntityType.ORG;
      if (org && nameFollows) {
        continue; // "S. P. Bills": a man's initials; "U. S. Senate" is still the country's
      }
      if (a.capitalsOnly() && (org || kind.equals("country")
          || kind.equals("admin1") || kind.equals("historical-country"))) {
        kept.add(a);
      }
    }
    return kept.isEmpty() ? null : new Found(k, kept.toArray(new Alias[0]));
  }

  /**
   * Whether the spelling found is letters with spaces between them (<i>S. P</i>) right before a
   * capitalised word: a person's initials, as older papers print names, unless the letters are
   * a country's or state's (<i>U. S. Senate</i>, <i>N. C. State</i>) before an English word or
   * after a comma; before a family name that is no word, a state's letters are a man's initials
   * too (<i>S. D. Gettig</i>).
   */
  private boolean initialsBeforeName(Found found, Candidate c) {
    List<Word> words = c.words();
    int k = found.words();
    if (k < 2 || k >= words.size() || !words.get(k).capitalized() || words.get(k).gapBefore() > 2) {
      return false;
    }
    for (int i = 0; i < k; i++) {
      if (!isSpacedInitial(words.get(i)) || (i > 0 && words.get(i).gapBefore() < 1)) {
        return false;
      }
    }
    Word next = words.get(k);
    boolean familyName = !c.first().afterComma() && !dict.isEnglishWord(next.folded()) && !next.shouting()
        && !dict.isSingleWordAlias(next.folded()) && !WordList.NAME_HEADS.contains(next.folded());
    for (Alias a : found.aliases()) {
      String kind = dict.placeFactsOf(a.entity()).kind();
      if ((kind.equals("country") || kind.equals("admin1") || kind.equals("historical-country")) && !familyName) {
        return false;
      }
    }
    return true; // "S. D. Gettig" is a man; "Raleigh, N. C. Smith" and "U. S. Senate" are places'
  }

  /**
   * Whether a one-word name of a region or sea (<i>Atlantic</i>, <i>Pacific</i>, <i>Baltic</i>)
   * stands before a capitalised word: then it starts a longer name (<i>Atlantic Coast Line</i>),
   * as a region is named alone or with its kind, seldom before another name.
   */
  private boolean regionStartingName(Found found, Candidate c) {
    List<Word> words = c.words();
    if (found.words() != 1 || words.size() < 2 || c.first().possessive() || !words.get(1).capitalized()
        || !words.get(1).joinedToPrevious() || WordList.FUNCTION_WORDS.contains(words.get(1).folded())
        || dict.isSingleWordAlias(words.get(1).folded())) {
      return false; // "the Midwest U.S. state of Iowa": two names in a row
    }
    for (Alias a : found.aliases()) {
      if (!"region".equals(dict.placeFactsOf(a.entity()).kind())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpacedInitial(Word w) {
    return w.original().length() == 1 && w.initials();
  }

  /** <i>George H.W. Bush</i> where the dictionary has <i>George H. W. Bush</i>. */
  private Found withSplitInitials(List<Word> words) {
    if (!anyInitials(words, 0, words.size(), 2)) {
      return null; // most words are no initials: nothing to split, nothing to allocate
    }
    List<String> folded = new ArrayList<>(words.size());
    boolean split = false;
    for (Word w : words) {
      if (w.initials() && w.original().length() > 1) {
        folded.add(String.join(" ", w.folded().split("")));
        split = true;
      } else {
        folded.add(w.folded());
      }
    }
    if (!split) {
      return null;
    }
    Found f = longestOf(words, folded, words.size());
    return f != null && f.words() >= 2 ? f : null;
  }

  /** <i>John F. Kennedy</i> where the dictionary has <i>John Kennedy</i>: initials skipped. */
  private Found withoutInitials(List<Word> words) {
    if (!anyInitials(words, 1, words.size() - 1, 1)) {
      return null; // only initials between the first and the last word are ever skipped
    }
    List<Word> kept = new ArrayList<>(words.size());
    List<Integer> at = new ArrayList<>(words.size());
    boolean skipped = false;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (i > 0 && !w.continuesName(words.get(i - 1))) {
        break;
      }
      boolean initial = i > 0 && i + 1 < words.size() && isInitial(w, words.get(i + 1));
      if (initial) {
        skipped = true;
        continue;
      }
      kept.add(skipped && !kept.isEmpty() ? new Word(w.original(), w.folded(), 1, w.possessive()) : w);
      at.add(i);
    }
    if (!skipped || kept.size() < 2) {
      return null;
    }
    Found f = longestOf(kept, kept.stream().map(Word::folded).toList(), kept.size());
    if (f == null || f.words() < 2) {
      return null;
    }
    return new Found(at.get(f.words() - 1) + 1, f.aliases());
  }

  /** Whether a word from {@code from} to before {@code to} is initials of at least {@code length} characters. */
  private static boolean anyInitials(List<Word> words, int from, int to, int length) {
    for (int i = from; i < to; i++) {
      if (words.get(i).original().length() >= length && words.get(i).initials()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a spelling of several words, every one of them English, starts with a capitalised
   * article that the words after it do not follow: a sentence's first word, then ordinary words
   * (<i>The valley of ...</i> is no mention of The Valley, Anguilla). Text all in lower case (<i>the united
   * states</i>) and a name with a word of its own (<i>Kim Jong un</i>) still match without case.
   */
  private boolean wordsInLowerCase(Found found, Candidate c) {
    if (!c.first().capitalized() || !WordList.FUNCTION_WORDS.contains(c.first().folded())) {
      return false; // "Rivers state" (a Nigerian paper's lower-case kind) is still Rivers State
    }
    boolean lowerCase = false;
    for (int i = 0; i < found.words() && i < c.words().size(); i++) {
      Word w = c.words().get(i);
      if (WordList.FUNCTION_WORDS.contains(w.folded())) {
        continue; // "Republic of China" keeps its "of" in lower case
      }
      if (!dict.isEnglishWord(w.folded())) {
        return false;
      }
      lowerCase |= !w.capitalized();
    }
    return lowerCase;
  }

  private static boolean isInitial(Word w, Word next) {
    return w.initials() && next.gapBefore() == 2;
  }

  /** Korean writes particles onto names (김정은은, 김정은의): try the word without them. */
  private Mention nativeWithParticle(Candidate c) {
    Word w = c.first();
    String f = w.folded();
    for (int cut = 1; cut <= 2 && cut < f.length() - 1; cut++) {
      if (!Particles.isParticle(f.substring(f.length() - cut))) {
        continue;
      }
      String stem = f.substring(0, f.length() - cut);
      Word shorter = new Word(stem, stem, w.gapBefore(), false, w.marksBefore());
      Found found = longest(List.of(shorter));
      if (found != null) {
        List<Integer> fitting = new ArrayList<>();
        for (Alias a : found.aliases()) {
          fitting.add(a.entity());
        }
        if (found.words() == 1 && !c.queryMode() && fitting.stream().noneMatch(this::isPerson)
        && givenNameBeforeSurname(c)) {
      return null; // "Victoria Nuland", "Mary Barra", "Jordan Peterson": a given name, not the place
    }
    if (found.words() == 1 && !c.queryMode() && bodyOfAnotherPeople(fitting, c)) {
      return null; // "the Colombian Senate" is not the United States Senate
    }
    boolean townOfNamedState = fitting.stream().anyMatch(o -> townInNamedState(o, c));
    if (!c.queryMode() && fitting.stream().allMatch(this::wantsPlaceContext) && !PlaceContext.shows(c, found.words())
        && !townOfNamedState) {
      return null; // only towns and places named like words: "Mr. Fairmont" is nobody's town
    }
    if (!c.queryMode() && fitting.stream().allMatch(o -> dict.placeFactsOf(o).town())
        && !PlaceContext.prepositionBefore(c) && divisionsNamedAfter(found, c).isEmpty() && !townOfNamedState
        && !PlaceContext.datelineAfter(c, found.words())) {
      return null; // a town wants "in Clive", "Clive, Iowa", "Clive, Dec. 4" or a Kansas story for "Lawrence"; "Malone, who" is a person
    }
    int chosen = fitting.size() == 1 ? fitting.get(0) : inStateNamedAfter(fitting, found, c);
    if (chosen < 0 && fitting.size() > 1) {
      chosen = BearerChoice.choose(fitting, dict, c.context());
    }
        return chosen < 0 ? Mention.STOP : new Mention(1, dict.entity(chosen), Reason.NATIVE_SCRIPT);
      }
    }
    return null;
  }

  /** Whether no capitalised word goes on right after the words found (<i>in Union Station</i>). */
  private static boolean endsTheCapitals(Found found, Candidate c) {
    List<Word> words = c.words();
    return found.words() >= words.size() || !words.get(found.words()).capitalized()
        || !words.get(found.words()).joinedToPrevious();
  }
}
