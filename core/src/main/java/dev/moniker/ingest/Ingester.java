package dev.moniker.ingest;

import dev.moniker.MonikerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from files and directories. A directory is read recursively in a stable order,
 * and each article's id is its path relative to that directory (a file named directly gets its
 * file name); JSON Lines articles carry their own ids. What cannot be read is reported to the sink
 * as {@link Skipped} and the rest of the batch goes on.
 *
 * <p>The formats, one class each: plain text ({@link ArticleText}), Markdown ({@link
 * MarkdownArticles}), HTML ({@link HtmlArticles}, dates by {@link HtmlDates}), JSON Lines ({@link
 * JsonLinesArticles}), RSS and Atom feeds ({@link FeedArticles}) and web archives ({@link
 * WarcArticles}). Bytes become text in {@link TextDecoding}.
 */
public final class Ingester {

  /** Supported file name endings, for messages. */
  public static final String SUPPORTED =
      ".txt, .md, .jsonl, .html, .rss, .atom, .xml (feeds), .warc, .warc.gz";

  /**
   * Larger single-article files (and JSON lines) are skipped rather than read into memory whole.
   * Reading, cleaning and analysing one article takes several times its size in heap at once;
   * this keeps that well within a 512 MB heap, and no news article comes near it.
   */
  public static final long MAX_ARTICLE_FILE_BYTES = 16L << 20;

  private enum Format {
    TEXT,
    MARKDOWN,
    JSON_LINES,
    HTML,
    FEED,
    WARC
  }

  private final Charset encoding;

  /** An ingester that reads each input in the encoding it declares or is detected in. */
  public Ingester() {
    this(null);
  }

  /**
   * An ingester that reads every input in {@code encoding} (a byte-order mark still wins, being
   * unambiguous); {@code null} to detect. A legacy charset is read as the superset browsers use
   * for it (e.g. EUC-KR as CP949).
   */
  public Ingester(Charset encoding) {
    this.encoding = encoding == null ? null : CharsetLabels.forced(encoding.name());
  }

  /** Whether files of this name are read (by extension; {@code .xml} only if it is a feed). */
  public static boolean isSupported(Path file) {
    return format(file) != null;
  }

