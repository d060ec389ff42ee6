package dev.moniker.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * The results table: each query kind, Moniker against its baseline, the ratio and the target. A
 * target is "met" only when it holds with JMH's 99.9% error taken against Moniker: Moniker's mean
 * plus its error over the baseline's mean minus its error. A row whose results are missing is an
 * error, unless {@code --include} left one of its methods out.
 */
final class Report {

  record SizeFacts(
      int docs, long monikerBytes, long plainBytes, long searchHeapBytes, String build, int monikerSegments,
      int plainSegments) {}

  /** Moniker's method, the baseline's, what is compared, and the target ratio (0: none). */
  record Pair(String label, String moniker, String baseline, double target) {}

  static final List<Pair> PAIRS =
      List.of(
          new Pair("word, common", "monikerWordCommon", "plainWordCommon", 1.1),
          new Pair("word, common vs plain reading stored fields", "monikerWordCommon", "plainWordCommonStored", 0),
          new Pair("word, common vs plain search without reading hits", "monikerWordCommon", "plainWordCommonSearchOnly", 0),
          new Pair("word, rare", "monikerWordRare", "plainWordRare", 1.1),
          new Pair("word, rare vs plain reading stored fields", "monikerWordRare", "plainWordRareStored", 0),
          new Pair("two-word phrase", "monikerPhrase", "plainPhrase", 1.1),
          new Pair("two-word phrase vs plain reading stored fields", "monikerPhrase", "plainPhraseStored", 0),
          new Pair("two-word phrase vs plain search without reading hits", "monikerPhrase", "plainPhraseSearchOnly", 0),
          new Pair("AND of two words", "monikerAnd", "plainAnd", 1.1),
          new Pair("AND of two words vs plain reading stored fields", "monikerAnd", "plainAndStored", 0),
          new Pair("entity, variant spelling vs plain OR of all variants", "monikerEntityVariant", "plainEntityOrOfVariants", 0.2),
          new Pair("entity, variant spelling vs a common word on Moniker's index", "monikerEntityVariant", "monikerWordCommon", 1.2),
          new Pair("entity + exact count + 3 facet dims vs Lucene facets", "monikerEntityFacets", "luceneFacetsSameMatches", 1.2),
          new Pair("drill-down + facets vs Lucene drill-sideways", "monikerDrillDownFacets", "luceneDrillSideways", 1.2),
          new Pair("top 10 with highlighting", "monikerTop10Highlight", "plainTop10Highlight", 0),
          new Pair("top 10 with highlighting vs plain reading stored fields", "monikerTop10Highlight", "plainTop10HighlightStored", 0));

  private Report() {}

