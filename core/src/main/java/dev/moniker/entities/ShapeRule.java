package dev.moniker.entities;

import java.util.List;
import java.util.Set;

/**
 * A name nobody listed, known by its shape: a capitalised phrase that ends in a word naming its
 * kind (<i>... Authority</i>, <i>... County</i>), that has its kind and <i>of</i> inside
 * (<i>University of Iowa</i>, <i>Texas Department of Transportation</i>), or that begins with a
 * word that leads names of its kind (<i>Mount</i>, <i>Lake</i>). {@link OrgShapeRule} and {@link
 * PlaceShapeRule} give the words. The canonical name is the phrase as written.
 *
 * <p>Not a name: a phrase that starts with a title (<i>President Park</i>), a function word or
 * number (<i>Sixteen ... Police</i>) or a demonym (the demonym names the country; the body
 * follows) or a known place's possessive (<i>Nigeria's</i>: the place is named, then the body),
 * one whose words are all English words (<i>Police Department</i>) unless a lower-case <i>the</i>
 * or a known place's possessive before it shows a name in running text (<i>the Criminal Division</i>,
 * <i>Nigeria's Independent National Electoral Commission</i>) or its kind names it alone (a
 * company's legal form, a street: <i>Tenet Healthcare Corporation</i>, <i>Main St.</i>), one with "of"
 * before its last word (<i>Aides of the ... Council</i>), and a surname before a word for what is
 * its bearer's (<i>the Truman Administration</i>).
 */
abstract class ShapeRule implements RecognitionRule {

  private static final Set<String> EPONYM_HEADS = WordList.load("eponym-heads.txt");

  /**
   * Words that name a fraternal or civic body before "of" only (<i>Order of Odd Fellows</i>,
   * <i>Knights of Pythias</i>, <i>Daughters of the American Revolution</i>, <i>Friends of the
   * Earth</i>), as old local papers name their lodges; at a name's end they are no body's kind.
   */
  private static final Set<String> FELLOWSHIPS =
      Set.of("order", "knights", "sons", "daughters", "brotherhood", "sisterhood", "woodmen", "friends");

  /**
   * Kinds of body whose name is a name whatever its words: a capitalised word of English before
   * them is no description (<i>Temple University</i>, <i>Liberty University</i>, <i>Union
   * College</i>), as it may be before <i>Police Department</i> or <i>Health Center</i>.
   */
  private static final Set<String> INSTITUTIONS = Set.of("university", "college", "seminary", "academy", "conservatory");

  private final EntityDictionary dict;
  private final EraNames eras;
  private final EntityType type;
  private final Mention.Reason reason;
  private final Set<String> heads;
  private final Set<String> leads;
  private final Set<String> lowercaseHeads;
  private final Set<String> headsNamingAlone;
  private final int wordsNamingAlone;

  /**
   * @param heads words that end a name of this kind
   * @param leads words that begin one
   * @param lowercaseHeads heads that older papers print in lower case after the name
   * @param headsNamingAlone heads that make a name of capitalised words even when every word is
   *     English, after {@code wordsNamingAlone} words in all (<i>Main Street</i>, <i>Tenet
   *     Healthcare Corporation</i>)
   */
  ShapeRule(EntityDictionary dict, EntityType type, Mention.Reason reason, Set<String> heads, Set<String> leads,
      Set<String> lowercaseHeads, Set<String> headsNamingAlone, int wordsNamingAlone) {
    this.lowercaseHeads = lowercaseHeads;
    this.headsNamingAlone = headsNamingAlone;
    this.wordsNamingAlone = wordsNamingAlone;
    this.dict = dict;
    this.eras = new EraNames(dict);
    this.type = type;
    this.reason = reason;
    this.heads = heads;
    this.leads = leads;
  }

  /** Kinds of body or place that are family names too (<i>Frank Church</i>, <i>Emily Post</i>, <i>David Mills</i>). */
  private static final Set<String> FAMILY_NAME_KINDS = Set.of("church", "bank", "banks", "post", "mills", "mill", "hall",
      "court", "guard", "park", "temple", "chapel", "castle", "tower", "bridge", "bridges", "wells", "brooks", "lane",
      "rivers", "woods", "hill", "hills", "field", "fields", "house");

