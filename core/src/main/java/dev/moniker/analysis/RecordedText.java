package dev.moniker.analysis;

import dev.moniker.entities.Word;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.CharFilter;

/**
 * The text a tokenizer reads, kept as it passes, so that {@link EntityFilter} can tell which
 * punctuation stood between two words: the tokenizer drops it, and a comma (<i>Lumberton, N.C.</i>)
 * and a period (<i>in Paris. In 1920</i>) leave gaps of the same length. One per analysis chain,
 * reused for every text it reads. It must see the text before any char filter that changes
 * offsets, so that its positions are the offsets the tokens report; where the text it is given
 * already went through a char filter (a wrapping analyzer's, a test's), it records nothing and
 * every gap's marks are {@link Word#UNKNOWN_MARKS}.
 */
final class RecordedText {

  /** Beyond this, the buffer is given back before the next text, so one long text does not pin it. */
  private static final int KEPT_CAPACITY = 1 << 16;

  private char[] chars = new char[4096];
  private int length;
  private boolean recording;

  /** Starts recording a new text: the reader to hand the next stage of the chain. */
  Reader reading(Reader text) {
    length = 0;
    recording = !(text instanceof CharFilter);
    if (chars.length > KEPT_CAPACITY) {
      chars = new char[4096];
    }
    return new Recording(text);
  }

  /**
   * The punctuation marks (see {@link Word#marksBefore()}) between two offsets of the text, or
   * {@link Word#UNKNOWN_MARKS} where the text was not recorded that far.
   */
  int marksBetween(int from, int to) {
    if (!recording || from < 0 || to > length || from > to) {
      return Word.UNKNOWN_MARKS;
    }
    return Word.marksOf(chars, from, to);
  }

  private void append(char[] buffer, int offset, int count) {
    if (length + count > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
    }
    System.arraycopy(buffer, offset, chars, length, count);
    length += count;
  }

  /** Passes the text on unchanged (a char filter, so that offset corrections reach the ones before). */
  private final class Recording extends CharFilter {

    Recording(Reader in) {
      super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
      int n = input.read(buffer, offset, count);
      if (n > 0 && recording) {
        append(buffer, offset, n);
      }
      return n;
    }

    @Override
    protected int correct(int currentOff) {
      return currentOff;
    }
  }
}
