package dev.moniker.entities;

import java.util.List;
import java.util.Set;

/**
 * A Korean or Chinese name as a sequence of syllables, each the set of native syllables (Hangul,
 * or pinyin) its spelling may stand for. Two spellings may name the same person only if they have
 * as many syllables and every pair of syllables can be the same native syllable: {@code Kim Jong
 * Eun} fits 김정은 but {@code Kim Jong-il} does not, whatever the edit distance.
 *
 * @param written the romanized syllables as the text spelled them, or empty for a key made from
 *     native script
 */
record SyllableKey(String lang, List<Set<String>> syllables, List<String> written) {

  boolean compatible(SyllableKey other) {
    if (!lang.equals(other.lang) || syllables.size() != other.syllables.size()) {
      return false;
    }
    for (int i = 0; i < syllables.size(); i++) {
      if (!intersects(syllables.get(i), other.syllables.get(i))) {
        return false;
      }
    }
    return true;
  }

  int size() {
    return syllables.size();
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String s : small) {
      if (large.contains(s)) {
        return true;
      }
    }
    return false;
  }
}
