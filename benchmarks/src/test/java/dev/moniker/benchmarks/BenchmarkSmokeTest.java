package dev.moniker.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI's proof that the suite still compiles and runs: every benchmark for one tiny iteration on a
 * tiny corpus, in this JVM, with the setup's hit-count checks, and a report with every row.
 * Measures nothing worth reading.
 */
class BenchmarkSmokeTest {

  @TempDir Path tmp;

  @Test
  void everyBenchmarkRunsOnceAndTheReportHasEveryRow() throws Exception {
    System.setProperty("moniker.bench.dir", tmp.resolve("indexes").toString());
    try {
      BenchmarkMain.Settings smoke = new BenchmarkMain.Settings("smoke", List.of(600), 0, 1, 0, 1, 0, 1, 100, true);
      String report = BenchmarkMain.run(smoke, tmp.resolve("results"), null, false);
      for (Report.Pair p : Report.PAIRS) {
        assertTrue(report.contains("`" + p.moniker() + "` / `" + p.baseline() + "`"), p + "\n" + report);
      }
      assertTrue(report.contains("### Indexing"), report);
      assertTrue(report.contains("### Index size"), report);
      assertTrue(report.contains("| 600 | "), report);
      assertTrue(report.contains(" | 1 / 1 | "), "both indexes force-merged to one segment\n" + report);
      assertFalse(report.contains("NaN"), report);
      assertTrue(Files.size(tmp.resolve("results").resolve("jmh-smoke-600.json")) > 0);
    } finally {
      System.clearProperty("moniker.bench.dir");
    }
  }
}