  /**
   * Whether two words are one of the commonest given names, no word and no place, and a kind that
   * is a family name too: a person (<i>Walter Church</i>), no church called Walter.
   */
  private boolean givenAndFamilyName(List<Word> words) {
    String given = words.get(0).folded();
    return FAMILY_NAME_KINDS.contains(words.get(1).folded())
        && dict.givenNameBirths(given) >= WesternNameRule.COMMON_GIVEN_NAME
        && !dict.isEnglishWord(given) && !dict.isSingleWordAlias(given);
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word first = c.first();
    if (!first.latin() || !first.capitalized() || WordList.FUNCTION_WORDS.contains(first.folded())
        || CapitalisedPhrase.isTitle(first)) {
      return null;
    }
    if (Titles.SET.contains(first.folded()) && c.previous() != null && c.previous().folded().equals("of")) {
      return null; // "Department of State" ends there; "State Board of Health" is a body
    }
    Mention mission = type == EntityType.ORG && words.size() >= 2 ? countrysMission(c) : null;
    if (mission != null) {
      return mission; // "the U.S. Embassy": after the abbreviation's period, no phrase of joined words
    }
    int n = CapitalisedPhrase.length(words);
    if (n == 1 && !mayHaveLowercaseHead(words, n)) {
      return null; // one capitalised word and no kind after it, as most are: no look-ups
    }
    List<Integer> people = dict.demonymOf(first.folded(), c.context().year());
    if (n < 1 || possessivePlace(first) || (!people.isEmpty() && (type != EntityType.ORG || n < 3))) {
      return null; // "Nigeria's Independent National Electoral Commission": the place first, then the body
    }
    if (!people.isEmpty()) {
      Mention body = people.size() == 1 ? bodyOfWords(c, n) : null;
      return body == null || body.words() < 3 || DemonymBodyRule.isKind(key(words, 1, body.words())) ? null
          : new Mention(body.words(), body.entity(), body.reason(), List.of(dict.entity(people.get(0))));
      // "Australian Criminal Lawyers Association" is a body of Australia; "Chinese Embassy" is the demonym's rules'
    }
    return bodyOfWords(c, n);
  }

  /** The body or place that {@code n} capitalised words, or the first of them, name by a kind among them, or null. */
  private Mention bodyOfWords(Candidate c, int n) {
    List<Word> words = c.words();
    Word first = c.first();
    if (lowercaseHeadAfter(c, n)) {
      return mention(c, n + 1); // "Robeson county", "Southern Power company", as papers wrote them
    }
    if (n < 2) {
      return null;
    }
    for (int k = 0; k + 2 < n; k++) {
      String joint = words.get(k + 1).folded();
      String kind = words.get(k).folded();
      boolean posted = type == EntityType.ORG && k == 0 && CapitalisedPhrase.postAbroadIn(words, 1);
      boolean fellowship = type == EntityType.ORG && joint.equals("of") && FELLOWSHIPS.contains(kind)
          && dict.withSurname(words.get(k + 2).folded()).isEmpty(); // the Order of Lenin is a medal
      if ((heads.contains(kind) || fellowship)
          && (joint.equals("of") || posted || (type == EntityType.ORG && (joint.equals("on") || joint.equals("for"))))
          && CapitalisedPhrase.onlyAndInside(words, k + 1)) { // "Committee on Foreign Relations", "Agency for Global Media" too
        int end = CapitalisedPhrase.endAfterOf(dict, words, k + 2, n);
        if (end > k + 2 && !CapitalisedPhrase.hasTitle(words, end)) {
          return posted ? withThePlace(mention(c, end), words, k + 2, end, c.context().year()) : mention(c, end);
        }
      }
    }
    if (leads.contains(first.folded()) && !CapitalisedPhrase.isConnector(words.get(1))) {
      int end = 2;
      while (end < n && !CapitalisedPhrase.isConnector(words.get(end))) {
        end++;
      }
      return mention(c, end); // "Mount Vernon and Saint Paul" are two places
    }
    for (int end = n; end >= 2; end--) {
      Word last = words.get(end - 1);
      if (!CapitalisedPhrase.isConnector(last) && heads.contains(last.folded())
          && CapitalisedPhrase.onlyAndInside(words, end)
          && !(end == 2 && (EPONYM_HEADS.contains(last.folded()) || givenAndFamilyName(words)))
          && !CapitalisedPhrase.hasTitle(words, end)
          && (type == EntityType.ORG ? !kindBeforeAnd(words, end) && !namesBeforeAnd(c, end)
              : !CapitalisedPhrase.hasAnd(words, end))
          && (CapitalisedPhrase.hasProperWord(dict, words, end - 1) || inRunningText(c) || afterPossessivePlace(c)
              || sentenceAfterCapitalThe(c, end) || afterLowercaseWord(c, end, n) || namedForItsCountry(c, end)
              || ((end == n || CapitalisedPhrase.isConnector(words.get(end))) && namesAlone(c, end))
              || namedByItsKind(c.words(), end) || institutionNamed(words, end))) {
        return mention(c, end);
      }
    }
    return null;
  }

