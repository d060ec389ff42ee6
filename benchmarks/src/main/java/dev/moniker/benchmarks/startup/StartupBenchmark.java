package dev.moniker.benchmarks.startup;

import dev.moniker.benchmarks.corpus.PlainIndex;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

/**
 * Times whole processes, as a user at a shell feels them: {@code ./moniker search} and {@code
 * ./moniker analyze} through the launcher, against {@link PlainSearch}, the smallest plain-Lucene
 * command-line search with highlighting, on the same articles (the bundled samples, indexed by
 * {@code ./moniker index}; the plain index holds the articles Moniker stored). Each command runs
 * several times, the commands interleaved so that a busy moment of the machine hits all of them;
 * the table gives median wall time and median CPU time (user + system, of the process and its
 * children, from {@code /proc/self/stat}).
 *
 * <p>The plain command runs on the same JDK with the launcher's module options and the JDK's
 * default class-data archive, as a user's {@code java -cp ...} would; the ratios and targets are
 * against it. A second plain row adds the launcher's JIT option, to show what that alone is worth.
 *
 * <p>Given a baseline checkout (built, e.g. a worktree of the commit before a change), its
 * launcher's search, first search after index and analyze run in the same rounds, on the same
 * index, so that before and after meet the same moments of a busy machine.
 */
public final class StartupBenchmark {

  static final String QUERY = "Kim Jong Un";
  static final String ANALYZE = "Kim Jong Un met Xi Jinping in Dalian.";
  /** Targets: Moniker's command at most this many times the plain one's median wall time ... */
  static final double TARGET_RATIO = 1.2;
  /** ... and under this median wall time. */
  static final double TARGET_MS = 500;

  private record Command(String label, List<String> argv, List<String> before, boolean target) {}

  private StartupBenchmark() {}

