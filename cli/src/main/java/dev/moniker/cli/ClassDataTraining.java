package dev.moniker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The training run of the class-data-sharing archive made when the jar is built: runs every
 * command once, in-process, on the sample articles, so that a JVM started with {@code
 * -XX:ArchiveClassesAtExit} records the classes each command loads. The launcher then starts
 * with that archive and skips loading, parsing and verifying those classes.
 *
 * <p>With {@code --aot-cache FILE} on JDK 25 or newer, runs the same training in a child JVM with
 * {@code -XX:AOTCacheOutput} and the launcher's options for short commands, which makes an
 * ahead-of-time cache (JEP 483, 514): the classes come loaded and linked, and the lambdas' classes
 * too. Beside it goes {@code FILE.jdk}, the two lines of the JDK's {@code release} file that say
 * which build made it, so the launcher uses the cache only with that JDK. On an older JDK this
 * mode does nothing.
 *
 * <p>Not a user command: the build runs {@code java -cp moniker-cli.jar
 * dev.moniker.cli.ClassDataTraining [--aot-cache FILE] SAMPLES_FOLDER}.
 */
final class ClassDataTraining {

  /** Held so the setting is not garbage-collected with the logger. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private ClassDataTraining() {}

  /** The JVM options of the launcher's short commands; an AOT cache is used only with the same. */
  static final List<String> SHORT_COMMAND_OPTIONS =
      List.of("--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1");

  /** The lines of a JDK's {@code release} file that tell its build. */
  static final List<String> JDK_BUILD_KEYS = List.of("JAVA_RUNTIME_VERSION=", "IMPLEMENTOR=");

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length == 3 && args[0].equals("--aot-cache")) {
      System.exit(makeAotCache(Path.of(args[1]).toAbsolutePath(), args[2]));
    }
    if (args.length != 1) {
      System.err.println("usage: ClassDataTraining [--aot-cache FILE] SAMPLES_FOLDER");
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

  /** Makes the AOT cache with a training run in a child JVM; returns its exit code. */
  private static int makeAotCache(Path cache, String samples) throws IOException, InterruptedException {
    Path stamp = Path.of(cache + ".jdk");
    Files.deleteIfExists(cache);
    Files.deleteIfExists(stamp);
    if (Runtime.version().feature() < 25) {
      System.out.println("no AOT cache: JDK " + Runtime.version() + " has no -XX:AOTCacheOutput (JDK 25+)");
      return 0;
    }
    Path home = Path.of(System.getProperty("java.home"));
    List<String> build = Files.readAllLines(home.resolve("release")).stream()
        .filter(line -> JDK_BUILD_KEYS.stream().anyMatch(line::startsWith))
        .sorted()
        .toList();
    if (build.size() != JDK_BUILD_KEYS.size()) {
      System.out.println("no AOT cache: " + home.resolve("release") + " does not say which build this JDK is");
      return 0;
    }
    Path partial = Path.of(cache + ".partial");
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/java").toString(), "-XX:AOTCacheOutput=" + partial));
    command.addAll(SHORT_COMMAND_OPTIONS);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ClassDataTraining.class.getName(), samples));
    System.out.println("AOT cache training run: " + command);
    int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (exit != 0 || !Files.isRegularFile(partial)) {
      Files.deleteIfExists(partial);
      System.out.println("the AOT cache training run failed (" + exit + ")");
      return exit == 0 ? 1 : exit;
    }
    Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.write(stamp, build);
    return 0;
  }

  /** Runs one command with its output discarded; a failure fails the build. */
  private static void run(String... args) {
    // as main does, so that the archive holds the classes (and the lambda) of that thread too
    MonikerCli.awaitQuietly(MonikerCli.prepare(args[0]));
    StringWriter err = new StringWriter();
    int exit = MonikerCli.run(new Io(Terminal.none(), new PrintWriter(new StringWriter()), new PrintWriter(err)), args);
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
