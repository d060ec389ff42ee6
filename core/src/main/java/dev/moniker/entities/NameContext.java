package dev.moniker.entities;

import java.util.List;
import java.util.Set;

/**
 * Whether a capitalised word that is also an English word (<i>Moon</i>, <i>Park</i>, <i>Song</i>)
 * is used as a name where it stands. News prose gives two cheap signs: a capital in the middle of
 * a sentence that no article or possessive determiner precedes ("talks with Moon on Friday", but
 * not "the Moon"), and a reporting verb right after ("Moon said"), which also covers a sentence
 * start. A possessive ("Moon's government") counts as well.
 */
final class NameContext {

  private static final Set<String> DETERMINERS = WordList.load("determiners.txt");

  private static final Set<String> REPORTING_VERBS = WordList.load("reporting-verbs.txt");

  private NameContext() {}

  /**
   * The stronger signs alone: a possessive or a reporting verb right after. For a word that the
   * text has not yet used as anybody's name, a capital in mid-sentence may still be a title, a
   * brand or a headline's style.
   */
  static boolean speaksAsName(List<Word> words) {
    Word w = words.get(0);
    return w.possessive()
        || (words.size() > 1
            && words.get(1).joinedToPrevious()
            && REPORTING_VERBS.contains(words.get(1).folded()));
  }

  /**
   * A capital after a comma or after a sentence's first word of grammar (<i>In truth, Musk
   * knew</i>, <i>But Church knew</i>): not a sentence's start, though a clause's, where a capital
   * may still start a phrase in a title (<i>, Church Street</i>); a sign for a family name the
   * text gave a person before, not for any word.
   */
  static boolean opensAClause(Word w, Word previous) {
    if (previous == null) {
      return false;
    }
    return w.afterComma()
        || (w.gapBefore() == 1 && previous.capitalized() && !previous.shouting()
            && WordList.FUNCTION_WORDS.contains(previous.folded()) && !DETERMINERS.contains(previous.folded()));
  }

  /** A verb that reports speech (<i>said</i>, <i>told</i>, <i>added</i>), folded. */
  static boolean isReportingVerb(String folded) {
    return REPORTING_VERBS.contains(folded);
  }

  static boolean actsAsName(List<Word> words, Word previous) {
    Word w = words.get(0);
    boolean midSentence =
        previous != null
            && w.gapBefore() == 1
            && !previous.capitalized()
            && !DETERMINERS.contains(previous.folded());
    if (midSentence || w.possessive()) {
      return true;
    }
    return words.size() > 1
        && words.get(1).joinedToPrevious()
        && REPORTING_VERBS.contains(words.get(1).folded());
  }
}
