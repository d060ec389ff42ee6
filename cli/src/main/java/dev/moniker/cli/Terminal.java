package dev.moniker.cli;

import java.io.Console;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Help;

/**
 * Whether output goes to a person at a terminal (bold highlights, a progress line) or to a pipe
 * or file (plain text, no progress). The {@code moniker} launcher tells the JVM exactly, through
 * {@code -Dmoniker.stdout.tty} and {@code -Dmoniker.stderr.tty}; otherwise the console decides.
 * Whether a terminal gets bold text is picocli's {@link Help.Ansi#AUTO} decision, the one its
 * help uses: it honours {@code NO_COLOR}, {@code CLICOLOR_FORCE}, {@code -Dpicocli.ansi} and
 * Windows consoles.
 */
final class Terminal {

  private static final String BOLD = Help.Ansi.Style.bold.on();
  private static final String RESET = Help.Ansi.Style.reset.on();

  private final boolean stdout;
  private final boolean stderr;

  private Terminal(boolean stdout, boolean stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  static Terminal detect() {
    boolean console = consoleIsTerminal();
    return new Terminal(
        flag("moniker.stdout.tty", console) && Help.Ansi.AUTO.enabled(),
        flag("moniker.stderr.tty", console));
  }

  static Terminal none() {
    return new Terminal(false, false);
  }

  /** Bold and plain text on a terminal, plain text elsewhere. */
  boolean styledOutput() {
    return stdout;
  }

  /** A progress line on stderr. */
  boolean progress() {
    return stderr;
  }

  /**
   * Where progress lines go: stderr, or the device the launcher names when it filters stderr by
   * whole lines (a self-overwriting progress line has no line end).
   */
  PrintWriter progressWriter(PrintWriter err) {
    String device = System.getProperty("moniker.progress.device");
    if (device != null) {
      try {
        return new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(device), StandardCharsets.UTF_8), true);
      } catch (IOException e) {
        return err;
      }
    }
    return err;
  }

  String bold(String text) {
    return stdout ? BOLD + text + RESET : text;
  }

  /** Replaces {@code <mark>} tags with bold on a terminal, and drops them elsewhere. */
  String marks(String highlighted) {
    return highlighted
        .replace("<mark>", stdout ? BOLD : "")
        .replace("</mark>", stdout ? RESET : "");
  }

  private static boolean flag(String property, boolean fallback) {
    String v = System.getProperty(property);
    return v == null ? fallback : Boolean.parseBoolean(v);
  }

  private static boolean consoleIsTerminal() {
    Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      // JDK 22+ returns a Console even when redirected; isTerminal() tells the truth there.
      return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
