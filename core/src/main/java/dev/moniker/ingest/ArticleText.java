package dev.moniker.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes an article out of scraped plain text: drops boilerplate lines, indexes a caption that the
 * page repeated (verbatim or lightly edited) only once, and picks a title that is neither a
 * placeholder nor a caption.
 */
final class ArticleText {

  /** Longest line still taken as a title; longer first lines are paragraphs. */
  static final int MAX_TITLE_CHARS = 200;

  private static final int SHORT_TITLE_CHARS = 120;
  private static final double NEAR_DUPLICATE = 0.6;
  private static final double NEAR_DUPLICATE_CAPTION = 0.45;

  private ArticleText() {}

  /**
   * Builds an article from plain text or Markdown.
   *
   * @param id the article id
   * @param text the whole file's text
   * @param markdown whether the text is Markdown, to be parsed as such (see {@link
   *     MarkdownArticles})
   */
  public static Article parse(String id, String text, boolean markdown) {
    if (markdown) {
      return MarkdownArticles.parse(id, text);
    }
    return fromBlocks(id, List.of(text.split("\\R")));
  }

  /**
   * An article from text lines in reading order: boilerplate dropped, repeats removed, the title
   * taken from a comment footer that quotes it or else from the first line that is no caption.
   */
  static Article fromBlocks(String id, List<String> rawLines) {
    List<String> lines = new ArrayList<>();
    String footerTitle = null;
    for (String raw : rawLines) {
      String line = normalizeSpace(raw);
      if (line.isEmpty()) {
        continue;
      }
      String quoted = Boilerplate.footerTitle(line);
      if (quoted != null && footerTitle == null) {
        footerTitle = quoted;
      }
      if (!Boilerplate.isBoilerplate(line)) {
        lines.add(line);
      }
    }
    lines = withoutRepeats(lines);
    return withTitle(id, lines, footerTitle);
  }

  /** Title and body from cleaned lines, for formats (HTML) that find their own lines. */
  static Article fromLines(String id, List<String> rawLines, String knownTitle) {
    List<String> lines = new ArrayList<>();
    for (String raw : rawLines) {
      String line = normalizeSpace(raw);
      if (!line.isEmpty() && !Boilerplate.isBoilerplate(line)) {
        lines.add(line);
      }
    }
    lines = withoutRepeats(lines);
    if (knownTitle != null && !knownTitle.isBlank()) {
      String title = normalizeSpace(knownTitle);
      if (!lines.isEmpty() && lines.get(0).equalsIgnoreCase(title)) {
        lines.remove(0);
      }
      return Article.of(id, title, String.join("\n\n", lines));
    }
    return withTitle(id, lines, null);
  }

  private static Article withTitle(String id, List<String> lines, String footerTitle) {
    if (footerTitle != null) {
      return Article.of(id, footerTitle, String.join("\n\n", lines));
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (Boilerplate.looksLikeCaption(line)) {
        continue;
      }
      if (line.length() <= MAX_TITLE_CHARS) {
        List<String> body = new ArrayList<>(lines);
        body.remove(i);
        return Article.of(id, line, String.join("\n\n", body));
      }
      return Article.of(id, shorten(line), String.join("\n\n", lines));
    }
    String fallback = lines.isEmpty() ? "" : shorten(lines.get(0));
    return Article.of(id, fallback, String.join("\n\n", lines));
  }

  /**
   * Drops exact repeats anywhere, and a line that nearly repeats the line before it (an agency
   * caption followed by the site's edited version of it).
   */
  static List<String> withoutRepeats(List<String> lines) {
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Set<String> previousWords = Set.of();
    boolean previousCaption = false;
    for (String line : lines) {
      String key = comparisonKey(line);
      if (!seen.add(key)) {
        continue;
      }
      Set<String> words = words(key);
      boolean caption = Boilerplate.looksLikeCaption(line);
      double threshold = caption || previousCaption ? NEAR_DUPLICATE_CAPTION : NEAR_DUPLICATE;
      if (!kept.isEmpty() && jaccard(previousWords, words) >= threshold) {
        continue;
      }
      kept.add(line);
      previousWords = words;
      previousCaption = caption;
    }
    return kept;
  }

  private static String comparisonKey(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    line.toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(cp -> sb.appendCodePoint(Character.isLetterOrDigit(cp) ? cp : ' '));
    return sb.toString().trim().replaceAll(" +", " ");
  }

  private static Set<String> words(String key) {
    Set<String> words = new HashSet<>();
    for (String w : key.split(" ")) {
      if (w.length() > 1) {
        words.add(w);
      }
    }
    return words;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return (double) common / (a.size() + b.size() - common);
  }

  static String normalizeSpace(String s) {
    return s.replace('\u00A0', ' ').replaceAll("[\\s\\p{Cc}&&[^\\n]]+", " ").trim();
  }

  private static String shorten(String line) {
    int end = line.indexOf(". ");
    String sentence = end > 0 && end < SHORT_TITLE_CHARS ? line.substring(0, end) : line;
    if (sentence.length() <= SHORT_TITLE_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', SHORT_TITLE_CHARS);
    return sentence.substring(0, cut > 40 ? cut : SHORT_TITLE_CHARS) + "…";
  }
}
