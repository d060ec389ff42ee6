package dev.moniker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * Recognises the lines that web scrapers copy along with an article: image placeholders, photo
 * credits and captions, share buttons, and the comment-section footer (which, on blog engines,
 * repeats the article's real title).
 */
final class Boilerplate {

  /** The lines of {@code boilerplate-lines.txt}, a list to extend without touching code. */
  private static Set<String> wholeLines() {
    try (InputStream in = Boilerplate.class.getResourceAsStream("/dev/moniker/ingest/boilerplate-lines.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource boilerplate-lines.txt");
      }
      return Set.copyOf(WordlistLoader.getLines(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Set<String> WHOLE_LINES = wholeLines();

  /** "7 replies on “Title”", "One thought on “Title”", "2 responses to "Title"". */
  private static final Pattern COMMENT_FOOTER =
      Pattern.compile(
          "^(?:\\d+|one|no|two|three)\\s+(?:replies|reply|responses?|thoughts?|comments?)\\s+"
              + "(?:on|to)\\s+[“\"‘'](.+)[”\"’']\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** A line that is only a credit: "Photo: AFP", "Image credit: Reuters". */
  private static final Pattern CREDIT_ONLY =
      Pattern.compile(
          "^(?:photo|image|picture|illustration)s?(?:\\s+credit)?\\s*[:/].{0,80}$",
          Pattern.CASE_INSENSITIVE);

  /** Marks of a photo caption or credit anywhere in a line. */
  private static final Pattern CAPTION_MARK =
      Pattern.compile(
          "(?:\\bphoto\\s*:|\\bphotos?\\s*/|/\\s*afp\\b|\\bafp\\s+photo\\b|\\(files\\)|"
              + "\\bfile photo\\b|\\bscreen ?grab\\b|\\bgetty images\\b|\\bvia reuters\\b|"
              + "\\bphoto credit\\b|\\bpictured\\b|\\(pictured\\))",
          Pattern.CASE_INSENSITIVE);

  private Boilerplate() {}

  static boolean isBoilerplate(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return WHOLE_LINES.contains(lower)
        || CREDIT_ONLY.matcher(line).matches()
        || COMMENT_FOOTER.matcher(line).matches();
  }

  /** The title quoted by a comment-section footer line, or {@code null}. */
  static String footerTitle(String line) {
    Matcher m = COMMENT_FOOTER.matcher(line);
    return m.matches() ? m.group(1).trim() : null;
  }

  static boolean looksLikeCaption(String line) {
    return CAPTION_MARK.matcher(line).find();
  }
}
