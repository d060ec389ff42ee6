package dev.moniker.cli;

import java.io.Console;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Whether output goes to a person at a terminal (bold highlights, a progress line) or to a pipe
 * or file (plain text, no progress). The {@code moniker} launcher tells the JVM exactly, through
 * {@code -Dmoniker.stdout.tty} and {@code -Dmoniker.stderr.tty}; otherwise the console decides.
 * Whether a terminal gets bold text (and coloured help) follows the rules picocli, the CLI's former
 * parser, applied, so nothing changed for users: {@code -Dpicocli.ansi=true|false|tty} decides if
 * set, else {@code NO_COLOR} turns colour off, {@code CLICOLOR_FORCE} (not 0) on, {@code
 * CLICOLOR=0} off, and otherwise a console gets colour (on Windows only in a terminal that sets
 * {@code TERM=xterm*} or {@code OSTYPE}).
 */
final class Terminal {

  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
  private static final boolean XTERM = System.getenv("TERM") != null && System.getenv("TERM").startsWith("xterm");
  private static final boolean OSTYPE = System.getenv("OSTYPE") != null;

  private final boolean stdout;
  private final boolean stderr;

  private Terminal(boolean stdout, boolean stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  static Terminal detect() {
    boolean console = consoleIsTerminal();
    return new Terminal(
        flag("moniker.stdout.tty", console) && colourAllowed(console),
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

  /** Whether colour may be used, by the settings above; {@code console}: a terminal is attached. */
  static boolean colourAllowed(boolean console) {
    String ansi = System.getProperty("picocli.ansi");
    if (ansi != null && !ansi.equalsIgnoreCase("auto")) {
      return ansi.equalsIgnoreCase("tty") ? console || pseudoTerminal() : Boolean.parseBoolean(ansi);
    }
    if (System.getenv("NO_COLOR") != null) {
      return false;
    }
    String force = System.getenv("CLICOLOR_FORCE");
    if (force != null && !force.equals("0")) {
      return true;
    }
    if ("0".equals(System.getenv("CLICOLOR"))) {
      return false;
    }
    if (!console && !pseudoTerminal()) {
      return false;
    }
    return "1".equals(System.getenv("CLICOLOR")) || !WINDOWS || XTERM || OSTYPE;
  }

  /** A Windows terminal that is no console but takes escape codes (Cygwin, MSYS, xterm). */
  private static boolean pseudoTerminal() {
    return WINDOWS && (XTERM || OSTYPE);
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
