package dev.moniker.entities;

import java.util.List;
import java.util.Set;

/**
 * The first word of a sentence that only the sentence capitalised: a common English word that no
 * list names anything by, before a plain lower-case word (<i>Another pet ...</i>, <i>Officials
 * said ...</i>). Such a word starts no mention, so the recognizer answers it without asking its
 * rules: it is most capitalised words of running text, and asking every rule for each was the
 * larger part of the cost of reading a text.
 *
 * <p>Each condition is what some rule needs to read a name there; none holds, so no rule can:
 * the dictionary's spellings (a word that is one, towns included, or begins one with the next
 * word: <i>The Hague</i>), family names of people it knows (<i>Bush said</i>), names of places
 * that need context, demonyms, titles, words for a person's role, heads of bodies and places,
 * and anything this text named or defined by the word before (<i>Hedge knew</i> after <i>Walter
 * Hedge</i>, by the keys a family name alone is looked up by). A given name or a Korean family
 * name makes no name before a lower-case word. The next word carries no name on: not
 * capitalised, no connector (<i>Bank of</i>), particle, kind of place or body, ship or role, nor
 * the start of a lower-case name. Mid-sentence capitals are left to the rules: there a capital
 * is the writer's. Checked token for token on 1,000 generated and 190 real texts, each also in
 * lower case and capitals: the only answers that changed were words joined into places
 * (<i>Was it</i>: Wasit), which {@link DictionaryRule} no longer makes either.
 *
 * <p>What the dictionary says of a word does not change, so it is worked out once per word and
 * kept ({@link RecentAnswers}); what the text said is asked each time.
 */
final class PlainOpening {

  private static final Set<String> PARTICLES = WordList.load("surname-particles.txt");
  private static final Set<String> ROLES = WordList.load("person-roles.txt");
  private static final Set<String> PERSONAL_TITLES = WordList.load("personal-titles.txt");
  private static final Set<String> VESSEL_KINDS = WordList.load("vessel-kinds.txt");

  private final EntityDictionary dict;

  /** What the dictionary says of a word: whether it names nothing, and its family-name keys. */
  private record Facts(String word, boolean namesNothing, List<String> surnameKeys) {}

  private static final int BITS = 14;

  /**
   * The facts of the words asked about lately, one slot per hash of a word (as in {@link
   * RecentAnswers}): a slot holds an immutable record, so threads share it without locks.
   */
  private final Facts[] recent = new Facts[1 << BITS];

  PlainOpening(EntityDictionary dict) {
    this.dict = dict;
  }

  /**
   * Whether {@code words} open a sentence with a plain word before a plain lower-case word, and
   * the text named nothing by the first word.
   */
  boolean startsNoMention(List<Word> words, Word previous, TextContext context, DictionaryRule dictionary) {
    if (words.size() < 2) {
      return false;
    }
    Word first = words.get(0);
    if (!opensSentence(first, previous) || !titleCaseLetters(first) || first.possessive()) {
      return false;
    }
    Word next = words.get(1);
    if (!plainLowercase(next) || dictionary.spellsOrBegins(first, next)) {
      return false;
    }
    Facts facts = factsOf(first.folded());
    return facts.namesNothing() && !context.mayRecall(facts.surnameKeys(), first.folded(), first.original());
  }

  private Facts factsOf(String f) {
    int slot = (f.hashCode() * 0x9E3779B9) >>> (32 - BITS);
    Facts facts = recent[slot];
    if (facts == null || !facts.word().equals(f)) {
      facts = new Facts(f, namesNothing(f), ShortMentionRule.surnameKeys(dict, f));
      recent[slot] = facts;
    }
    return facts;
  }

  /**
   * At the text's start, or after a period that ends a sentence: after a lower-case word or a
   * number, not after a title (<i>Sen. Warren</i>, <i>rev. Study</i>) or any capitalised word,
   * whose period may shorten it (<i>Gen.</i>, <i>U.S.</i>, <i>Calif.</i>).
   */
  private static boolean opensSentence(Word first, Word previous) {
    if (previous == null) {
      return true;
    }
    int marks = first.marksBefore();
    if (marks == Word.UNKNOWN_MARKS || (marks & Word.PERIOD) == 0 || (marks & ~(Word.PERIOD | Word.QUOTE)) != 0) {
      return false;
    }
    String p = previous.original();
    char c = p.isEmpty() ? ' ' : p.charAt(0);
    if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
      return false;
    }
    String f = previous.folded();
    return p.length() > 1 && !Titles.SET.contains(f) && !Titles.isOffice(f) && !PERSONAL_TITLES.contains(f);
  }

  /** A capital and then lower-case ASCII letters only (<i>Another</i>; not <i>McCain</i>, <i>TxDOT</i>). */
  private static boolean titleCaseLetters(Word w) {
    String s = w.original();
    if (s.length() < 2 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private boolean plainLowercase(Word w) {
    String s = w.original();
    if (w.gapBefore() != 1 || w.marksBefore() != 0 || s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    String f = w.folded();
    return !CapitalisedPhrase.isConnector(w)
        && !PARTICLES.contains(f)
        && !WordList.NAME_HEADS.contains(f)
        && !ROLES.contains(f)
        && !VESSEL_KINDS.contains(f)
        && !dict.startsLowercaseName(f);
  }

  /** Whether no list of the dictionary names anything by this folded word (see the class). */
  private boolean namesNothing(String f) {
    return dict.isEnglishWord(f)
        && dict.withSurname(f).isEmpty()
        && dict.contextAliasOf(f).isEmpty()
        && !dict.isDemonym(f)
        && !Titles.SET.contains(f)
        && !Titles.isOffice(f)
        && !PERSONAL_TITLES.contains(f)
        && !ROLES.contains(f)
        && !WordList.NAME_HEADS.contains(f);
  }
}