  /**
   * @param include the {@code --include} pattern the run was given, or null: rows with a method
   *     it leaves out are not expected
   * @throws IllegalStateException when an expected row's results are missing
   */
  static String markdown(
      String mode, Collection<RunResult> results, List<SizeFacts> facts, String vectorization, int batch,
      long batchBytes, String include) {
    Map<String, RunResult> byKey = new HashMap<>();
    TreeSet<Integer> sizes = new TreeSet<>();
    for (RunResult r : results) {
      String method = method(r);
      String docs = r.getParams().getParam("docs");
      if (docs != null) {
        sizes.add(Integer.parseInt(docs));
      }
      byKey.put(method + "/" + docs + "/" + r.getParams().getMode(), r);
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Mode: ").append(mode).append(". Machine: ").append(machine()).append(".\n");
    sb.append("Lucene vectorization: ").append(vectorization).append(".\n");
    sb.append("Ratio: Moniker's mean over the baseline's; in brackets the ratio with JMH's 99.9% error")
        .append(" taken against Moniker (its mean + error over the baseline's mean - error), which a")
        .append(" \"met\" must also satisfy.\n\n");
    for (int docs : sizes) {
      sb.append(String.format(Locale.ROOT, "### %,d articles%n%n", docs));
      sb.append("| query | Moniker mean ± error / p50 / p99 (µs) | baseline mean ± error / p50 / p99 (µs) | ratio of means [against us] | target |\n");
      sb.append("| --- | --- | --- | --- | --- |\n");
      for (Pair p : PAIRS) {
        if (!expected(p, include)) {
          continue;
        }
        RunResult ms = byKey.get(p.moniker() + "/" + docs + "/" + Mode.SampleTime);
        RunResult bs = byKey.get(p.baseline() + "/" + docs + "/" + Mode.SampleTime);
        // the mean: from the AverageTime run when there was one, else the SampleTime run's
        RunResult ma = byKey.getOrDefault(p.moniker() + "/" + docs + "/" + Mode.AverageTime, ms);
        RunResult ba = byKey.getOrDefault(p.baseline() + "/" + docs + "/" + Mode.AverageTime, bs);
        if (ma == null || ba == null) {
          throw new IllegalStateException(
              "no result for " + (ma == null ? p.moniker() : p.baseline()) + " at " + docs
                  + " articles: row '" + p.label() + "' cannot be reported (did the benchmark fail?)");
        }
        Ratio ratio = Ratio.of(ma.getPrimaryResult(), ba.getPrimaryResult());
        sb.append(String.format(Locale.ROOT, "| %s (`%s` / `%s`) | %s | %s | %s | %s |%n",
            p.label(), p.moniker(), p.baseline(), times(ma, ms), times(ba, bs), ratio,
            ratio.verdict(p.target())));
      }
      sb.append('\n');
    }
    RunResult mi = indexing(byKey, "moniker");
    RunResult ci = indexing(byKey, "plainMonikerAnalyzer");
    RunResult pi = indexing(byKey, "plainStandardAnalyzer");
    if (mi != null && pi != null && ci != null) {
      double mMs = mi.getPrimaryResult().getScore();
      double cMs = ci.getPrimaryResult().getScore();
      double pMs = pi.getPrimaryResult().getScore();
      sb.append("### Indexing (batches of ").append(batch).append(" articles, ")
          .append(String.format(Locale.ROOT, "%.1f MB", batchBytes / 1e6)).append(", into a new index, committed)\n\n");
      sb.append("| chain | ms per batch | articles/s | MB/s | time vs StandardAnalyzer |\n| --- | --- | --- | --- | --- |\n");
      sb.append(indexRow("plain IndexWriter, StandardAnalyzer (`plainStandardAnalyzer`)", pMs, pMs, batch, batchBytes));
      sb.append(indexRow("plain IndexWriter, Moniker's analyzer (`plainMonikerAnalyzer`)", cMs, pMs, batch, batchBytes));
      sb.append(indexRow("Moniker's API: analyzer + entity facets + display doc values + update by id (`moniker`)", mMs, pMs, batch, batchBytes));
      sb.append(String.format(Locale.ROOT,
          "%nTarget, Moniker's analysis chain at most 2x the time of StandardAnalyzer alone: %.2fx, %s. "
              + "The whole Moniker indexing path: %.2fx.%n%n",
          cMs / pMs, cMs / pMs <= 2 ? "met" : "**missed**", mMs / pMs));
    }
    if (!facts.isEmpty()) {
      sb.append("### Index size and search heap\n\n");
      sb.append("| articles | Moniker index | plain index | size ratio | segments Moniker / plain | heap retained by an open Moniker searcher (after a facet query) | build time Moniker / plain |\n");
      sb.append("| --- | --- | --- | --- | --- | --- | --- |\n");
      for (SizeFacts f : facts) {
        sb.append(String.format(Locale.ROOT, "| %,d | %s | %s | %.2fx | %d / %d | %s | %s |%n", f.docs(), mb(f.monikerBytes()),
            mb(f.plainBytes()), (double) f.monikerBytes() / f.plainBytes(), f.monikerSegments(), f.plainSegments(),
            mb(f.searchHeapBytes()), buildTimes(f.build())));
      }
      sb.append("\nBoth indexes are force-merged to the same number of segments after they are built")
          .append(" (build times include the merge).\n");
    }
    return sb.toString();
  }

  /** Whether both of the row's methods were selected to run. */
  static boolean expected(Pair p, String include) {
    if (include == null) {
      return true;
    }
    Pattern selected = Pattern.compile(".*(" + include + ").*");
    return selected.matcher(p.moniker()).matches() && selected.matcher(p.baseline()).matches();
  }

  /**
   * Moniker's mean over the baseline's, and the same ratio with JMH's 99.9% confidence error taken
   * against Moniker: {@code (moniker + error) / (baseline - error)}. Infinite when the error is
   * unknown (one iteration) or as large as the baseline's mean.
   */
  record Ratio(double mean, double againstUs) {
    static Ratio of(Result<?> moniker, Result<?> baseline) {
      return of(moniker.getScore(), moniker.getScoreError(), baseline.getScore(), baseline.getScoreError());
    }

    /** From means and their errors (NaN: unknown). */
    static Ratio of(double m, double em, double b, double eb) {
      double worst = Double.isNaN(em) || Double.isNaN(eb) || b - eb <= 0 ? Double.POSITIVE_INFINITY : (m + em) / (b - eb);
      return new Ratio(m / b, worst);
    }

    /** "met" only when the target holds against the error too; "not shown" when only the means meet it. */
    String verdict(double target) {
      if (target == 0) {
        return "-";
      }
      String goal = target < 1
          ? String.format(Locale.ROOT, "≥ %.0fx faster", 1 / target)
          : String.format(Locale.ROOT, "≤ %.1fx", target);
      if (againstUs <= target) {
        return goal + ": met";
      }
      return goal + (mean <= target ? ": **not shown** (within error)" : ": **missed**");
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.2fx [%s]", mean,
          Double.isInfinite(againstUs) ? "∞: error unknown or ≥ the baseline" : String.format(Locale.ROOT, "%.2fx", againstUs));
    }
  }

