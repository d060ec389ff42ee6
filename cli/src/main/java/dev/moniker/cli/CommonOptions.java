package dev.moniker.cli;

import dev.moniker.Moniker;
import dev.moniker.cli.CommandSpec.OptionSpec;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Options every command that touches an index takes: {@code --index} and the shared ones. */
final class CommonOptions extends SharedOptions {

  static final OptionSpec INDEX =
      OptionSpec.value(
          null,
          "index",
          "DIR",
          "Index folder (default: $MONIKER_INDEX, else a per-user data folder that is filled"
              + " with the bundled sample articles on first use).");

  final Path index;

  CommonOptions(Args args) {
    super(args);
    index = args.path("index");
  }

  /** {@code --index}, the shared options and then {@code more}. */
  static List<OptionSpec> with(OptionSpec... more) {
    List<OptionSpec> all = new ArrayList<>();
    all.add(INDEX);
    all.addAll(SharedOptions.OPTIONS);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }

  /**
   * Runs one search on the chosen index: {@code --index}, else the default one, filled with the
   * bundled samples first if it does not exist yet (noted on {@code err}).
   */
  SearchResult search(SearchRequest request, PrintWriter err) {
    if (index == null) {
      return DefaultIndex.search(request, err, options());
    }
    try (Moniker moniker = Moniker.open(index, options())) {
      return moniker.search(request);
    }
  }
}
