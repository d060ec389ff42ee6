package dev.moniker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run of the class-data-sharing archive made when the jar is built: runs every
 * command once, in-process, on the sample articles, so that a JVM started with {@code
 * -XX:ArchiveClassesAtExit} records the classes each command loads. The launcher then starts
 * with that archive and skips loading, parsing and verifying those classes.
 *
 * <p>Not a user command: the build runs {@code java -cp moniker-cli.jar
 * dev.moniker.cli.ClassDataTraining SAMPLES_FOLDER}.
 */
final class ClassDataTraining {

  /** Held so the setting is not garbage-collected with the logger. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private ClassDataTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ClassDataTraining SAMPLES_FOLDER");
      System.exit(2);
    }
    LUCENE_LOG.setLevel(Level.WARNING);
    System.out.println("class-data training run on JDK " + Runtime.version() + " at " + System.getProperty("java.home"));
    Path index = Files.createTempDirectory("moniker-cds-training");
    try {
      String dir = index.toString();
      run("index", "--index", dir, args[0]);
      run("search", "--index", dir, "Kim Jong Un");
      run("search", "--index", dir, "--json", "--limit", "3", "\"nuclear program\" OR Xi");
      run("search", "--index", dir, "--filter", "person:Kim Jong Eun", "*:*");
      run("entities", "--index", dir, "--type", "person", "nuclear");
      run("analyze", "Pak Kun-hye met 김정은; Pyongyang rebuffed Chin's advice.");
      run("analyze", "--json", "Gim Jeong-eun");
      run("delete", "--index", dir, "no-such-article");
      run("search", "--help");
    } finally {
      deleteTree(index);
    }
  }

  /** Runs one command with its output discarded; a failure fails the build. */
  private static void run(String... args) {
    CommandLine cli = MonikerCli.commandLine(Terminal.none());
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    if (exit != ExitCodes.OK && !(args[0].equals("delete") && exit == ExitCodes.FAILURE)) {
      throw new IllegalStateException("training command " + List.of(args) + " failed (" + exit + "): " + err);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
