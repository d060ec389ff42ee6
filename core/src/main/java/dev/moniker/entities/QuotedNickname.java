package dev.moniker.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A nickname in quotation marks inside a person's name (<i>Jin Chul "Jacob" Cha</i>, <i>Thomas
 * "Tip" O'Neill</i>, <i>George Herman "Babe" Ruth</i>): the rules read the name without it, so
 * that the given names and the family name are one mention and a later <i>Cha</i> links to this
 * man, not to someone famous of that name. Only where the analysis saw the text's punctuation.
 */
final class QuotedNickname {

  private QuotedNickname() {}

  /**
   * Where a quoted nickname stands after the first one or two words, or -1: a capitalised word
   * between quotation marks, after a capitalised word and before one.
   */
  static int at(List<Word> words) {
    for (int i = 1; i <= 2 && i + 1 < words.size(); i++) {
      Word before = words.get(i - 1);
      if (!before.capitalized() || !before.latin() || (i > 1 && !before.joinedToPrevious())) {
        return -1;
      }
      Word nick = words.get(i);
      Word after = words.get(i + 1);
      if (nick.gapBefore() == 2 && nick.marksBefore() == Word.QUOTE && nick.capitalized() && nick.latin()
          && after.gapBefore() == 2 && (after.marksBefore() == Word.QUOTE || after.marksBefore() == Word.APOSTROPHE)
          && after.capitalized() && after.latin()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the analysis should read on past the quotation marks: the words so far end with a
   * quoted capitalised word after a name's first words, or with the word after it.
   */
  static boolean readsOn(List<Word> words) {
    int n = words.size();
    if (n < 2 || n > 4) {
      return false;
    }
    Word last = words.get(n - 1);
    Word before = words.get(n - 2);
    return last.capitalized() && (last.marksBefore() == Word.QUOTE && before.capitalized() || at(words) == n - 2);
  }

  /** The words without the nickname at {@code at}, the next word joined to the one before it. */
  static List<Word> without(List<Word> words, int at) {
    List<Word> out = new ArrayList<>(words.size() - 1);
    out.addAll(words.subList(0, at));
    Word after = words.get(at + 1);
    out.add(new Word(after.original(), after.folded(), 1, after.possessive(), 0));
    out.addAll(words.subList(at + 2, words.size()));
    return out;
  }
}
