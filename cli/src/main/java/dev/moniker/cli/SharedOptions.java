package dev.moniker.cli;

import dev.moniker.MonikerOptions;
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
      names = "--no-demonyms",
      description =
          "Do not let words for a country's people (Soviet, North Korean) stand for the country;"
              + " give it every time you use the index.")
  boolean noDemonyms;

  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces of errors and every skipped input.")
  boolean verbose;

  /** How to open an index with these options. */
  MonikerOptions options() {
    return MonikerOptions.builder().entityFiles(entityFiles).demonyms(!noDemonyms).build();
  }
}
