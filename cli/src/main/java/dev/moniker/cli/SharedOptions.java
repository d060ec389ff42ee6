package dev.moniker.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options every command takes, declared once: the user's entity dictionaries and verbosity.
 * Commands that use an index take {@link CommonOptions}, which adds {@code --index}.
 */
class SharedOptions {

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
}
