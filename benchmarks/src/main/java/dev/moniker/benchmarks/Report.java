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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/** The results table: each query kind, Moniker against its baseline, the ratio and the target. */
final class Report {

  record SizeFacts(int docs, long monikerBytes, long plainBytes, long searchHeapBytes, String build) {}

  /** Moniker's method, the baseline's, what is compared, and the target ratio (0: none). */
  record Pair(String label, String moniker, String baseline, double target) {}

  static final List<Pair> PAIRS =
      List.of(
          new Pair("word, common", "monikerWordCommon", "plainWordCommon", 1.1),
          new Pair("word, common vs plain search without reading hits", "monikerWordCommon", "plainWordCommonSearchOnly", 0),
          new Pair("word, rare", "monikerWordRare", "plainWordRare", 1.1),
          new Pair("two-word phrase", "monikerPhrase", "plainPhrase", 1.1),
          new Pair("two-word phrase vs plain search without reading hits", "monikerPhrase", "plainPhraseSearchOnly", 0),
          new Pair("AND of two words", "monikerAnd", "plainAnd", 1.1),
          new Pair("entity, variant spelling vs plain OR of all variants", "monikerEntityVariant", "plainEntityOrOfVariants", 0.2),
          new Pair("entity, variant spelling vs a common word on Moniker's index", "monikerEntityVariant", "monikerWordCommon", 1.2),
          new Pair("entity + exact count + 3 facet dims vs Lucene facets", "monikerEntityFacets", "luceneFacetsSameMatches", 1.2),
          new Pair("drill-down + facets vs Lucene drill-sideways", "monikerDrillDownFacets", "luceneDrillSideways", 1.2),
          new Pair("top 10 with highlighting", "monikerTop10Highlight", "plainTop10Highlight", 0));

  private Report() {}

  static String markdown(
      String mode, Collection<RunResult> results, List<SizeFacts> facts, String vectorization, int batch,
      long batchBytes) {
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
    sb.append("Lucene vectorization: ").append(vectorization).append(".\n\n");
    for (int docs : sizes) {
      sb.append(String.format(Locale.ROOT, "### %,d articles%n%n", docs));
      sb.append("| query | Moniker mean / p50 / p99 (µs) | baseline mean / p50 / p99 (µs) | ratio (mean) | target |\n");
      sb.append("| --- | --- | --- | --- | --- |\n");
      for (Pair p : PAIRS) {
        RunResult ms = byKey.get(p.moniker() + "/" + docs + "/" + Mode.SampleTime);
        RunResult bs = byKey.get(p.baseline() + "/" + docs + "/" + Mode.SampleTime);
        // the mean: from the AverageTime run when there was one, else the SampleTime run's
        RunResult ma = byKey.getOrDefault(p.moniker() + "/" + docs + "/" + Mode.AverageTime, ms);
        RunResult ba = byKey.getOrDefault(p.baseline() + "/" + docs + "/" + Mode.AverageTime, bs);
        if (ma == null || ba == null) {
          continue;
        }
        double ratio = ma.getPrimaryResult().getScore() / ba.getPrimaryResult().getScore();
        sb.append(String.format(Locale.ROOT, "| %s (`%s` / `%s`) | %s | %s | %.2fx | %s |%n",
            p.label(), p.moniker(), p.baseline(), times(ma, ms), times(ba, bs), ratio, verdict(p.target(), ratio)));
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
      sb.append("| articles | Moniker index | plain index | size ratio | heap retained by an open Moniker searcher (after a facet query) | build time Moniker / plain |\n");
      sb.append("| --- | --- | --- | --- | --- | --- |\n");
      for (SizeFacts f : facts) {
        sb.append(String.format(Locale.ROOT, "| %,d | %s | %s | %.2fx | %s | %s |%n", f.docs(), mb(f.monikerBytes()),
            mb(f.plainBytes()), (double) f.monikerBytes() / f.plainBytes(), mb(f.searchHeapBytes()), buildTimes(f.build())));
      }
    }
    return sb.toString();
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
    String mean = String.format(Locale.ROOT, "%.1f", avg.getPrimaryResult().getScore());
    if (sample == null || sample.getParams().getMode() != Mode.SampleTime) {
      return mean;
    }
    Statistics s = sample.getPrimaryResult().getStatistics();
    return String.format(Locale.ROOT, "%s / %.1f / %.1f", mean, s.getPercentile(50), s.getPercentile(99));
  }

  private static String verdict(double target, double ratio) {
    if (target == 0) {
      return "-";
    }
    String goal = target < 1
        ? String.format(Locale.ROOT, "≥ %.0fx faster", 1 / target)
        : String.format(Locale.ROOT, "≤ %.1fx", target);
    return goal + (ratio <= target ? ": met" : ": **missed**");
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
