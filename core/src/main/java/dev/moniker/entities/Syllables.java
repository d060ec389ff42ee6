package dev.moniker.entities;

import java.util.ArrayList;
import java.util.List;

/** What the romanization and name-shape rules share: how far a name of syllables may reach. */
final class Syllables {

  /** A Korean or Chinese personal name has at most three words (Kim Jong Un). */
  static final int MAX_NAME_WORDS = 3;

  private Syllables() {}

  /**
   * Cheap test before the syllable search: an English word that is no Korean or Chinese family
   * name ("The", "However", "Mount") starts no romanized name. Most capitalised words of English
   * text stop here.
   */
  static boolean mayBeRomanized(EntityDictionary dict, Word first) {
    String f = first.folded();
    return !dict.isEnglishWord(f)
        || dict.names().isSurname(RomanizedNames.KOREAN, f)
        || dict.names().isSurname(RomanizedNames.CHINESE, f);
  }

  /** How many words from the first may belong to one name: joined, and capitalised as names are. */
  static int span(RecognitionRule.Candidate c, EntityDictionary dict) {
    List<Word> words = c.words();
    int span = 1;
    while (span < Math.min(MAX_NAME_WORDS, words.size())
        && words.get(span).latin()
        && words.get(span).joinedToPrevious()
        && (words.get(span).capitalized() || c.queryMode() || lowerCaseSyllableGoesOn(words.get(span)))) {
      span++;
    }
    return span;
  }

  /**
   * A lower-case word goes on with a name after a hyphen (<i>Kim Jong-un</i>), not after a space:
   * <i>Se Ri Pak in 1998</i> is no <i>Ri Bak-in</i>. Where the marks were not seen, it goes on.
   */
  private static boolean lowerCaseSyllableGoesOn(Word w) {
    return w.gapBefore() == 1 && w.marksBefore() != 0;
  }

  static List<String> folded(List<Word> words, int n) {
    List<String> folded = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      folded.add(words.get(i).folded());
    }
    return folded;
  }

  /** Whether none of the first {@code n} words is a common English word. */
  static boolean noneEnglish(EntityDictionary dict, List<Word> words, int n) {
    for (int i = 0; i < n; i++) {
      if (dict.isEnglishWord(words.get(i).folded())) {
        return false;
      }
    }
    return true;
  }
}
