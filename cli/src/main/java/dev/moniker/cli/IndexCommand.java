package dev.moniker.cli;

import dev.moniker.IndexListener;
import dev.moniker.Moniker;
import dev.moniker.index.IndexReport;
import dev.moniker.ingest.Ingester;
import dev.moniker.ingest.Skipped;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    header = "Add articles from files and folders to an index.",
    description = {
      "Reads " + Ingester.SUPPORTED + " files; folders are read recursively.",
      "An article's id is its path relative to the folder given (or the \"id\" of a JSON line);",
      "indexing an id again replaces it, and unchanged articles are left alone."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  moniker index ~/articles",
      "  moniker index --index ~/news-index today.jsonl saved-page.html",
      "  moniker index --json ~/articles | jq .added"
    })
final class IndexCommand implements Callable<Integer> {

  private static final int LISTED_SKIPS = 20;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
  List<Path> paths;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  private final Terminal terminal;

  IndexCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    Path location = common.index != null ? common.index : DefaultIndex.location();
    if (common.index == null) {
      DefaultIndex.claim(location);
    }
    long started = System.nanoTime();
    Progress progress = new Progress(
            terminal.progressWriter(spec.commandLine().getErr()), terminal.progress() && !json);
    IndexReport report;
    try (Moniker moniker = Moniker.open(location, common.options())) {
      try {
        report = moniker.index(paths, progress);
      } finally {
        progress.clear();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (json) {
      Json.print(spec.commandLine().getOut(), Json.indexReport(location, report, seconds));
    } else {
      printHuman(location, report, seconds);
    }
    if (!report.skipped().isEmpty()) {
      return report.indexed() == 0 ? ExitCodes.FAILURE : ExitCodes.PARTIAL;
    }
    return ExitCodes.OK;
  }

  private void printHuman(Path location, IndexReport r, double seconds) {
    PrintWriter out = spec.commandLine().getOut();
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
    out.flush();
    if (r.skipped().isEmpty()) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
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

  /** A single self-overwriting line on a terminal's stderr; nothing when piped. */
  private static final class Progress implements IndexListener {
    private final PrintWriter err;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
      this.err = err;
      this.enabled = enabled;
    }

    @Override
    public void progress(int articles, int skipped, long bytesRead) {
      long now = System.nanoTime();
      if (!enabled || now - lastDraw < 100_000_000L) {
        return;
      }
      lastDraw = now;
      drawn = true;
      err.printf(
          "\r\u001b[Kindexing… %,d articles, %,d skipped, %.1f MB read",
          articles, skipped, bytesRead / 1e6);
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