  /**
   * Runs the benchmark from the checkout's root, and the launcher of {@code baseline} (another
   * checkout, or null for none) beside it; returns the report's Markdown.
   */
  public static String run(Path root, Path baseline, int runs, Path out) throws IOException, InterruptedException {
    Path launcher = root.resolve("moniker").toAbsolutePath();
    Path work = root.resolve("benchmarks/target/startup").toAbsolutePath();
    PlainIndex.deleteTree(work);
    Files.createDirectories(work);
    Path monikerIndex = work.resolve("moniker");
    Path plainIndex = work.resolve("plain");
    Path seeds = root.resolve("seeds").toAbsolutePath();
    String java = ProcessHandle.current().info().command().orElse("java");
    String jar = Path.of(PlainSearch.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
    Path cliJar = root.resolve("cli/target/moniker-cli.jar").toAbsolutePath();

    List<String> index = List.of(launcher.toString(), "index", "--index", monikerIndex.toString(), seeds.toString());
    time(index); // builds the CLI jar first if it is stale; not measured
    copyToPlainIndex(monikerIndex, plainIndex);

    List<String> jvm = List.of(java, "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED");
    List<String> search = List.of("search", "--index", monikerIndex.toString(), QUERY);
    List<Command> commands = List.of(
        new Command("plain Lucene command line (`PlainSearch`, top 10, 3 highlighted passages)",
            concat(jvm, List.of("-cp", jar, PlainSearch.class.getName(), plainIndex.toString(), QUERY)), List.of(), false),
        new Command("plain Lucene command line, first JIT tier only (the launcher's option for short commands)",
            concat(jvm, List.of("-XX:TieredStopAtLevel=1", "-cp", jar, PlainSearch.class.getName(), plainIndex.toString(), QUERY)),
            List.of(), false),
        new Command("`./moniker search \"" + QUERY + "\"`", concat(List.of(launcher.toString()), search), List.of(), true),
        new Command("`./moniker search`, the first after `./moniker index` of the same files",
            concat(List.of(launcher.toString()), search), index, true),
        new Command("`./moniker analyze \"" + ANALYZE + "\"`", List.of(launcher.toString(), "analyze", ANALYZE), List.of(), true),
        new Command("`java -jar moniker-cli.jar search` (no launcher, no class-data archive)",
            concat(jvm, concat(List.of("-jar", cliJar.toString()), search)), List.of(), false),
        new Command("JVM start and exit alone (`java -version`)", List.of(java, "-version"), List.of(), false));
    if (baseline != null) {
      String before = baseline.resolve("moniker").toString();
      List<String> baselineIndex = List.of(before, "index", "--index", monikerIndex.toString(), seeds.toString());
      time(baselineIndex); // builds the baseline's jar first if it is stale; not measured
      commands = concat(commands, List.of(
          new Command("baseline (" + baseline + "): `./moniker search \"" + QUERY + "\"`",
              concat(List.of(before), search), List.of(), false),
          new Command("baseline: `./moniker search`, the first after `./moniker index`",
              concat(List.of(before), search), baselineIndex, false),
          new Command("baseline: `./moniker analyze \"" + ANALYZE + "\"`", List.of(before, "analyze", ANALYZE), List.of(), false)));
    }

    String loadBefore = loadAverage();
    Map<Command, List<long[]>> samples = new LinkedHashMap<>();
    commands.forEach(c -> samples.put(c, new ArrayList<>()));
    for (int i = 0; i < runs; i++) {
      for (Command c : commands) {
        if (!c.before().isEmpty()) {
          time(c.before());
        }
        samples.get(c).add(time(c.argv()));
      }
    }
    String markdown = report(samples, runs, loadBefore, loadAverage(), java);
    Files.createDirectories(out);
    Files.writeString(out.resolve("results-startup.md"), markdown);
    return markdown;
  }

  private static String report(Map<Command, List<long[]>> samples, int runs, String loadBefore, String loadAfter, String java) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "Start-up: %d runs of each command, interleaved; JDK %s (%s); load average before %s, after %s.%n%n",
        runs, Runtime.version(), java, loadBefore, loadAfter));
    sb.append("| command | median wall (ms) | min - max wall (ms) | median CPU (ms) | wall vs plain | target |\n");
    sb.append("| --- | --- | --- | --- | --- | --- |\n");
    double plainWall = 0;
    for (Map.Entry<Command, List<long[]>> e : samples.entrySet()) {
      long[] walls = e.getValue().stream().mapToLong(s -> s[0]).sorted().toArray();
      long[] cpus = e.getValue().stream().mapToLong(s -> s[1]).sorted().toArray();
      double wall = median(walls) / 1e6;
      if (plainWall == 0) {
        plainWall = wall;
      }
      double ratio = wall / plainWall;
      String target = "-";
      if (e.getKey().target()) {
        boolean met = ratio <= TARGET_RATIO && wall < TARGET_MS;
        target = String.format(Locale.ROOT, "≤ %.1fx and < %.0f ms: %s", TARGET_RATIO, TARGET_MS, met ? "met" : "**missed**");
      }
      sb.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f - %.0f | %s | %.2fx | %s |%n", e.getKey().label(), wall,
          walls[0] / 1e6, walls[walls.length - 1] / 1e6, cpus[0] < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", median(cpus)),
          ratio, target));
    }
    return sb.toString();
  }

  /** Wall nanoseconds and CPU milliseconds (-1 when unknown) of one run, which must succeed. */
  private static long[] time(List<String> argv) throws IOException, InterruptedException {
    long cpuBefore = childrenCpuMillis();
    long started = System.nanoTime();
    Path err = Files.createTempFile("startup", ".err");
    try {
      Process p = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
      int exit = p.waitFor();
      long wall = System.nanoTime() - started;
      long cpuAfter = childrenCpuMillis();
      if (exit != 0) {
        throw new IllegalStateException(argv + " exited with " + exit + ": " + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new long[] {wall, cpuBefore < 0 ? -1 : cpuAfter - cpuBefore};
    } finally {
      Files.deleteIfExists(err);
    }
  }

  /** CPU time of this process's finished children, from /proc/self/stat (Linux); -1 elsewhere. */
  private static long childrenCpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // after the command name: state is field 3, cutime and cstime are fields 16 and 17
      long ticks = Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3]);
      return ticks * 1000 / 100; // USER_HZ is 100 on Linux
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static String loadAverage() {
    try {
      return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** The plain index of exactly the articles Moniker stored. */
  private static void copyToPlainIndex(Path monikerIndex, Path plainIndex) throws IOException {
    try (FSDirectory from = FSDirectory.open(monikerIndex);
        DirectoryReader reader = DirectoryReader.open(from);
        StandardAnalyzer analyzer = new StandardAnalyzer();
        FSDirectory to = FSDirectory.open(plainIndex);
        IndexWriter writer = new IndexWriter(to, PlainIndex.config(analyzer))) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document d = stored.document(doc, Set.of("id", "title", "body"));
        writer.addDocument(PlainIndex.document(Article.of(d.get("id"), d.get("title"), d.get("body"))));
      }
      writer.commit();
    }
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
