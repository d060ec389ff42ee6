package dev.moniker.analysis;

import java.io.IOException;
import java.io.Reader;
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
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = input.read(buf)) != -1; ) {
      text.append(buf, 0, n);
    }
    out = new char[text.length()];
    int removed = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int joinAt = c == '-' ? continuation(text, i) : -1;
      if (joinAt > 0) {
        removed += joinAt - i;
        addOffCorrectMap(length, removed);
        i = joinAt;
        continue;
      }
      out[length++] = c;
      i++;
    }
  }

  /** Where the word goes on after a hyphen at a line end, or -1 when this hyphen stays. */
  private static int continuation(CharSequence text, int hyphen) {
    if (hyphen == 0 || !Character.isLetter(text.charAt(hyphen - 1))) {
      return -1;
    }
    int j = hyphen + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    if (j >= text.length() || text.charAt(j) != '\n') {
      return -1;
    }
    j++;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j < text.length() && Character.isLowerCase(text.charAt(j)) ? j : -1;
  }
}