  /**
   * The year from which papers print a body's name with capitals throughout: older ones wrote
   * <i>Watts hospital</i>, <i>Southern Power company</i>; in later text a lower-case kind after a
   * capitalised word describes (<i>a Philippine court</i>).
   */
  static final int LOWERCASE_BODIES_UNTIL = 1950;

  /**
   * Whether a lower-case word of its kind follows the capitalised words, as older papers print
   * names (<i>Robeson county</i>, <i>Watts hospital</i>, <i>Massachusetts street</i>): only the
   * kinds in {@code lowercaseHeads}, after a name with a proper word (or a lower-case <i>the</i>),
   * bodies only in dated text before {@link #LOWERCASE_BODIES_UNTIL};
   * a body's words must be more than a known place's or people's name (<i>a Texas company</i>,
   * <i>the Chinese church</i> describe).
   */
  private boolean lowercaseHeadAfter(Candidate c, int n) {
    List<Word> words = c.words();
    if (!mayHaveLowercaseHead(words, n)) {
      return false;
    }
    if (CapitalisedPhrase.hasTitle(words, n) || CapitalisedPhrase.hasAnd(words, n)) {
      return false;
    }
    if (words.get(n - 1).possessive()) {
      return false; // "Squire Troxell's court", "Smith's store": whose it is, not its name
    }
    for (int i = 0; i < n; i++) {
      if (!words.get(i).capitalized()) {
        return false; // "University of ..." and the like are for the rules above
      }
    }
    if (type == EntityType.ORG && (c.context().year() == 0 || c.context().year() >= LOWERCASE_BODIES_UNTIL)) {
      return false; // since mid-century papers capitalise names of bodies: a "Philippine court" is described
    }
    if (type == EntityType.ORG && (dict.isSingleWordAlias(words.get(0).folded()) && n == 1
        || !dict.demonymOf(key(words, 0, n), 0).isEmpty())) {
      return false;
    }
    return CapitalisedPhrase.hasProperWord(dict, words, n) || afterLowercaseThe(c)
        || (n == 1 && namedByItsKind(words, n + 1)); // "fined in Superior court", as papers wrote it
  }

