package dev.moniker.entities;

import dev.moniker.Internal;
import dev.moniker.entities.RecognitionRule.Candidate;
import java.util.List;

/**
 * Decides whether the words at a point of a text name an entity. A sentence's first word that only
 * the sentence capitalised ({@link PlainOpening}) starts nothing. An abbreviation the text
 * defined in brackets ({@link DefinedAcronymRule}) is that name before anything else; then the
 * rules are tried in this order, and the first that answers wins:
 *
 * <ol>
 *   <li>{@link PartyStateRule}: a U.S. lawmaker's party and state (<i>(R-FL)</i>);
 *   <li>{@link DictionaryRule}: a listed spelling, in any script, longest first (with middle
 *       initials, honorific suffixes, and known names in lower case);
 *   <li>{@link RememberedNameRule}: a name the text gave in full, said again (<i>Tokai Rika</i>);
 *   <li>{@link TeamNicknameRule}: a team's nickname after its full name (<i>the Bills</i>);
 *   <li>{@link PlaceAbbreviationRule}: <i>Miss.</i> in <i>Jackson, Miss.</i>;
 *   <li>{@link KindOfCountryRule}: <i>the Government of Iraq</i>;
 *   <li>{@link NationalBodyRule}: <i>the Army</i>, <i>Parliament</i> of the country the text
 *       named;
 *   <li>{@link RegionOfPlaceRule}: a part of a place by its direction (<i>Southern California</i>);
 *   <li>{@link RomanizationRule}: an unlisted romanization of a known Korean or Chinese name;
 *   <li>{@link InitialsNameRule}: an unknown person by initials and surname (<i>R.W. Hudson</i>);
 *   <li>{@link GivenNameFirstRule}: an unknown Korean or Chinese name written given name first
 *       (<i>Hyun-jin Ryu</i>), before the Western reading would take its family name for a word
 *       (<i>Ji Sung Park</i>);
 *   <li>{@link WesternNameRule}: an unknown Western name, a given name before a surname;
 *   <li>{@link NameShapeRule}: an unknown Korean or Chinese name, by its shape;
 *   <li>{@link JapaneseNameRule}: an unknown Japanese name, by its Hepburn shape;
 *   <li>{@link TitledNameRule}: an unknown person named in full after a title (<i>Vice President
 *       Kalonzo Musyoka</i>);
 *   <li>{@link ListedNameRule}: an unknown person beside another in a list (<i>Ilhan Omar and
 *       Pramila Jayapal</i>);
 *   <li>{@link ApposedNameRule}: an unknown person whom an apposition or a verb of speaking
 *       shows (<i>Endy Bayuni, a senior editor</i>);
 *   <li>{@link DemonymRule}: a word for a country's people (<i>Soviet</i>);
 *   <li>{@link ShortMentionRule}: a family name alone or after a title;
 *   <li>{@link TypoRule}: a capitalised misspelling of an entity the text already named.
 * </ol>
 *
 * <p>Then the shapes of names nobody listed: {@link OrgShapeRule} (<i>... Authority</i>, <i>University
 * of ...</i>), {@link PlaceShapeRule} (<i>... County</i>), {@link TeamShapeRule} (<i>the Boston
 * Red Sox</i>) and {@link PlaceBeforeStateRule} (<i>Harpers Ferry, West Virginia</i>), whose
 * mention wins when it is longer
 * than the one the rules found: <i>Ohio State University</i> is no mention of Ohio.
 *
 * <p>A word damaged by scanning ({@link ScanRepair}) is repaired before the rules see it. The later
 * rules depend on what the text said before, kept in a {@link TextContext}: one
 * recognizer reads one text at a time, start to end, and {@link #reset()} starts the next, unless
 * an {@link ArticleScope} is open, whose context the fields of one article share. In query mode
 * the text is a query: nothing is remembered, and nothing is guessed from context.
 */
@Internal
public final class EntityRecognizer {

  /** Most words a recognizer needs to see at once. */
  public final int window;

