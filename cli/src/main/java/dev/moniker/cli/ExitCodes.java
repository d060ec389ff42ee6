package dev.moniker.cli;

import dev.moniker.MonikerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The documented exit codes of every command: declared once, in the annotation below, which
 * picocli prints under "Exit codes:" in every command's {@code --help}.
 */
@Command(
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:Success.",
      "1:Failure: the index is missing, locked, damaged or incompatible, or nothing could be read.",
      "2:Usage error: a bad option, a missing path or a malformed query.",
      "3:Indexing finished, but some inputs were skipped (reasons on stderr)."
    })
final class ExitCodes {

  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int PARTIAL = 3;

  private ExitCodes() {}

  /** Lists the exit codes in the help of {@code spec} and of all its subcommands. */
  static void document(CommandSpec spec) {
    CommandSpec declared = CommandSpec.forAnnotatedObject(ExitCodes.class);
    spec.usageMessage()
        .exitCodeListHeading(declared.usageMessage().exitCodeListHeading())
        .exitCodeList(declared.usageMessage().exitCodeList());
    spec.subcommands().values().forEach(sub -> document(sub.getCommandSpec()));
  }

  static int of(MonikerException e) {
    return switch (e.kind()) {
      case INVALID_QUERY, INPUT_NOT_FOUND, INVALID_ARGUMENT -> USAGE;
      case NO_INPUT, INDEX_NOT_FOUND, INDEX_LOCKED, INDEX_CORRUPT, INDEX_INCOMPATIBLE, IO ->
          FAILURE;
    };
  }
}
