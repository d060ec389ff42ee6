package dev.moniker.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as separate strings with matches between {@code <mark>} tags.
 * Overlapping matches (a name and the entity stacked on it) are merged into one mark.
 */
final class MarkedPassages extends PassageFormatter {

  static final String OPEN = "<mark>";
  static final String CLOSE = "</mark>";

  @Override
  public Object format(Passage[] passages, String content) {
    List<String> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      out.add(format(p, content));
    }
    return out;
  }

  private static String format(Passage p, String content) {
    StringBuilder sb = new StringBuilder();
    int pos = p.getStartOffset();
    int i = 0;
    while (i < p.getNumMatches()) {
      int start = Math.max(p.getMatchStarts()[i], pos);
      int end = p.getMatchEnds()[i];
      i++;
      while (i < p.getNumMatches() && p.getMatchStarts()[i] <= end) {
        end = Math.max(end, p.getMatchEnds()[i]);
        i++;
      }
      end = Math.min(end, p.getEndOffset());
      if (end <= start) {
        continue;
      }
      sb.append(content, pos, start).append(OPEN).append(content, start, end).append(CLOSE);
      pos = end;
    }
    sb.append(content, pos, p.getEndOffset());
    return collapseSpaces(sb);
  }

  /** Runs of white space as one space, none at either end: a passage is shown as one line. */
  static String collapseSpaces(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