  private final EntityDictionary dict;
  private final boolean queryMode;
  private final DictionaryRule dictionary;
  /** Abbreviations the text defined (<i>Foreign Correspondents' Club (FCC)</i>), read first. */
  private final DefinedAcronymRule acronyms = new DefinedAcronymRule();
  private final List<RecognitionRule> rules;
  private final GivenNameFirstRule givenNameFirst;
  /**
   * The last of the rules that read known entities from the words and the text (the dictionary, a
   * name said before, a team's nickname, a state's abbreviation, a country's body by its generic
   * name): a shape waits for their answers, then wins where a later rule finds nothing.
   */
  private final RecognitionRule lastKnownEntityRule;
  /** Names of things by their shape; one wins over an earlier rule's shorter mention. */
  private final List<RecognitionRule> shapes;
  private final TextContext own = new TextContext(0, false);
  private final java.util.Map<Integer, List<String>> surnameKeys = new java.util.HashMap<>();
  private TextContext context = own;

  public EntityRecognizer(EntityDictionary dict, boolean queryMode) {
    this.dict = dict;
    this.queryMode = queryMode;
    this.dictionary = new DictionaryRule(dict);
    WesternNameRule western = new WesternNameRule(dict);
    NameShapeRule nameShape = new NameShapeRule(dict);
    DemonymBodyRule demonymBody = new DemonymBodyRule(dict);
    this.givenNameFirst = new GivenNameFirstRule(dict, nameShape);
    this.rules =
        List.of(
            new PartyStateRule(dict),
            new KindOfPlaceRule(dict, dictionary),
            dictionary,
            new RememberedNameRule(),
            new TeamNicknameRule(dict),
            new PlaceAbbreviationRule(dict),
            new KindOfCountryRule(dict),
            new NationalBodyRule(dict),
            new DirectionCountryRule(dict),
            new RegionOfPlaceRule(dict),
            demonymBody,
            new VietnameseNameRule(dict),
            new RomanizationRule(dict),
            new InitialsNameRule(dict),
            givenNameFirst,
            western,
            nameShape,
            new CantoneseNameRule(),
            new JapaneseNameRule(dict),
            new TitledNameRule(dict),
            new ListedNameRule(dict, western),
            new ApposedNameRule(dict),
            new DemonymRule(dict),
            new ShortMentionRule(dict),
            new BracketedOfficeHolderRule(dict),
            new TypoRule(dict));
    this.lastKnownEntityRule = demonymBody;
    this.shapes = List.of(new OrgShapeRule(dict), new PlaceShapeRule(dict), new TeamShapeRule(dict),
        new PlaceBeforeStateRule(dict));
    this.window = Math.max(dict.maxAliasWords(), Syllables.MAX_NAME_WORDS) + 1;
  }

  /** Starts the next text: forgets the previous one, or joins the open article's context. */
  public void reset() {
    shipName = null;
    ArticleScope scope = queryMode ? null : ArticleScope.current();
    if (scope != null) {
      context = scope.context();
    } else {
      context = own;
      own.forget();
    }
  }

  /** The context this recognizer reads and writes now. */
  TextContext context() {
    return context;
  }

  /**
   * Keeps the mention the last {@link #recognize} call left unlinked for ambiguity, at these
   * offsets, for {@link ArticleScope#abstentions()}.
   */
  public void placeAbstention(int start, int end) {
    context.placeAbstention(start, end);
  }

  /**
   * How many words the mention left unlinked by the last {@link #recognize} call spans (<i>Port
   * Arthur</i>: 2), so that {@code moniker analyze} shows the whole name; 1 when unknown.
   */
  public int abstentionWords() {
    return abstentionWords;
  }

  private int abstentionWords = 1;

  /** The word before the previous one of the words being recognised, as written, or null. */
  private String beforePrevious;

  /** The words of the ship's name being read, after its prefix; null elsewhere. */
  private List<Word> shipName;

  private static List<Word> capitalisedRun(List<Word> words) {
    int n = 1;
    while (n < words.size() && words.get(n).joinedToPrevious() && words.get(n).capitalized()) {
      n++;
    }
    return List.copyOf(words.subList(0, n));
  }

