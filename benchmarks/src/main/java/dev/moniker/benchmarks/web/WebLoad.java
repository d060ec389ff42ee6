package dev.moniker.benchmarks.web;

import dev.moniker.Moniker;
import dev.moniker.benchmarks.corpus.CorpusGenerator;
import dev.moniker.benchmarks.corpus.EntitySpellings;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.index.ArticleSchema;
import dev.moniker.ingest.Article;
import dev.moniker.web.MonikerServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small load test of the search page: a generated corpus (the benchmarks' generator, built once
 * and cached), a {@link MonikerServer} in this JVM, then N clients that each request full search
 * pages (hits, highlights, facets of three types, the date histogram) back to back for a while.
 * Prints the latency percentiles and errors, then holds a larger number of clients for a longer
 * while and counts errors. Not JMH: the figure is what a browser waits for, HTTP included.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.moniker.benchmarks.web.WebLoad \
 *     [--docs 100000] [--clients 8] [--seconds 30] [--hold-clients 50] [--hold-seconds 60]
 * </pre>
 */
public final class WebLoad {

  private WebLoad() {}

  public static void main(String[] args) throws Exception {
    int docs = 100_000;
    int clients = 8;
    int seconds = 30;
    int warmupSeconds = 10;
    int holdClients = 50;
    int holdSeconds = 60;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--docs" -> docs = Integer.parseInt(args[++i]);
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmupSeconds = Integer.parseInt(args[++i]);
        case "--hold-clients" -> holdClients = Integer.parseInt(args[++i]);
        case "--hold-seconds" -> holdSeconds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    CorpusGenerator generator = new CorpusGenerator(42);
    Path index = ensureIndex(generator, docs);
    List<String> paths = requests(generator);
    try (Moniker moniker = Moniker.open(index);
        MonikerServer server = MonikerServer.start(moniker, new InetSocketAddress("127.0.0.1", 0))) {
      System.out.printf(Locale.ROOT, "%,d articles, %d request kinds, %d cores%n",
          moniker.size(), paths.size(), Runtime.getRuntime().availableProcessors());
      run(server.uri(), paths, clients, warmupSeconds, "warm-up");
      Result r = run(server.uri(), paths, clients, seconds, "measured");
      System.out.println(r.table(clients, seconds));
      if (holdSeconds > 0) {
        Result hold = run(server.uri(), paths, holdClients, holdSeconds, "hold");
        System.out.println(hold.table(holdClients, holdSeconds));
      }
    }
  }

  /** A search page for a name in one of its spellings, a word, or a name with a drill-down. */
  static List<String> requests(CorpusGenerator generator) {
    List<String> out = new ArrayList<>();
    List<EntitySpellings.Entry> entities = generator.entitiesByPopularity();
    for (int i = 0; i < 40 && i < entities.size(); i++) {
      EntitySpellings.Entry e = entities.get(i);
      List<String> spellings = e.latinSpellings();
      String spelling = spellings.get(i % spellings.size());
      out.add("/?q=" + enc(spelling));
      if (i < 10) {
        EntitySpellings.Entry other = entities.get(i + 1);
        out.add("/?q=" + enc(spelling) + "&filter=" + enc(other.type() + ":" + other.canonical()));
      }
    }
    List<String> words = generator.wordsByFrequency();
    for (int i = 0; i < 20; i++) {
      out.add("/?q=" + enc(words.get(50 + i * 37)));
    }
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static Path ensureIndex(CorpusGenerator generator, int docs) throws IOException {
    // Keyed by layout and dictionary: an index of another dictionary is refused when opened.
    String analysis = new ArticleSchema(EntityDictionary.defaults()).analysisId().replace('/', '-');
    Path dir = Path.of("benchmarks", "target", "web-load", "n" + docs + "-a" + analysis);
    Path done = dir.resolveSibling(dir.getFileName() + ".complete");
    if (Files.exists(done)) {
      return dir;
    }
    long started = System.nanoTime();
    try (Moniker moniker = Moniker.open(dir)) {
      List<Article> batch = new ArrayList<>();
      for (int i = 0; i < docs; i++) {
        batch.add(generator.article(i));
        if (batch.size() == 1000 || i == docs - 1) {
          moniker.add(batch);
          batch.clear();
          if ((i + 1) % 10_000 == 0) {
            System.err.printf(Locale.ROOT, "indexed %,d / %,d%n", i + 1, docs);
          }
        }
      }
      moniker.commit();
    }
    Files.writeString(done, "buildMs=" + (System.nanoTime() - started) / 1_000_000 + "\n");
    return dir;
  }

  /**
   * @param cpuNanos CPU time this JVM used meanwhile, server and clients together: divided by the
   *     requests, an upper bound of a page's cost that other programs on the machine do not skew
   */
  record Result(long[] latenciesNanos, long errors, String firstError, long cpuNanos) {
    String table(int clients, int seconds) {
      long[] l = latenciesNanos.clone();
      Arrays.sort(l);
      return String.format(
          Locale.ROOT,
          "| %d clients, %d s | %,d requests | %.0f req/s | p50 %.1f ms | p90 %.1f ms | p99 %.1f ms | max %.1f ms | CPU %.1f ms/request | %d errors%s |",
          clients, seconds, l.length, l.length / (double) seconds, ms(l, 0.50), ms(l, 0.90), ms(l, 0.99),
          l.length == 0 ? 0 : l[l.length - 1] / 1e6,
          l.length == 0 ? 0 : cpuNanos / 1e6 / l.length,
          errors, firstError == null ? "" : " (" + firstError + ")");
    }

    private static double ms(long[] sorted, double q) {
      return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
  }

  static Result run(URI base, List<String> paths, int clients, int seconds, String phase) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = os.getProcessCpuTime();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    String[] firstError = new String[1];
    List<Future<long[]>> perClient = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        int client = c;
        perClient.add(
            pool.submit(
                () -> {
                  long[] times = new long[1024];
                  int n = 0;
                  for (int i = client * 7; System.nanoTime() < end; i++) {
                    HttpRequest req =
                        HttpRequest.newBuilder(base.resolve(paths.get(i % paths.size())))
                            .timeout(Duration.ofSeconds(30))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                      if (r.statusCode() != 200 || r.body().length < 1000) {
                        errors.incrementAndGet();
                        synchronized (firstError) {
                          if (firstError[0] == null) {
                            firstError[0] = "HTTP " + r.statusCode() + " for " + req.uri();
                          }
                        }
                        continue;
                      }
                    } catch (IOException e) {
                      errors.incrementAndGet();
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] = e.toString();
                        }
                      }
                      continue;
                    }
                    if (n == times.length) {
                      times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - t0;
                  }
                  return Arrays.copyOf(times, n);
                }));
      }
      long[] all = new long[0];
      for (Future<long[]> f : perClient) {
        long[] t = f.get();
        long[] merged = Arrays.copyOf(all, all.length + t.length);
        System.arraycopy(t, 0, merged, all.length, t.length);
        all = merged;
      }
      System.err.printf(Locale.ROOT, "%s: %,d requests%n", phase, all.length);
      return new Result(all, errors.get(), firstError[0], os.getProcessCpuTime() - cpuStart);
    }
  }
}
