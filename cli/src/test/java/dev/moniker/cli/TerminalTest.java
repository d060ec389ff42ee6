package dev.moniker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bold on a terminal only where picocli's colour rules allow it; plain text elsewhere. */
class TerminalTest {

  private final Properties saved = (Properties) System.getProperties().clone();

  @AfterEach
  void restore() {
    System.setProperties(saved);
  }

  @Test
  void boldOnATerminalWhenColourIsAllowed() {
    System.setProperty("moniker.stdout.tty", "true");
    System.setProperty("picocli.ansi", "true");
    Terminal t = Terminal.detect();
    assertTrue(t.styledOutput());
    assertEquals("\u001b[1mKim\u001b[0m met", t.marks("<mark>Kim</mark> met"));
  }

  @Test
  void plainWhenPicocliSaysNoColourEvenOnATerminal() {
    System.setProperty("moniker.stdout.tty", "true");
    System.setProperty("picocli.ansi", "false");
    Terminal t = Terminal.detect();
    assertFalse(t.styledOutput());
    assertEquals("Kim met", t.marks("<mark>Kim</mark> met"));
    assertEquals("Kim", t.bold("Kim"));
  }

  @Test
  void plainWhenNotATerminalWhateverColourSettings() {
    System.setProperty("moniker.stdout.tty", "false");
    System.setProperty("moniker.stderr.tty", "false");
    System.setProperty("picocli.ansi", "true");
    Terminal t = Terminal.detect();
    assertFalse(t.styledOutput());
    assertFalse(t.progress());
  }
}
