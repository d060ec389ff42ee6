package dev.moniker.cli;

import dev.moniker.IndexListener;
import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.cli.CommandSpec.OptionSpec;
import dev.moniker.cli.CommandSpec.Positional;
import dev.moniker.index.IndexReport;
import dev.moniker.ingest.Decoding;
import dev.moniker.ingest.Ingester;
import dev.moniker.ingest.Notice;
import dev.moniker.ingest.Skipped;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

final class IndexCommand implements Callable<Integer> {

  private static final int LISTED_SKIPS = 20;

  static final CommandSpec SPEC =
      CommandSpec.of(
          "index",
          "Add articles from files and folders to an index.",
          List.of(
              "Reads " + Ingester.SUPPORTED + " files; folders are read recursively.",
              "An article's id is its path relative to the folder given, the \"id\" of a JSON",
              "line, or the URL of a web-archive page or feed item. Indexing an id again",
              "replaces it; unchanged articles are left alone.",
              "Any encoding is read: by byte-order mark, the page's declared charset, or",
              "detection (listed with --json); --encoding forces one."),
          CommonOptions.with(
              OptionSpec.flag(null, "json", "Print the report as one JSON object."),
              OptionSpec.value(
                  null,
                  "encoding",
                  "NAME",
                  "Read every input in this encoding (e.g. EUC-KR, GB18030, Big5, Shift_JIS,"
                      + " windows-1252) instead of the declared or detected one; a byte-order mark still"
                      + " wins.")),
          new Positional("PATH", true, true, "Files or folders to index."),
          List.of(
              "  moniker index ~/articles",
              "  moniker index --index ~/news-index today.jsonl saved-page.html",
              "  moniker index crawl.warc.gz yonhap.rss",
              "  moniker index --encoding EUC-KR ~/old-korean-archive",
              "  moniker index --json ~/articles | jq .added"));

  private final CommonOptions common;
  private final boolean json;
  private final String encoding;
  private final List<Path> paths;
  private final Io io;
  private final Terminal terminal;

  IndexCommand(Args args, Io io) {
    common = new CommonOptions(args);
    json = args.flag("json");
    encoding = args.value("encoding");
    paths = args.positionals().stream().map(p -> Path.of(p)).toList();
    this.io = io;
    this.terminal = io.terminal();
  }

  @Override
  public Integer call() throws Exception {
    Charset forced = encoding == null ? null : charset(encoding);
    Path location = common.index != null ? common.index : DefaultIndex.location();
    if (common.index == null) {
      DefaultIndex.claim(location);
    }
    long started = System.nanoTime();
    boolean showProgress = terminal.progress() && !json;
    Progress progress = new Progress(
            terminal.progressWriter(io.err()),
            showProgress,
            showProgress ? totalBytes(paths) : 0);
    IndexReport report;
    try (Moniker moniker = Moniker.open(location, common.options())) {
      try {
        report = moniker.index(paths, forced, progress);
      } finally {
        progress.clear();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (json) {
      Json.print(io.out(), Json.indexReport(location, report, seconds));
    } else {
      printHuman(location, report, seconds);
    }
    if (!report.skipped().isEmpty()) {
      return report.indexed() == 0 ? ExitCodes.FAILURE : ExitCodes.PARTIAL;
    }
    return ExitCodes.OK;
  }

  private void printHuman(Path location, IndexReport r, double seconds) {
    PrintWriter out = io.out();
    out.printf(
        "Indexed %d article%s into %s in %.1f s: %d added, %d updated, %d unchanged, %d skipped%n",
        r.indexed(),
        r.indexed() == 1 ? "" : "s",
        location,
        seconds,
        r.added(),
        r.updated(),
        r.unchanged(),
        r.skipped().size());
    if (!r.decodings().isEmpty()) {
      Map<String, Integer> byCharset = new TreeMap<>();
      r.decodings().forEach(d -> byCharset.merge(d.charset() + " (" + d.basis() + ")", 1, Integer::sum));
      out.printf(
          "Read %d input%s not in UTF-8: %s%n",
          r.decodings().size(),
          r.decodings().size() == 1 ? "" : "s",
          String.join(", ", byCharset.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
      if (common.verbose) {
        for (Decoding d : r.decodings()) {
          out.printf("  %s: %s, %s, confidence %d%%%n", d.input(), d.charset(), d.basis(), d.confidence());
        }
      }
    }
    out.flush();
    PrintWriter err = io.err();
    int notes = common.verbose ? r.notices().size() : Math.min(LISTED_SKIPS, r.notices().size());
    for (Notice n : r.notices().subList(0, notes)) {
      err.println("note " + n.input() + ": " + n.message());
    }
    if (notes < r.notices().size()) {
      err.printf("… and %d more notes (--verbose lists all)%n", r.notices().size() - notes);
    }
    err.flush();
    if (r.skipped().isEmpty()) {
      return;
    }
    int shown = common.verbose ? r.skipped().size() : Math.min(LISTED_SKIPS, r.skipped().size());
    for (Skipped s : r.skipped().subList(0, shown)) {
      err.println("skipped " + s.input() + ": " + s.reason());
    }
    if (shown < r.skipped().size()) {
      Map<String, Integer> byReason = new LinkedHashMap<>();
      for (Skipped s : r.skipped().subList(shown, r.skipped().size())) {
        byReason.merge(s.reason(), 1, Integer::sum);
      }
      err.printf("… and %d more (--verbose lists all):%n", r.skipped().size() - shown);
      byReason.forEach((reason, n) -> err.printf("  %d × %s%n", n, reason));
    }
    err.flush();
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new MonikerException(
          MonikerException.Kind.INVALID_ARGUMENT,
          "unknown encoding '"
              + name
              + "': use a Java charset name, e.g. UTF-8, EUC-KR, GB18030, Big5, Shift_JIS, windows-1252");
    }
  }

  /** Bytes of the readable files under the paths, for the progress bar; 0 when unknown. */
  private static long totalBytes(List<Path> paths) {
    long total = 0;
    for (Path p : paths) {
      try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
        total +=
            files
                .filter(f -> Files.isRegularFile(f) && Ingester.isSupported(f))
                .mapToLong(
                    f -> {
                      try {
                        return Files.size(f);
                      } catch (IOException e) {
                        return 0;
                      }
                    })
                .sum();
      } catch (IOException | UncheckedIOException e) {
        return 0; // the indexing run reports what cannot be read
      }
    }
    return total;
  }

  /** A single self-overwriting line on a terminal's stderr, with a bar by bytes; nothing when piped. */
  private static final class Progress implements IndexListener {
    private static final int BAR = 24;
    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled, long total) {
      this.err = err;
      this.enabled = enabled;
      this.total = total;
    }

    @Override
    public void progress(int articles, int skipped, long bytesRead) {
      long now = System.nanoTime();
      if (!enabled || now - lastDraw < 100_000_000L) {
        return;
      }
      lastDraw = now;
      drawn = true;
      if (total > 0) {
        double done = Math.min(1.0, (double) bytesRead / total);
        int filled = (int) Math.round(done * BAR);
        err.printf(
            "\r\u001b[K[%s%s] %3.0f%% %.1f of %.1f MB, %,d articles, %,d skipped",
            "#".repeat(filled), " ".repeat(BAR - filled), done * 100, bytesRead / 1e6, total / 1e6,
            articles, skipped);
      } else {
        err.printf(
            "\r\u001b[Kindexing… %,d articles, %,d skipped, %.1f MB read",
            articles, skipped, bytesRead / 1e6);
      }
      err.flush();
    }

    void clear() {
      if (drawn) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }
}
