package dev.moniker.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Print and scan damage in digitised archives: a digit read for the letter it resembles inside a
 * word of letters (<i>Sta1in</i>, <i>Pyongyang</i> with a zero). The damaged word is no word of
 * its own, so reading it as the letters cannot take anything from another word; the rules then
 * see the repaired word.
 */
final class ScanRepair {

  private ScanRepair() {}

  /** The words with the first one repaired, or null when it shows no such damage. */
  static List<Word> repaired(List<Word> words) {
    Word first = words.get(0);
    String fixed = repair(first.folded());
    if (fixed == null) {
      return null;
    }
    String original = first.original().replace('0', 'O').replace('1', 'l').replace('5', 's');
    List<Word> out = new ArrayList<>(words);
    out.set(0, new Word(original, fixed, first.gapBefore(), first.possessive(), first.marksBefore()));
    return out;
  }

  private static String repair(String folded) {
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < folded.length(); i++) {
      char ch = folded.charAt(i);
      if (ch == '0' || ch == '1' || ch == '5') {
        digits++;
      } else if (Character.isLetter(ch)) {
        letters++;
      } else {
        return null;
      }
    }
    if (digits == 0 || letters < 3 || !Character.isLetter(folded.charAt(0))) {
      return null;
    }
    return folded.replace('0', 'o').replace('1', 'l').replace('5', 's');
  }
}