  /**
   * "the Criminal Division", "the National Assembly": capitalised words of English after a
   * lower-case "the" in running text are a name, as the capitals say; at a sentence start or in
   * a headline in title case ("The Police Department") they may only be style.
   */
  /**
   * "The Independent National Electoral Commission (INEC) declared": at a sentence start the
   * capitals of English words may only be style (<i>The Police Department said</i> describes),
   * but a name the text gives its abbreviation in brackets is a name.
   */
  /**
   * A body of three words or more named for a country whose name is an English word too
   * (<i>The Japan Aerospace Exploration Agency</i>, <i>Turkey</i>, <i>Chad</i>): the country's name
   * is its proper part. Not a country's own body by its kind (<i>China Foreign Ministry</i>: see
   * {@link DemonymBodyRule}).
   */
  private boolean namedForItsCountry(Candidate c, int end) {
    if (type != EntityType.ORG || end < 3 || DemonymBodyRule.isKind(key(c.words(), 1, end))) {
      return false;
    }
    for (EntityDictionary.Alias a : dict.singleWordAliases(c.first().folded())) {
      String kind = dict.placeFactsOf(a.entity()).kind();
      if (dict.entity(a.entity()).type() == EntityType.PLACE && ("country".equals(kind) || "historical-country".equals(kind))) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceAfterCapitalThe(Candidate c, int end) {
    Word previous = c.previous();
    List<Word> words = c.words();
    if (previous == null || !previous.original().equals("The") || !c.first().joinedToPrevious() || end >= words.size()) {
      return false;
    }
    Word next = words.get(end);
    return next.shouting() && next.gapBefore() == 2 && next.marksBefore() == Word.OTHER; // " (INEC)"
  }

  /**
   * "the Criminal Division", "the city's Legislative Council": capitalised words of English after
   * a lower-case "the", or a lower-case possessive that stands where "the" would, in running text
   * are a name, as the capitals say.
   */
  private static boolean inRunningText(Candidate c) {
    Word previous = c.previous();
    return afterLowercaseThe(c)
        || (previous != null && c.first().joinedToPrevious() && previous.possessive() && !previous.capitalized());
  }

  /**
   * A body's whole capitalised run after a lower-case word of letters that is no word of grammar,
   * with nothing between: the writer capitalised the words that follow (<i>votes for the
   * opposition Unity Party</i>), where a title-case headline would capitalise that word too.
   */
  private boolean afterLowercaseWord(Candidate c, int end, int n) {
    Word previous = c.previous();
    if (type != EntityType.ORG || end != n || previous == null || !c.first().joinedToPrevious()
        || c.first().marksBefore() != 0 || WordList.FUNCTION_WORDS.contains(previous.folded())) {
      return false;
    }
    String p = previous.original();
    if (p.length() < 2) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) < 'a' || p.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean afterLowercaseThe(Candidate c) {
    Word previous = c.previous();
    return previous != null && previous.original().equals("the") && c.first().joinedToPrevious();
  }

  /**
   * "Nigeria's Independent National Electoral Commission": a known place's possessive before
   * capitalised English words shows a name in running text, as a lower-case "the" does.
   */
  private boolean afterPossessivePlace(Candidate c) {
    Word previous = c.previous();
    return previous != null && c.first().joinedToPrevious()
        && (possessivePlace(previous) || (previous.possessive() && c.context().mentionEndingWith(previous) >= 0));
    // ... or any known name's: "the Justice Department's Environment and Natural Resources Division"
  }

  /**
   * The cheap half of {@link #lowercaseHeadAfter}: a lower-case word of a kind this rule knows
   * right after the {@code n} capitalised words. Without it a single capitalised word is no name
   * of this shape, which {@link #match} finds out before any dictionary look-up.
   */
  private boolean mayHaveLowercaseHead(List<Word> words, int n) {
    if (n >= words.size() || n > 4) {
      return false;
    }
    Word head = words.get(n);
    return !head.capitalized() && head.joinedToPrevious() && lowercaseHeads.contains(head.folded());
  }

  private boolean possessivePlace(Word w) {
    if (!w.possessive()) {
      return false;
    }
    for (EntityDictionary.Alias a : dict.singleWordAliases(w.folded())) {
      if (dict.entity(a.entity()).type() == EntityType.PLACE && !dict.placeFactsOf(a.entity()).town()) {
        return true;
      }
    }
    return false;
  }

  /** Heads of a country's mission abroad, after its people's word (<i>the U.S. Embassy</i>, <i>Israeli Consulate</i>). */
  private static final Set<String> MISSIONS = Set.of("embassy", "consulate");

  /**
   * <i>the U.S. Embassy</i>, <i>the Israeli Embassy</i>, <i>American Consulate</i>: a country's
   * mission, named by the country's own name (<i>United States Embassy</i>) however its people's
   * word is spelled, and a mention of the country too. Only where the mission's word ends the
   * capitalised words (<i>the U.S. Embassy guards</i>, not <i>U.S. Embassy Row Association</i>).
   */
  private Mention countrysMission(Candidate c) {
    List<Word> words = c.words();
    Word head = words.get(1);
    if (!MISSIONS.contains(head.folded()) || !head.continuesName(words.get(0))
        || (words.size() > 2 && words.get(2).joinedToPrevious() && words.get(2).capitalized())) {
      return null;
    }
    List<Integer> countries = new java.util.ArrayList<>(dict.demonymOf(words.get(0).folded(), c.context().yearForLinking()));
    if (countries.isEmpty()) {
      for (EntityDictionary.Alias a : dict.singleWordAliases(words.get(0).folded())) {
        if ("country".equals(dict.placeFactsOf(a.entity()).kind())) {
          countries.add(a.entity()); // "U.S. Embassy", "China Embassy": the country's own name
        }
      }
    }
    if (countries.size() != 1 || dict.entity(countries.get(0)).type() != EntityType.PLACE) {
      return null;
    }
    Entity country = dict.entity(countries.get(0));
    String kind = head.folded().equals("embassy") ? "Embassy" : "Consulate";
    Entity mission = new Entity(EntityType.ORG, country.canonical() + " " + kind, "-", false);
    return new Mention(2, mission, reason, List.of(country));
  }

  private Mention mention(Candidate c, int n) {
    List<Word> words = c.words();
    if (listedAfterInitials(words, n)) {
      return null; // "U. S. Senate": the country's letters and a listed body, read by the dictionary
    }
    int named = n;
    while (type == EntityType.ORG && named > 2 && LEGAL_FORMS.contains(words.get(named - 1).folded())) {
      named--; // "Tokai Rika Co. Ltd." and "Tokai Rika" are one company
    }
    Entity entity = new Entity(type, nameOf(words, named), "-", false);
    if (!c.queryMode()) {
      c.context().rememberUnknownName(key(words, 0, named), entity); // "Tokai Rika" later is the company
      int shortName = named;
      while (type == EntityType.ORG && shortName > 1 && COMPANY_FORMS.contains(words.get(shortName - 1).folded())) {
        shortName--;
      }
      if (shortName < named && CapitalisedPhrase.hasProperWord(dict, words, shortName)) {
        c.context().rememberUnknownName(key(words, 0, shortName), entity); // "VECO" after "VECO Corporation"
        if (shortName > 1 && CapitalisedPhrase.hasProperWord(dict, words, 1)
            && !CapitalisedPhrase.hasProperWord(dict, words.subList(1, shortName), shortName - 1)) {
          c.context().rememberUnknownName(key(words, 0, 1), entity); // "Caddell" after "Caddell Construction Company"
        }
      }
    }
    return new Mention(n, entity, reason);
  }

  /**
   * "candidate Atiku Abubakar and Labor Party", "in Bangladesh and Sri Lanka and Foreign Office
   * Consultations", "WPIX and Emerson College": two or more words before "and" with one that is
   * no English word, or an abbreviation alone, are a name of their own, listed beside the body, not
   * part of it. A body's own "and" joins words of
   * English (<i>National Oceanic and Atmospheric Administration</i>) or single names (<i>Procter
   * and Gamble Company</i>).
   */
  private boolean namesBeforeAnd(Candidate c, int end) {
    List<Word> words = c.words();
    Word previous = c.previous();
    // inside a capitalised run the words before count too: "Atiku Abubakar and Labor Party" read from "Abubakar"
    boolean runGoesBack = previous != null && previous.capitalized() && previous.latin() && c.first().joinedToPrevious();
    int start = 0;
    for (int i = 1; i < end; i++) {
      if (!words.get(i).folded().equals("and")) {
        continue;
      }
      boolean before = start == 0 && runGoesBack;
      if (i - start == 1 && !before && words.get(start).shouting() && i + 1 < end && words.get(i + 1).hasLowercase()) {
        return true; // "a poll by WPIX and Emerson College": an abbreviation is a name of its own
      }
      if (i - start + (before ? 1 : 0) >= 2) {
        if (before && !dict.isEnglishWord(previous.folded())) {
          return true;
        }
        for (int k = start; k < i; k++) {
          if (!dict.isEnglishWord(words.get(k).folded()) && !CapitalisedPhrase.isConnector(words.get(k))) {
            return true;
          }
        }
        if (!before && listedPlace(words, start, i)) {
          return true; // "the United States and European Union": a country, then a body, no one body
        }
      }
      start = i + 1;
    }
    return false;
  }

  /** "the Army and Parliament": a kind before "and" ends a body of its own; two bodies, not one. */
  private boolean kindBeforeAnd(List<Word> words, int end) {
    for (int i = 1; i < end; i++) {
      if (words.get(i).folded().equals("and") && heads.contains(words.get(i - 1).folded())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the kind ending the first {@code end} words, the whole capitalised phrase, makes a
   * name of them although every word is English (<i>State Street Global Advisors</i> goes on, so
   * <i>State Street</i> inside it is not taken here).
   */
  boolean namesAlone(Candidate c, int end) {
    return end >= wordsNamingAlone && headsNamingAlone.contains(c.words().get(end - 1).folded());
  }

  /**
   * Whether the last two of the first {@code end} words name a body by their kind alone, however
   * the phrase goes on (<i>Superior Court</i> in <i>Superior Court Judge Ann Lee</i>); none by
   * default.
   */
  boolean namedByItsKind(List<Word> words, int end) {
    return false;
  }

  /** The canonical name of the first {@code n} words, as written. */
  String nameOf(List<Word> words, int n) {
    return CapitalisedPhrase.name(words, 0, n);
  }

  /** The folded words of a name, as a text's memory of unknown names keys them. */
  static String key(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i > from ? " " : "").append(words.get(i).folded());
    }
    return sb.toString();
  }

  /** The words that say a body is a company, which its name said again may leave out. */
  private static final Set<String> COMPANY_FORMS = Set.of("co", "inc", "ltd", "llc", "corp", "plc", "incorporated",
      "limited", "corporation", "company", "holdings");

  /** A company's legal form, which its name in facets does without. */
  private static final Set<String> LEGAL_FORMS = Set.of("co", "inc", "ltd", "llc", "corp", "plc", "incorporated", "limited");

  /**
   * Whether the words before {@code end} name one of the {@link #INSTITUTIONS}: capitalised words,
   * none a word of grammar, before the kind (<i>Temple University</i>; not <i>The University</i>).
   */
  private static boolean institutionNamed(List<Word> words, int end) {
    if (!INSTITUTIONS.contains(words.get(end - 1).folded())) {
      return false;
    }
    for (int i = 0; i < end - 1; i++) {
      Word w = words.get(i);
      if (!w.capitalized() || w.shouting() || WordList.FUNCTION_WORDS.contains(w.folded())) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words from {@code from} to {@code to} spell exactly a place the dictionary lists. */
  private boolean listedPlace(List<Word> words, int from, int to) {
    java.util.List<String> folded = new java.util.ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      folded.add(words.get(k).folded());
    }
    for (EntityDictionary.Alias a : dict.aliasesOf(folded)) {
      if (dict.entity(a.entity()).type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words begin with initials and what follows them up to {@code n} is a listed name:
   * the dictionary reads the two (<i>U. S. Senate</i>); initials before a name nobody listed are
   * the shape's (<i>J. S. Kemp Manufacturing Company</i>, <i>U. S. District Court</i>).
   */
  private boolean listedAfterInitials(List<Word> words, int n) {
    int k = 0;
    while (k < n && words.get(k).initials()) {
      k++;
    }
    if (k == 0 || k >= n) {
      return false;
    }
    List<String> rest = new java.util.ArrayList<>(n - k);
    for (int i = k; i < n; i++) {
      rest.add(words.get(i).folded());
    }
    return dict.aliasesOf(rest).length > 0;
  }

  /**
   * The mention of a mission abroad naming the place it is in too (<i>the Embassy in Korea</i>:
   * the embassy, and South Korea), when the words after "in" are one listed place.
   */
  private Mention withThePlace(Mention mission, List<Word> words, int from, int to, int year) {
    if (mission == null) {
      return null;
    }
    List<String> folded = new java.util.ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      folded.add(words.get(i).folded());
    }
    String key = String.join(" ", folded);
    int place = EraNames.dependsOnYear(key) ? eras.meantIn(key, year) : -1; // "the Embassy in Korea" in 1958: South Korea
    if (place < 0) {
      EntityDictionary.Alias[] places = dict.aliasesOf(folded);
      place = places.length == 1 ? places[0].entity() : -1;
    }
    if (place < 0 || dict.entity(place).type() != EntityType.PLACE) {
      return mission;
    }
    return new Mention(mission.words(), mission.entity(), mission.reason(), List.of(dict.entity(place)));
  }
}