  private static RunResult indexing(Map<String, RunResult> byKey, String method) {
    RunResult r = byKey.get(method + "/null/" + Mode.AverageTime);
    return r != null ? r : byKey.get(method + "/null/" + Mode.SampleTime);
  }

  private static String indexRow(String name, double msPerBatch, double baselineMs, int batch, long bytes) {
    double seconds = msPerBatch / 1000;
    return String.format(Locale.ROOT, "| %s | %.0f | %,.0f | %.1f | %.2fx |%n", name, msPerBatch,
        batch / seconds, bytes / 1e6 / seconds, msPerBatch / baselineMs);
  }

  private static String times(RunResult avg, RunResult sample) {
    double error = avg.getPrimaryResult().getScoreError();
    String mean = String.format(Locale.ROOT, "%.1f ± %s", avg.getPrimaryResult().getScore(),
        Double.isNaN(error) ? "?" : String.format(Locale.ROOT, "%.1f", error));
    if (sample == null || sample.getParams().getMode() != Mode.SampleTime) {
      return mean;
    }
    Statistics s = sample.getPrimaryResult().getStatistics();
    return String.format(Locale.ROOT, "%s / %.1f / %.1f", mean, s.getPercentile(50), s.getPercentile(99));
  }

  private static String method(RunResult r) {
    String b = r.getParams().getBenchmark();
    return b.substring(b.lastIndexOf('.') + 1);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }

  private static String buildTimes(String build) {
    Map<String, String> kv = new HashMap<>();
    build.lines().map(l -> l.split("=", 2)).filter(a -> a.length == 2).forEach(a -> kv.put(a[0], a[1]));
    return String.format(Locale.ROOT, "%s s / %s s",
        seconds(kv.get("monikerBuildMs")), seconds(kv.get("plainBuildMs")));
  }

  private static String seconds(String ms) {
    return ms == null ? "?" : String.format(Locale.ROOT, "%.0f", Long.parseLong(ms) / 1000.0);
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse(cpu);
    } catch (IOException | RuntimeException e) {
      // not Linux: keep the generic name
    }
    return String.format(Locale.ROOT, "%s, %d cores, %.0f GB RAM, JDK %s, %s", cpu,
        Runtime.getRuntime().availableProcessors(), memoryGb(), Runtime.version(), System.getProperty("os.name"));
  }

  private static double memoryGb() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getTotalMemorySize() / 1e9;
    }
    return 0;
  }
}
