package dev.moniker.cli;

import java.nio.file.Path;
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
      names = {"-v", "--verbose"},
      description = "Print stack traces of errors and every skipped input.")
  boolean verbose;
}
