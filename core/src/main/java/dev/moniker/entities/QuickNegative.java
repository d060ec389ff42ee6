package dev.moniker.entities;

import org.apache.lucene.analysis.CharArraySet;

/**
 * A one-hash bit set over a set of words that answers "certainly not in the set" for most words
 * at the cost of hashing their characters: the analysis asks whether every lower-case token of a
 * text starts a known name, almost always of a common word that does not, and the set itself
 * (tens of thousands of words) misses the processor's caches on every probe. A word whose bit is
 * set is looked up in the set as before, so answers never change.
 */
final class QuickNegative {

  private static final int BITS = 1 << 18; // 32 KiB: a few percent of false "maybe" for 10-20k words

  private final long[] bits = new long[BITS / 64];

  QuickNegative(CharArraySet words) {
    for (Object o : words) {
      set(slot((char[]) o));
    }
  }

  /** False when the word is certainly not among the words this was made of. */
  boolean mayContain(CharSequence word) {
    int slot = slot(word);
    return (bits[slot >>> 6] & (1L << slot)) != 0;
  }

  /** The same for a word held in the first {@code length} characters of {@code buffer}. */
  boolean mayContain(char[] buffer, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + buffer[i];
    }
    int slot = mix(h);
    return (bits[slot >>> 6] & (1L << slot)) != 0;
  }

  private void set(int slot) {
    bits[slot >>> 6] |= 1L << slot;
  }

  private static int slot(char[] word) {
    int h = 0;
    for (char c : word) {
      h = 31 * h + c;
    }
    return mix(h);
  }

  private static int slot(CharSequence word) {
    int h = 0;
    for (int i = 0; i < word.length(); i++) {
      h = 31 * h + word.charAt(i);
    }
    return mix(h);
  }

  private static int mix(int h) {
    return (h * 0x9E3779B9) >>> (32 - 18);
  }
}
