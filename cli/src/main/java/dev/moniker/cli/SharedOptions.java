package dev.moniker.cli;

import dev.moniker.MonikerOptions;
import dev.moniker.cli.CommandSpec.OptionSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * Options every command takes, declared once: the user's entity dictionaries and verbosity.
 * Commands that use an index take {@link CommonOptions}, which adds {@code --index}.
 */
class SharedOptions {

  static final List<OptionSpec> OPTIONS =
      List.of(
          OptionSpec.repeatable(
              "entities",
              "FILE",
              "Extra entity dictionary file (repeatable), added to the bundled one; give the same"
                  + " files every time you use the index."),
          OptionSpec.flag(
              null,
              "no-demonyms",
              "Do not let words for a country's people (Soviet, North Korean) stand for the country;"
                  + " give it every time you use the index."),
          OptionSpec.flag("v", "verbose", "Print stack traces of errors and every skipped input."));

  final List<Path> entityFiles;
  final boolean noDemonyms;
  final boolean verbose;

  SharedOptions(Args args) {
    entityFiles = args.paths("entities");
    noDemonyms = args.flag("no-demonyms");
    verbose = args.flag("verbose");
  }

  /** How to open an index with these options. */
  MonikerOptions options() {
    return MonikerOptions.builder().entityFiles(entityFiles).demonyms(!noDemonyms).build();
  }
}
