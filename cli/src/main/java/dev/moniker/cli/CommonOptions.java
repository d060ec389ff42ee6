package dev.moniker.cli;

import dev.moniker.Moniker;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every command that touches an index takes. */
final class CommonOptions {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Index folder (default: $MONIKER_INDEX, else a per-user data folder that is filled"
              + " with the bundled sample articles on first use).")
  Path index;

  @Option(
      names = "--entities",
      paramLabel = "FILE",
      description =
          "Extra entity dictionary file (repeatable), added to the bundled one; give the same"
              + " files every time you use the index.")
  List<Path> entityFiles = List.of();

  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces of errors and every skipped input.")
  boolean verbose;

  /**
   * Runs one search on the chosen index: {@code --index}, else the default one, filled with the
   * bundled samples first if it does not exist yet (noted on {@code err}).
   */
  SearchResult search(SearchRequest request, PrintWriter err) {
    if (index == null) {
      return DefaultIndex.search(request, err, entityFiles);
    }
    try (Moniker moniker = Moniker.open(index, entityFiles)) {
      return moniker.search(request);
    }
  }
}