  /** Prefixes of ships' names, as written: what follows names a ship, not its namesake. */
  private static final java.util.Set<String> SHIP_PREFIXES =
      java.util.Set.of("USS", "USNS", "USCGC", "HMS", "HMAS", "HMCS", "HMNZS", "RMS", "MV", "SS", "ROKS", "INS");

  /**
   * Kinds of vessel, in lower case, before a ship's name: <i>the cruiser North Dakota</i>, <i>the
   * steamer City of Paris</i>, <i>the ferry Sewol</i> name ships, not the state, city or person.
   */
  private static final java.util.Set<String> VESSEL_KINDS = WordList.load("vessel-kinds.txt");

  /** Particles of family names (<i>al</i>, <i>bin</i>, <i>van</i>): a name goes on after one (<i>Nimr al-Nimr</i>). */
  private static final java.util.Set<String> PARTICLES = WordList.load("surname-particles.txt");

  /**
   * Whether reading one more word after {@code words} could still change the answer: after a
   * capitalised word while a Korean or Chinese name may go on (up to three words), or while the
   * words begin some dictionary spelling. Keeps look-ahead, and its cost, to what a mention could
   * need.
   */
  public boolean mayContinue(List<Word> words) {
    if (readsOn(words)) {
      return true;
    }
    Word last = words.get(words.size() - 1);
    if (words.size() < Syllables.MAX_NAME_WORDS
        && (queryMode || last.capitalized() || last.nativeScript()
            || (words.size() > 1 && dict.startsLowercaseName(words.get(0).folded()))
            || (words.size() > 1 && last.afterHyphen() && words.get(words.size() - 2).capitalized())
            || (words.size() > 1 && PARTICLES.contains(last.folded()) && words.get(words.size() - 2).capitalized()))) {
      return true; // a name of syllables may go on after a capitalised word ("Sang-hoon Baek"), or after a particle
    }
    if (words.size() > 2 && words.size() < 5 && PARTICLES.contains(last.folded())
        && PARTICLES.contains(words.get(words.size() - 2).folded()) && words.get(words.size() - 3).capitalized()) {
      return true; // two particles: "Humberto de la Calle"
    }
    if (!queryMode && words.size() < CapitalisedPhrase.MAX_WORDS && words.get(0).capitalized()
        && (last.capitalized() || (words.size() > 1 && (CapitalisedPhrase.isConnector(last)
            || CapitalisedPhrase.postAbroadIn(words, words.size() - 1))))) {
      return true; // a capitalised phrase may go on to "... University" or "... County"
    }
    if (words.size() >= 2 && words.size() < 5 && last.initials()) {
      return true; // a middle initial: "Nikita S." may go on to "Khrushchev"
    }
    return dictionary.prefixContinues(words);
  }

  /**
   * Whether to read on past words that no longer continue a name, because what follows may say
   * who the name is: an apposition after two capitalised words and a comma (<i>Endy Bayuni, a
   * senior editor</i>; see {@link ApposedNameRule}), or a state's whole name after a town and a
   * comma (<i>Fairmont, North Carolina</i>; see {@link PlaceBeforeStateRule}), or the family name
   * after a quoted nickname (<i>Thomas "Tip" O'Neill</i>; see {@link QuotedNickname}).
   */
  public boolean readsOn(List<Word> words) {
    return !queryMode
        && (ApposedNameRule.readsOn(words) || PlaceBeforeStateRule.readsOn(words) || QuotedNickname.readsOn(words)
            || KindOfCountryRule.readsOn(words));
  }