  /**
   * Reads every path into the sink. All paths are checked before any is read, so a typo in the
   * last one does not leave the batch half done.
   *
   * @throws MonikerException {@code INPUT_NOT_FOUND} for a missing path, {@code NO_INPUT} for a
   *     directory without a single supported file
   */
  public void read(List<Path> paths, IngestSink sink) {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new MonikerException(
            MonikerException.Kind.INPUT_NOT_FOUND, "no such file or directory: " + p);
      }
    }
    List<Runnable> reads = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        reads.add(planDirectory(p, sink));
      } else {
        Path name = p.getFileName();
        reads.add(() -> readFile(p, name == null ? p.toString() : name.toString(), sink));
      }
    }
    reads.forEach(Runnable::run);
  }

  /** Lists a directory's files now, so that an empty one fails before anything is read. */
  private Runnable planDirectory(Path root, IngestSink sink) {
    List<Path> files = new ArrayList<>();
    List<Skipped> unlisted = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file)) {
                files.add(file);
              } else if (attrs.isSymbolicLink() && !isHidden(file) && format(file) != null) {
                // links are followed, so a link seen as a link points nowhere
                unlisted.add(new Skipped(relative(root, file), "broken symbolic link"));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              unlisted.add(new Skipped(relative(root, file), reason(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new MonikerException(
          MonikerException.Kind.IO, "cannot list " + root + ": " + reason(e), e);
    }
    files.sort(null);
    List<Path> supported = new ArrayList<>();
    int otherFiles = 0;
    for (Path file : files) {
      if (format(file) == null || isOtherXml(file)) {
        otherFiles++;
      } else {
        supported.add(file);
      }
    }
    if (supported.isEmpty() && unlisted.isEmpty()) {
      throw new MonikerException(
          MonikerException.Kind.NO_INPUT,
          "no articles to index in "
              + root
              + (otherFiles > 0 ? " (" + otherFiles + " files of other types)" : " (it is empty)")
              + "; supported files end in "
              + SUPPORTED);
    }
    return () -> {
      unlisted.forEach(sink::skipped);
      supported.forEach(file -> readFile(file, relative(root, file), sink));
    };
  }

  private void readFile(Path file, String input, IngestSink sink) {
    Format format = format(file);
    if (format == null) {
      sink.skipped(new Skipped(input, "unsupported file type (supported: " + SUPPORTED + ")"));
      return;
    }
    try {
      long size = Files.size(file);
      switch (format) {
        case JSON_LINES -> {
          try (InputStream in = Files.newInputStream(file)) {
            JsonLinesArticles.read(input, in, encoding, sink);
          }
          sink.fileDone(input, size);
        }
        case WARC -> WarcArticles.read(file, input, encoding, sink);
        default -> {
          if (size > MAX_ARTICLE_FILE_BYTES) {
            sink.skipped(
                new Skipped(
                    input,
                    (format == Format.FEED ? "feed" : "file")
                        + " too large for one article ("
                        + (size >> 20)
                        + " MiB; limit "
                        + (MAX_ARTICLE_FILE_BYTES >> 20)
                        + " MiB): split it or use .jsonl"));
            return;
          }
          readSmallFile(format, Files.readAllBytes(file), input, sink);
          sink.fileDone(input, size);
        }
      }
    } catch (TextDecoding.NotText e) {
      sink.skipped(new Skipped(input, e.getMessage()));
    } catch (IOException e) {
      sink.skipped(new Skipped(input, reason(e)));
    }
  }

  /** A file that holds one article, or a feed of a few. */
  private void readSmallFile(Format format, byte[] bytes, String input, IngestSink sink)
      throws TextDecoding.NotText {
    if (format == Format.FEED) {
      if (bytes.length > 0 && !FeedArticles.looksLikeFeed(bytes)) {
        throw new TextDecoding.NotText("XML file that is not an RSS or Atom feed");
      }
      if (bytes.length > 0) {
        FeedArticles.read(input, bytes, encoding, sink);
        return;
      }
    }
    TextDecoding.Decoded decoded =
        TextDecoding.decode(input, bytes, new TextDecoding.Hints(encoding, format == Format.HTML, null));
    String text = decoded.text();
    if (text.isBlank()) {
      sink.skipped(new Skipped(input, "empty file"));
      return;
    }
    UnreadableDates dates = new UnreadableDates();
    Article article =
        switch (format) {
          case TEXT -> ArticleText.parse(input, text, false);
          case MARKDOWN -> MarkdownArticles.parse(input, text);
          case HTML -> HtmlArticles.parse(input, text, input, dates);
          default -> throw new AssertionError(format);
        };
    report(decoded, input, sink);
    dates.report(input, sink);
    deliver(article, input, sink);
  }

  /** Tells the sink how an input was decoded and what was repaired, if anything. */
  static void report(TextDecoding.Decoded decoded, String input, IngestSink sink) {
    if (decoded.decoding() != null) {
      sink.decoded(decoded.decoding());
    }
    if (decoded.notice() != null) {
      sink.notice(new Notice(input, decoded.notice()));
    }
  }

  /** Hands an article to the sink, or skips it when the index cannot take it. */
  static void deliver(Article article, String input, IngestSink sink) {
    try {
      sink.article(article);
    } catch (IllegalArgumentException e) {
      sink.skipped(new Skipped(input, e.getMessage())); // e.g. a site name too long to index
    }
  }

  private static Format format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    if (name.endsWith(".warc.gz")) {
      return Format.WARC;
    }
    return switch (ext) {
      case "txt", "text" -> Format.TEXT;
      case "md", "markdown" -> Format.MARKDOWN;
      case "jsonl", "ndjson" -> Format.JSON_LINES;
      case "html", "htm", "xhtml" -> Format.HTML;
      case "rss", "atom", "xml" -> Format.FEED;
      case "warc" -> Format.WARC;
      default -> null;
    };
  }

  /**
   * Whether a {@code .xml} file found in a folder is not a feed (a sitemap, a configuration):
   * such files are other types, like images, and not reported. Named directly, one is skipped
   * with a reason.
   */
  private static boolean isOtherXml(Path file) {
    if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return !FeedArticles.looksLikeFeed(in.readNBytes(4096));
    } catch (IOException e) {
      return false; // reading it will report why
    }
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), "/");
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "disappeared while reading (or a broken symbolic link)";
    }
    String msg = e.getMessage();
    return "cannot read: " + (msg == null ? e.getClass().getSimpleName() : msg);
  }
}
