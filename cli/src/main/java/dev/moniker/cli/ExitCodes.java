package dev.moniker.cli;

import dev.moniker.MonikerException;
import java.util.List;

/** The documented exit codes of every command: declared once, listed in every {@code --help}. */
final class ExitCodes {

  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int PARTIAL = 3;

  /** What "Exit codes:" in every command's help says: code and meaning. */
  static final List<String[]> DOCUMENTED =
      List.of(
          new String[] {"0", "Success."},
          new String[] {"1", "Failure: the index is missing, locked, damaged or incompatible, or nothing could be read."},
          new String[] {"2", "Usage error: a bad option, a missing path or a malformed query."},
          new String[] {"3", "Indexing finished, but some inputs were skipped (reasons on stderr)."});

  private ExitCodes() {}

  static int of(MonikerException e) {
    return switch (e.kind()) {
      case INVALID_QUERY, INPUT_NOT_FOUND, INVALID_ARGUMENT -> USAGE;
      case NO_INPUT, INDEX_NOT_FOUND, INDEX_LOCKED, INDEX_CORRUPT, INDEX_INCOMPATIBLE, IO ->
          FAILURE;
    };
  }
}
