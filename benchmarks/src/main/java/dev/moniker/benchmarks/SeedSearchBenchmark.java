package dev.moniker.benchmarks;

import dev.moniker.Moniker;
import dev.moniker.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search latency over the bundled sample articles through the public API, highlighting included.
 * A smoke benchmark: the corpus-scale comparison with plain Lucene lives beside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SeedSearchBenchmark {

  @Param({"seeds"})
  public String seeds;

  @Param({"Kim Jong Un", "nuclear", "\"North Korea\""})
  public String query;

  private Path indexDir;
  private Moniker moniker;
  private SearchRequest request;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    indexDir = Files.createTempDirectory("moniker-bench");
    moniker = Moniker.open(indexDir);
    moniker.index(List.of(Path.of(seeds)));
    request = SearchRequest.of(query);
    if (moniker.search(request).total() == 0) {
      throw new IllegalStateException("benchmark query finds nothing: " + query);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    moniker.close();
    try (Stream<Path> files = Files.walk(indexDir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public long search() {
    return moniker.search(request).total();
  }
}
