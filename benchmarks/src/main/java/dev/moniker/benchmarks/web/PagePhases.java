package dev.moniker.benchmarks.web;

import dev.moniker.Moniker;
import dev.moniker.benchmarks.corpus.CorpusGenerator;
import dev.moniker.entities.EntityType;
import dev.moniker.search.SearchRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where a search page's library time goes: the {@link WebLoad} requests run as {@link
 * SearchRequest}s in one thread on the cached index, each part of the page turned on in turn
 * (hits alone, then facets, the histogram and highlighting). One thread and no HTTP, so the
 * differences between rows are the parts' own costs; WebLoad measures the page as a whole.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.moniker.benchmarks.web.PagePhases [--docs 100000] [--rounds 20]
 * </pre>
 */
public final class PagePhases {

  /** CPU time of this JVM: less skewed than wall time by other programs on a shared machine. */
  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  /**
   * CPU time and allocation of the searching thread alone: without the JIT compiler's and the
   * garbage collector's threads, which the JVM's figure includes.
   */
  private static final com.sun.management.ThreadMXBean THREAD =
      (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

  private PagePhases() {}

  public static void main(String[] args) throws Exception {
    int docs = 100_000;
    int rounds = 20;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    CorpusGenerator generator = new CorpusGenerator(42);
    Path index = WebLoad.ensureIndex(generator, docs);
    List<SearchRequest> pages = new ArrayList<>();
    for (String path : WebLoad.requests(generator)) {
      pages.add(asRequest(path));
    }
    List<Phase> phases =
        List.of(
            new Phase("hits", r -> r.facets(0).histogram(false).highlight(false)),
            new Phase("+ facets", r -> r.histogram(false).highlight(false)),
            new Phase("+ histogram", r -> r.highlight(false)),
            new Phase("+ highlighting (the page)", r -> r),
            new Phase("hits + highlighting", r -> r.facets(0).histogram(false)));
    try (Moniker moniker = Moniker.open(index)) {
      for (int warm = 0; warm < 5; warm++) {
        for (Phase p : phases) {
          time(moniker, pages, p, 1);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "| what (mean of %d x %d pages) | wall ms per page | CPU ms per page (JVM) | CPU ms per page (searching thread) | KB allocated per page |%n| --- | --- | --- | --- | --- |%n",
          rounds, pages.size());
      for (Phase p : phases) {
        long cpu = CPU.getProcessCpuTime();
        long threadCpu = THREAD.getCurrentThreadCpuTime();
        long allocated = THREAD.getCurrentThreadAllocatedBytes();
        double wall = time(moniker, pages, p, rounds);
        int n = rounds * pages.size();
        double cpuMs = (CPU.getProcessCpuTime() - cpu) / 1e6 / n;
        double threadMs = (THREAD.getCurrentThreadCpuTime() - threadCpu) / 1e6 / n;
        double kb = (THREAD.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / n;
        System.out.printf(
            Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.0f |%n", p.name(), wall, cpuMs, threadMs, kb);
      }
    }
  }

  private record Phase(String name, UnaryOperator<SearchRequest> shape) {}

  private static double time(Moniker moniker, List<SearchRequest> pages, Phase phase, int rounds) {
    long started = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (SearchRequest page : pages) {
        moniker.search(phase.shape().apply(page));
      }
    }
    return (System.nanoTime() - started) / 1e6 / rounds / pages.size();
  }

  /** The request the search page makes for one of WebLoad's addresses. */
  static SearchRequest asRequest(String path) {
    SearchRequest r = null;
    List<String[]> filters = new ArrayList<>();
    for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
      String[] kv = pair.split("=", 2);
      String value = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
      if (kv[0].equals("q")) {
        r = SearchRequest.of(value).limit(10).facets(10).histogram(true);
      } else if (kv[0].equals("filter")) {
        filters.add(value.split(":", 2));
      }
    }
    for (String[] f : filters) {
      r = r.filter(EntityType.valueOf(f[0].toUpperCase(Locale.ROOT)), f[1]);
    }
    return r;
  }
}
