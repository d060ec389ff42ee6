package dev.moniker;

/**
 * Everything that can go wrong for a caller of Moniker, with a message meant for a person: one
 * line that says what is wrong and, where there is one, what to do next.
 *
 * <p>{@link #kind()} lets a front end choose a reaction (the CLI maps it to an exit code) without
 * parsing messages.
 */
public final class MonikerException extends RuntimeException {

  /** What kind of problem this is. */
  public enum Kind {
    /** The query text cannot be parsed or would be too expensive to run. */
    INVALID_QUERY,
    /** A path given to index does not exist. */
    INPUT_NOT_FOUND,
    /** The inputs held nothing that could be indexed. */
    NO_INPUT,
    /** There is no index at the given location. */
    INDEX_NOT_FOUND,
    /** Another process holds the index's write lock. */
    INDEX_LOCKED,
    /** The index files are damaged or not a Lucene index. */
    INDEX_CORRUPT,
    /** The index was built by an incompatible version of Moniker's analysis. */
    INDEX_INCOMPATIBLE,
    /** A user-supplied argument is out of range or malformed. */
    INVALID_ARGUMENT,
    /** Reading or writing failed for another reason. */
    IO
  }

  private final Kind kind;

  public MonikerException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public MonikerException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