  /**
   * Whether a word no mention took may still be a name: capitalised, of letters, and no common
   * English word. Such words are what a plain phrase query for a name finds where recognition
   * linked nothing.
   */
  public boolean mayBeUnlinkedName(Word w) {
    if (!w.latin() || !w.capitalized() || w.folded().length() < 2 || dict.isEnglishWord(w.folded())) {
      return false;
    }
    for (int i = 0; i < w.folded().length(); i++) {
      if (!Character.isLetter(w.folded().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a mention may start at this word; false for most words, which then cost nothing. */
  public boolean mayStart(Word w) {
    return mayStart(w.original(), w.folded());
  }

  /**
   * Whether a mention may start at a word written {@code text}: one in Hangul or Han, a Latin one
   * with a capital, in a query any Latin one, and else a lower-case one that starts a known name
   * of several words ({@code kim} in <i>kim jong un</i>), looked up as {@code key}. The one test
   * both for a {@link Word} and for a token's raw text, which the analysis filter asks before it
   * makes a word of it; checks the first character's script only where it is not ASCII.
   */
  public boolean mayStart(CharSequence text, CharSequence key) {
    if (text.length() == 0) {
      return false;
    }
    char first = text.charAt(0);
    if (first < 0x80) { // nearly every word of English text: no script lookup
      if (first >= 'A' && first <= 'Z') {
        return true;
      }
      return first >= 'a' && first <= 'z' && (queryMode || dict.startsLowercaseName(key));
    }
    int cp = Character.codePointAt(text, 0);
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN) {
      return true;
    }
    return script == Character.UnicodeScript.LATIN
        && (queryMode || Character.isUpperCase(cp) || dict.startsLowercaseName(key));
  }

  /**
   * The mention starting at {@code words.get(0)}, or null.
   *
   * @param words the word and up to {@link #window} - 1 words after it
   * @param previous the word before, or null at the start of the text
   */
  public Mention recognize(List<Word> words, Word previous) {
    return recognize(words, previous, null);
  }

  /**
   * The mention starting at {@code words.get(0)}, or null, knowing one more word back.
   *
   * @param beforePrevious the word before {@code previous} as written, or null: a kind of place
   *     before "of" says which namesake (<i>the state of Georgia</i>)
   */
  public Mention recognize(List<Word> words, Word previous, String beforePrevious) {
    this.beforePrevious = beforePrevious;
    abstentionWords = 1;
    if (!mayStart(words.get(0))) {
      return null;
    }
    if (!queryMode && previous != null && (SHIP_PREFIXES.contains(previous.original())
        || (!previous.capitalized() && VESSEL_KINDS.contains(previous.folded())))) {
      shipName = capitalisedRun(words);
      return null; // "the USS Ronald Reagan" is a ship: its name is nobody's mention
    }
    if (shipName != null) {
      boolean inside = shipName.stream().anyMatch(w -> w == words.get(0));
      if (inside) {
        return null; // nor is "Elizabeth" in "HMS Queen Elizabeth"
      }
      shipName = null;
    }
    if (!queryMode && dict.plainOpening().startsNoMention(words, previous, context, dictionary)) {
      return null; // "Another pet ...": a word only the sentence capitalised, asked of no rule
    }
    int nickname = queryMode ? -1 : QuotedNickname.at(words);
    if (nickname < 0) {
      return recognizeAt(words, previous);
    }
    Mention m = recognizeAt(QuotedNickname.without(words, nickname), previous);
    return m == null || m.words() <= nickname ? m : new Mention(m.words() + 1, m.entity(), m.reason(), m.also());
  }

  private Mention recognizeAt(List<Word> words, Word previous) {
    List<Word> repaired = queryMode ? null : ScanRepair.repaired(words);
    Candidate candidate = new Candidate(repaired != null ? repaired : words, previous, context, queryMode, beforePrevious);
    Mention defined = acronyms.match(candidate);
    if (defined != null) {
      remember(defined, candidate.first());
      return defined; // the text's own definition comes before any rule's reading
    }
    Mention shape = queryMode ? null : longestShape(candidate);
    if (shape != null && shape.entity().type() == EntityType.PLACE) {
      Mention person = givenNameFirst.read(candidate);
      if (person != null && (person.words() >= shape.words()
          || candidate.words().get(person.words()).folded().equals("of"))) {
        // "Ji Sung Park" is a man, not a park, and "Choong Hoon Park of Korea" a man of Korea:
        // the rules, in their order, say who
        context.forgetUnknownName(ShapeRule.key(candidate.words(), 0, shape.words()), shape.entity());
        shape = null;
      }
    }
    boolean knownEntityRules = true;
    for (RecognitionRule rule : rules) {
      Mention m = rule.match(candidate);
      if (m != null && shape != null && !m.stops() && m.entity().equals(shape.entity()) && knownEntityRules) {
        m = null; // the shape's own name, remembered as it was read, is no earlier mention
      }
      if (m == null && shape != null && knownEntityRules && rule != lastKnownEntityRule) {
        continue; // "In China the Communist Party": the country's party by its generic name, before the shape
      }
      knownEntityRules &= rule != lastKnownEntityRule;
      if (m != null && !m.stops() && endsInsideAName(candidate.words(), m.words())) {
        continue; // "Pak Se-ri" is no Pakse: the name goes on past the hyphen, let another rule read it
      }
      if (m != null && !m.stops() && m.entity().type() != EntityType.ORG && namesAnHonour(candidate.words(), m.words())) {
        continue; // "Stanley Cup", "Conn Smythe Trophy", "Cy Young Award": a prize, not Stanley or Connecticut
      }
      if (m != null && m.stops()) {
        if (shape == null || (m != Mention.STOP && shape.words() <= m.words())) {
          abstentionWords = Math.max(1, m.words());
          return null; // several known entities fit these words: no unknown one made of them
        }
        m = shape;
      }
      if (shape != null && m != null && m.entity().type() == EntityType.ORG
          && shape.words() >= m.words() + 2 && shape.entity().type() == EntityType.ORG) {
        m = new Mention(shape.words(), shape.entity(), shape.reason(), List.of(m.entity()));
        // "Senate Foreign Relations Committee" names a committee of the Senate, and the Senate
      } else if (shape != null && (m == null || (shape.words() > m.words() && m.entity().type() != EntityType.ORG))) {
        m = shape; // "Ohio State University" is no mention of Ohio; "NATO Council" is NATO's
      }
      if (m != null) {
        m = withParent(m);
        if (repaired != null) {
          m = new Mention(m.words(), m.entity(), Mention.Reason.SCAN_REPAIR, m.also());
        }
        context.clearPendingAbstention();
        if (!queryMode) {
          remember(m, candidate.words().get(m.words() - 1));
          rememberOffice(m, candidate.previous());
          rememberListGoesOn(m, candidate.words());
          DefinedAcronymRule.define(candidate.words(), m.words(), m.entity(), context);
        }
        return m;
      }
    }
    if (shape != null) {
      context.clearPendingAbstention();
      remember(shape, candidate.words().get(shape.words() - 1));
      DefinedAcronymRule.define(candidate.words(), shape.words(), shape.entity(), context);
    }
    return shape;
  }

  /**
   * Whether a mention of {@code n} words would end before a lower-case syllable hyphened to its
   * last word (<i>Pak Se</i> of <i>Pak Se-ri</i>): a Korean or Chinese given name goes on there.
   * <i>Seoul-based</i> ends nothing: <i>based</i> is no syllable.
   */
  private boolean endsInsideAName(List<Word> words, int n) {
    if (n < 1 || n >= words.size()) {
      return false;
    }
    Word next = words.get(n);
    if (!next.afterHyphen() || next.capitalized() || !words.get(n - 1).capitalized()) {
      return false;
    }
    String f = next.folded();
    return dict.names().table(RomanizedNames.KOREAN).isSyllable(f) || dict.names().table(RomanizedNames.CHINESE).isSyllable(f);
  }

  /** Words that end the name of a prize, a trophy or a tournament (<i>French Open</i>). */
  private static final java.util.Set<String> HONOURS = java.util.Set.of("cup", "trophy", "award", "awards", "prize",
      "medal", "open", "championship", "championships", "invitational");

  /**
   * Whether the capitalised words of a mention of {@code n} words, with up to two more joined to
   * them, end in the kind of a prize (<i>Stanley Cup</i>, <i>Conn Smythe Trophy</i>): the words
   * name the prize, whoever it was named after.
   */
  private static boolean namesAnHonour(List<Word> words, int n) {
    if (HONOURS.contains(words.get(n - 1).folded())) {
      return true;
    }
    for (int i = n; i < Math.min(words.size(), n + 3); i++) {
      Word w = words.get(i);
      if (!w.joinedToPrevious() || !w.capitalized()) {
        return false;
      }
      if (HONOURS.contains(w.folded())) {
        return true;
      }
    }
    return false;
  }

  private Mention longestShape(Candidate candidate) {
    Mention best = null;
    for (RecognitionRule rule : shapes) {
      Mention m = rule.match(candidate);
      if (m != null && (best == null || m.words() > best.words())) {
        best = m;
      }
    }
    return best;
  }

  /** A mention of a part (the UN Security Council) names its whole (the UN) too. */
  private Mention withParent(Mention m) {
    int ordinal = dict.ordinalOf(m.entity());
    int parent = ordinal < 0 ? -1 : dict.partOf(ordinal);
    if (parent < 0 || m.also().contains(dict.entity(parent))) {
      return m;
    }
    List<Entity> also = new java.util.ArrayList<>(m.also());
    also.add(dict.entity(parent));
    return new Mention(m.words(), m.entity(), m.reason(), List.copyOf(also));
  }

  /**
   * "Deputy Prime Minister Choong Hoon Park ... President Park": the title of office before an
   * unknown person's full name, so that a later family name after another title is not taken for
   * this person ({@link ShortMentionRule}).
   */
  private void rememberOffice(Mention m, Word previous) {
    if (previous != null && m.words() > 1 && m.entity().type() == EntityType.PERSON && !m.entity().known()
        && Titles.isOffice(previous.folded())) {
      context.rememberOffice(m.entity(), previous.folded());
    }
  }

  /** "Ilhan Omar and Pramila Jayapal": after a person, "and" and a capital go on with a list of people. */
  private void rememberListGoesOn(Mention m, List<Word> words) {
    int and = m.words();
    if (m.entity().type() == EntityType.PERSON && and + 1 < words.size()
        && words.get(and).folded().equals("and") && words.get(and).joinedToPrevious()
        && words.get(and + 1).joinedToPrevious() && words.get(and + 1).capitalized()) {
      context.rememberListGoesOn(words.get(and + 1));
    }
  }

  private void remember(Mention m, Word lastWord) {
    Entity e = m.entity();
    int ordinal = dict.ordinalOf(e);
    context.rememberLastMention(lastWord, ordinal, e.type());
    if (ordinal < 0) {
      if (e.type() == EntityType.PERSON && m.words() > 1 && lastWord.capitalized()
          && context.unknownPerson(lastWord.folded()) != e) {
        // "Jin Chul "Jacob" Cha" read as Jin Cheol-ja: the word that ended the name is still no
        // famous person's family name in this text (a later "Cha" is not Victor Cha)
        context.blockSurname(ShortMentionRule.surnameKeys(dict, lastWord.folded()));
      }
      return; // an unknown name: nothing in the dictionary to link short mentions to
    }
    context.rememberNamed(ordinal);
    TeamNicknameRule.remember(dict, ordinal, e, context);
    PlaceFacts place = dict.placeFactsOf(ordinal);
    context.rememberCountry(place.iso());
    context.rememberCountry(place.country());
    context.rememberCountry(place.division());
    for (Entity more : m.also()) {
      int o = dict.ordinalOf(more);
      if (o >= 0) {
        context.rememberNamed(o);
      }
    }
    if (e.type() == EntityType.PERSON && m.reason() != Mention.Reason.SHORT_MENTION) {
      context.rememberFullName(ordinal, surnameKeysOf(ordinal), dict.factsOf(ordinal).eraMiddle());
    }
  }

  /**
   * The keys a family name alone is looked up by, for a known person: the same for every mention
   * of the person, so worked out once per recognizer (a person is named in full again and again).
   */
  private List<String> surnameKeysOf(int ordinal) {
    return surnameKeys.computeIfAbsent(
        ordinal,
        o -> {
          List<String> keys = new java.util.ArrayList<>();
          for (String s : dict.surnamesOf(o)) {
            keys.addAll(ShortMentionRule.surnameKeys(dict, s));
            int space = s.lastIndexOf(' ');
            if (space > 0) { // "Bilawal Bhutto Zardari ... Zardari said": the last of two family names alone, in this text
              keys.addAll(ShortMentionRule.surnameKeys(dict, Folding.fold(s.substring(space + 1))));
            }
          }
          return List.copyOf(keys);
        });
  }
}
