package dev.moniker.benchmarks;

import dev.moniker.Moniker;
import dev.moniker.benchmarks.corpus.BenchIndexes;
import dev.moniker.benchmarks.corpus.CorpusWriter;
import dev.moniker.benchmarks.startup.StartupBenchmark;
import dev.moniker.search.SearchRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and writes its report: {@code --quick} (default: 10k articles, short
 * iterations, a few minutes on 2 cores) or {@code --full} (10k, 100k and 1M articles, iterations
 * as in Lucene's own JMH suite, two forks). Builds or reuses the cached indexes first, runs JMH, then writes
 * the JMH JSON and a Markdown table of Moniker against plain Lucene, with index sizes, heap and
 * the machine, to the results folder.
 */
public final class BenchmarkMain {

  /**
   * @param sampleOnly run JMH's SampleTime mode only (its mean stands for the average time);
   *     otherwise AverageTime and SampleTime both, as the benchmark classes declare
   */
  record Settings(
      String name, List<Integer> sizes, int forks, int warmups, int warmupSeconds, int measurements,
      int measureSeconds, int indexingMeasurements, int indexingBatch, boolean sampleOnly) {}

  static final Settings QUICK = new Settings("quick", List.of(10_000), 1, 1, 1, 2, 1, 2, 1000, true);
  static final Settings FULL =
      new Settings("full", List.of(10_000, 100_000, 1_000_000), 2, 3, 3, 5, 5, 5, 2000, false);

  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    Settings settings = QUICK;
    Path out = Path.of("benchmarks", "results");
    String include = null;
    boolean sampleOnly = false;
    int startupRuns = 0;
    Path startupBaseline = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> settings = QUICK;
        case "--full" -> settings = FULL;
        case "--docs" -> settings = withSizes(settings, args[++i]);
        case "--sample-only" -> sampleOnly = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--include" -> include = args[++i];
        case "--startup" ->
            startupRuns = i + 1 < args.length && args[i + 1].matches("\\d+") ? Integer.parseInt(args[++i]) : 11;
        case "--startup-baseline" -> startupBaseline = Path.of(args[++i]).toAbsolutePath();
        case "--cache" -> System.setProperty(BenchIndexes.CACHE_PROPERTY, Path.of(args[++i]).toAbsolutePath().toString());
        case "--write-corpus" -> {
          int docs = Integer.parseInt(args[++i]);
          Path file = Path.of(args[++i]);
          long bytes = CorpusWriter.write(docs, QueryBenchmark.SEED, file);
          System.err.printf("wrote %,d articles (%.1f MB) to %s%n", docs, bytes / 1e6, file);
          return;
        }
        case "-h", "--help" -> {
          System.out.println(
              "usage: benchmarks/run [--quick | --full] [--docs N[,N...]] [--sample-only] [--include REGEX]\n"
                  + "                      [--out DIR] [--cache DIR]\n"
                  + "  --quick   10k articles, short iterations (default; a few minutes on 2 cores)\n"
                  + "  --full    10k, 100k and 1M articles, full iterations (hours; indexes are cached)\n"
                  + "  --docs    corpus sizes to run instead\n"
                  + "  --sample-only  JMH's sample-time mode only (its mean is the average time): half\n"
                  + "            the run time of --full, same warm-up and iterations\n"
                  + "  --include only benchmarks whose name matches (e.g. 'Entity|Facets')\n"
                  + "  --out     results folder (default benchmarks/results)\n"
                  + "  --cache   where indexes are built and kept (default benchmarks/target/bench-indexes)\n"
                  + "  --startup [RUNS]  time whole ./moniker search and analyze processes against a\n"
                  + "            plain-Lucene command-line search on the same articles (default 11 runs)\n"
                  + "            and write results-startup.md (no JMH; run alone on the machine)\n"
                  + "  --startup-baseline DIR  with --startup: also time the launcher of another built\n"
                  + "            checkout (e.g. the commit before a change), interleaved with the rest\n"
                  + "  --write-corpus N FILE   write the first N generated articles as JSON Lines and stop\n"
                  + "                          (then: ./moniker index --index DIR FILE)");
          return;
        }
        default -> {
          System.err.println("benchmarks: unknown argument '" + args[i] + "'; see --help");
          System.exit(2);
        }
      }
    }
    if (startupRuns > 0) {
      System.out.println(StartupBenchmark.run(Path.of(""), startupBaseline, startupRuns, out));
      return;
    }
    run(sampleOnly ? sampleOnly(settings) : settings, out, include, true);
  }

  static Settings withSizes(Settings s, String sizes) {
    List<Integer> list = Arrays.stream(sizes.split(",")).map(String::strip).map(Integer::parseInt).toList();
    return new Settings(s.name(), list, s.forks(), s.warmups(), s.warmupSeconds(), s.measurements(),
        s.measureSeconds(), s.indexingMeasurements(), s.indexingBatch(), s.sampleOnly());
  }

  /** The same settings measured in sample-time mode only, labelled so in file names. */
  static Settings sampleOnly(Settings s) {
    return new Settings(s.name() + "-sampled", s.sizes(), s.forks(), s.warmups(), s.warmupSeconds(),
        s.measurements(), s.measureSeconds(), s.indexingMeasurements(), s.indexingBatch(), true);
  }

  /** Runs the suite; returns the report's Markdown. */
  static String run(Settings s, Path out, String include, boolean fork) throws IOException, RunnerException {
    Vectorization.listen();
    Files.createDirectories(out);
    for (int docs : s.sizes()) {
      BenchIndexes.ensure(docs, QueryBenchmark.SEED);
    }
    String label = s.name() + "-" + String.join("-", s.sizes().stream().map(BenchmarkMain::shortSize).toList());
    Path json = out.resolve("jmh-" + label + ".json");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(QueryBenchmark.class.getSimpleName() + "\\." + (include == null ? "" : ".*(" + include + ")"))
            .param("docs", s.sizes().stream().map(String::valueOf).toArray(String[]::new))
            .forks(fork ? s.forks() : 0)
            .warmupIterations(s.warmups())
            .warmupTime(TimeValue.seconds(s.warmupSeconds()))
            .measurementIterations(s.measurements())
            .measurementTime(TimeValue.seconds(s.measureSeconds()))
            .jvmArgsAppend(cacheArgument())
            .resultFormat(ResultFormatType.JSON)
            .result(json.toString());
    if (s.sampleOnly()) {
      options.mode(Mode.SampleTime);
    }
    if (s.warmupSeconds() == 0) {
      options.warmupTime(TimeValue.milliseconds(100)).measurementTime(TimeValue.milliseconds(100));
    }
    Collection<RunResult> results = new ArrayList<>(new Runner(options.build()).run());
    if (include == null || "indexing".matches(".*(" + include + ").*")) {
      ChainedOptionsBuilder indexing =
          new OptionsBuilder()
              .include(IndexingBenchmark.class.getSimpleName())
              .param("batch", String.valueOf(s.indexingBatch()))
              .forks(fork ? s.forks() : 0)
              .warmupIterations(Math.max(1, s.warmups() - 1))
              .measurementIterations(s.indexingMeasurements())
              .resultFormat(ResultFormatType.JSON)
              .result(out.resolve("jmh-" + label + "-indexing.json").toString());
      if (s.warmupSeconds() == 0) {
        indexing.warmupTime(TimeValue.milliseconds(100)).measurementTime(TimeValue.milliseconds(100));
      }
      results.addAll(new Runner(indexing.build()).run());
    }
    List<Report.SizeFacts> facts = new ArrayList<>();
    for (int docs : s.sizes()) {
      facts.add(sizeFacts(docs));
    }
    String markdown =
        Report.markdown(s.name(), results, facts, Vectorization.describe(), s.indexingBatch(),
            IndexingBenchmark.batchBytes(42, s.indexingBatch()), include);
    Files.writeString(out.resolve("results-" + label + ".md"), markdown);
    System.out.println();
    System.out.println(markdown);
    return markdown;
  }

  /** 10000 as 10k, 1000000 as 1m: for file names. */
  static String shortSize(int docs) {
    if (docs % 1_000_000 == 0) {
      return docs / 1_000_000 + "m";
    }
    return docs % 1000 == 0 ? docs / 1000 + "k" : String.valueOf(docs);
  }

  /** Forked benchmark JVMs must find the same index cache as this one. */
  private static String cacheArgument() {
    return "-D" + BenchIndexes.CACHE_PROPERTY + "=" + BenchIndexes.cacheRoot().toAbsolutePath();
  }

  /** Index sizes on disk, and the heap a searcher needs: retained after opening and searching. */
  static Report.SizeFacts sizeFacts(int docs) throws IOException {
    long monikerBytes = BenchIndexes.sizeOnDisk(BenchIndexes.moniker(docs, QueryBenchmark.SEED));
    long plainBytes = BenchIndexes.sizeOnDisk(BenchIndexes.plain(docs, QueryBenchmark.SEED));
    long before = retainedHeap();
    long after;
    try (Moniker m = Moniker.open(BenchIndexes.moniker(docs, QueryBenchmark.SEED))) {
      m.search(SearchRequest.of("*:*").facets(10).highlight(true));
      after = retainedHeap();
    }
    String build = BenchIndexes.buildTimes(docs, QueryBenchmark.SEED);
    return new Report.SizeFacts(docs, monikerBytes, plainBytes, Math.max(0, after - before), build,
        BenchIndexes.segments(BenchIndexes.moniker(docs, QueryBenchmark.SEED)),
        BenchIndexes.segments(BenchIndexes.plain(docs, QueryBenchmark.SEED)));
  }

  private static long retainedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
