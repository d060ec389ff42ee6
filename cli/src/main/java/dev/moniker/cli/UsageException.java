package dev.moniker.cli;

/**
 * A usage error: a bad option or value, a missing argument. Reported in one line naming the
 * command whose help explains it, with exit code 2.
 */
final class UsageException extends RuntimeException {

  private final String command;

  /**
   * @param command the command as the user types it, for the hint: {@code moniker search}
   */
  UsageException(String command, String message) {
    super(message, null, false, false);
    this.command = command;
  }

  String command() {
    return command;
  }
}
