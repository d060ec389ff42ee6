package dev.moniker.web;

import java.util.ArrayList;
import java.util.List;
import dev.moniker.web.Views.Part;

/**
 * Splits the library's highlighted passages ({@code <mark>} around matches, text not escaped)
 * into runs, so that templates escape every run and mark the matched ones themselves: the
 * article's own text never reaches the page as markup.
 */
final class Marks {

  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";

  private Marks() {}

  static List<Part> parts(String passage) {
    List<Part> out = new ArrayList<>();
    int pos = 0;
    while (pos < passage.length()) {
      int open = passage.indexOf(OPEN, pos);
      int close = open < 0 ? -1 : passage.indexOf(CLOSE, open + OPEN.length());
      if (open < 0 || close < 0) {
        out.add(new Part(passage.substring(pos), false));
        break;
      }
      if (open > pos) {
        out.add(new Part(passage.substring(pos, open), false));
      }
      out.add(new Part(passage.substring(open + OPEN.length(), close), true));
      pos = close + CLOSE.length();
    }
    return List.copyOf(out);
  }
}
