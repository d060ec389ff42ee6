package dev.moniker.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Joins a word that print split at a line end: <i>Pyong-</i> at the end of a line and <i>yang</i>
 * at the start of the next become <i>Pyongyang</i>, as a reader reads them. Only a hyphen right
 * after a letter, followed by the line break (spaces allowed around it) and a lower-case letter,
 * is taken out: <i>Kim Jong-</i> then <i>Un</i> keeps its hyphen, and so does a hyphen in the
 * middle of a line. Offsets are corrected, so highlights mark the text as printed.
 *
 * <p>The text is read whole (an article is at most 16 MiB) and scanned once; a text without a
 * hyphen at a line end passes unchanged.
 */
public final class LineBreakHyphenCharFilter extends BaseCharFilter {

  private char[] out;
  private int length;
  private int next;

  public LineBreakHyphenCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (out == null) {
      fill();
    }
    if (next >= length) {
      return -1;
    }
    int n = Math.min(len, length - next);
    System.arraycopy(out, next, cbuf, off, n);
    next += n;
    return n;
  }

  private void fill() throws IOException {
    char[] text = new char[1024];
    int n = 0;
    for (int r; (r = input.read(text, n, text.length - n)) != -1; ) {
      n += r;
      if (n == text.length) {
        text = Arrays.copyOf(text, n * 2);
      }
    }
    // Most texts have no hyphen at a line end: they are read out of the array they were read into,
    // and a copy is made only at the first word joined.
    out = text;
    int removed = 0;
    int i = 0;
    while (i < n) {
      char c = text[i];
      int joinAt = c == '-' ? continuation(text, n, i) : -1;
      if (joinAt > 0) {
        if (out == text) {
          out = Arrays.copyOf(text, n);
        }
        removed += joinAt - i;
        addOffCorrectMap(length, removed);
        i = joinAt;
        continue;
      }
      out[length++] = c;
      i++;
    }
  }

  /**
   * Where the word goes on after a hyphen at a line end, or -1 when this hyphen stays; {@code
   * text} holds {@code n} characters.
   */
  private static int continuation(char[] text, int n, int hyphen) {
    if (hyphen == 0 || !Character.isLetter(text[hyphen - 1])) {
      return -1;
    }
    int j = hyphen + 1;
    while (j < n && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) {
      j++;
    }
    if (j >= n || text[j] != '\n') {
      return -1;
    }
    j++;
    while (j < n && (text[j] == ' ' || text[j] == '\t')) {
      j++;
    }
    return j < n && Character.isLowerCase(text[j]) ? j : -1;
  }
}
