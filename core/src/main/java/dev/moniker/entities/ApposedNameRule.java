package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person nobody listed, whose given name is in no list either, named in full where the words
 * after the name say person: an apposition of what the person is (<i>Endy Bayuni, a senior editor
 * at the Jakarta Post</i>; <i>Tekle Haileab, the party's spokesman</i>), <i>, who</i>, or a
 * verb of speaking (<i>Zlatica Hoke reports</i>, <i>Oyelaran Adebisi said</i>). News introduces
 * most people it names so.
 *
 * <p>Two capitalised words of letters, neither a lower-case English word, a title, a demonym or
 * a name the dictionary lists as a place or body, and no third capitalised word (a longer name is
 * some other rule's). The roles are in {@code person-roles.txt}; the analysis reads up to {@link
 * #WORDS_AFTER_COMMA} words past the comma for them ({@link #readsOn}). Companies speak too
 * (<i>Hyundai Mobis said</i>): the speaking verbs are only those news uses for people most.
 */
final class ApposedNameRule implements RecognitionRule {

  /** How many words after the comma an apposition's role may come: "a senior editor". */
  static final int WORDS_AFTER_COMMA = 3;

  private static final Set<String> ROLES = WordList.load("person-roles.txt");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final Set<String> SPEAKING = Set.of("said", "says", "told", "tells", "reports", "reported",
      "wrote", "writes", "recalled", "recalls");

  private final EntityDictionary dict;

  ApposedNameRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    if (c.queryMode() || words.size() < 3) {
      return null;
    }
    Word given = words.get(0);
    Word family = words.get(1);
    Word after = words.get(2);
    if (!family.joinedToPrevious() || given.possessive() || family.possessive() || after.capitalized()) {
      return null;
    }
    boolean speaks = after.joinedToPrevious() && SPEAKING.contains(after.folded());
    if (!speaks && !(after.afterComma() && apposition(words, 2))) {
      return null; // the cheap test first: most capitalised pairs have no such words after them
    }
    if (!namePart(given) || !namePart(family)) {
      return null;
    }
    Entity person = new Entity(EntityType.PERSON, form(given) + " " + form(family), "-", false);
    c.context().rememberUnknownPerson(family.folded(), person);
    return new Mention(2, person, Reason.GIVEN_NAME);
  }

  /** ", who", ", a senior editor", ", the party's spokesman": the words after the comma at {@code at}. */
  private static boolean apposition(List<Word> words, int at) {
    Word first = words.get(at);
    if (first.capitalized()) {
      return false;
    }
    if (first.folded().equals("who")) {
      return true;
    }
    int k = ARTICLES.contains(first.original()) ? at + 1 : at;
    for (int seen = 0; k < words.size() && seen < WORDS_AFTER_COMMA && (k == at || words.get(k).joinedToPrevious());
        k++, seen++) {
      Word w = words.get(k);
      if (ROLES.contains(w.folded()) && !w.possessive()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the analysis should read one more word past a comma so that this rule can see an
   * apposition: the words are two capitalised words, a comma, and fewer than {@link
   * #WORDS_AFTER_COMMA} + 1 lower-case words joined after it.
   */
  static boolean readsOn(List<Word> words) {
    int n = words.size();
    if (n < 3 || n > 3 + WORDS_AFTER_COMMA || !words.get(1).joinedToPrevious() || !words.get(2).afterComma()
        || !words.get(0).capitalized() || !words.get(1).capitalized() || !words.get(0).latin()
        || words.get(0).initials() || words.get(1).initials()) {
      return false;
    }
    for (int i = 2; i < n; i++) {
      Word w = words.get(i);
      if (w.capitalized() || (i > 2 && !w.joinedToPrevious()) || ROLES.contains(w.folded()) || w.folded().equals("who")) {
        return false; // a capital, a stop, or the role already seen: nothing more to read
      }
    }
    return n < 3 + WORDS_AFTER_COMMA;
  }

  private boolean namePart(Word w) {
    String f = w.folded();
    return w.latin() && w.capitalized() && !w.initials() && !w.shouting() && f.length() >= 2
        && f.chars().allMatch(Character::isLetter) && !dict.isEnglishWord(f)
        && !Titles.SET.contains(f) && !WordList.FUNCTION_WORDS.contains(f)
        && (!dict.isSingleWordAlias(f) || !dict.withSurname(f).isEmpty()) && dict.demonymOf(f, 0).isEmpty();
  }

  private static String form(Word w) {
    String s = w.original();
    return w.hasLowercase() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
