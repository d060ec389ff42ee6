package dev.moniker.benchmarks;

import dev.moniker.Moniker;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.benchmarks.corpus.CorpusGenerator;
import dev.moniker.benchmarks.corpus.PlainIndex;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;

/**
 * The three paths of {@link IndexingBenchmark}, timed by the CPU time of the indexing thread
 * instead of the wall clock, in rounds that take the paths in turn. On a machine shared with
 * other work, wall time mostly measures the others (a run under load 10 gave one path 4x its
 * quiet time, with a 99.9% error larger than the mean), and a change of load between JMH's
 * benchmarks, which run one after another, biases whole rows; a thread's CPU time is what the
 * path itself costs, and interleaving spreads what load does to caches evenly over the paths.
 *
 * <p>Not a replacement for the JMH benchmark on a quiet machine: it leaves out the work of
 * other threads (Lucene flushes and merges on the indexing thread for batches this size; GC and
 * JIT threads are not counted). Usage: {@code IndexingCpu [ROUNDS [BATCH]]}; the first two rounds
 * are warm-up.
 */
public final class IndexingCpu {

  private static final String[] PATHS = {"plainStandardAnalyzer", "plainMonikerAnalyzer", "moniker"};

  private IndexingCpu() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    CorpusGenerator generator = new CorpusGenerator(42);
    List<Article> articles = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      articles.add(generator.article(i));
    }
    EntityDictionary.defaults(); // loaded once, as in the JMH benchmark's fork
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] millis = new double[PATHS.length][Math.max(0, rounds - 2)];
    for (int r = 0; r < rounds; r++) {
      for (int p = 0; p < PATHS.length; p++) {
        Path dir = Files.createTempDirectory("moniker-indexing-cpu");
        long before = threads.getCurrentThreadCpuTime();
        index(p, articles, dir);
        long cpu = threads.getCurrentThreadCpuTime() - before;
        PlainIndex.deleteTree(dir);
        if (r >= 2) {
          millis[p][r - 2] = cpu / 1e6;
        }
      }
    }
    double base = median(millis[0]);
    System.out.printf("%d articles per batch, %d measured rounds, thread CPU per batch:%n", batch, rounds - 2);
    for (int p = 0; p < PATHS.length; p++) {
      double[] sorted = millis[p].clone();
      Arrays.sort(sorted);
      System.out.printf("| %s | %.0f | %.0f - %.0f | %.2fx |%n",
          PATHS[p], median(millis[p]), sorted[0], sorted[sorted.length - 1], median(millis[p]) / base);
    }
  }

  private static void index(int path, List<Article> articles, Path dir) throws IOException {
    switch (path) {
      case 0 -> {
        try (Analyzer analyzer = new StandardAnalyzer()) {
          indexPlain(analyzer, articles, dir);
        }
      }
      case 1 -> {
        try (Analyzer analyzer = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.INDEX)) {
          indexPlain(analyzer, articles, dir);
        }
      }
      default -> {
        try (Moniker m = Moniker.open(dir.resolve("idx"))) {
          m.add(articles);
        }
      }
    }
  }

  private static void indexPlain(Analyzer analyzer, List<Article> articles, Path dir) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir.resolve("idx"));
        IndexWriter w = new IndexWriter(d, PlainIndex.config(analyzer))) {
      for (Article a : articles) {
        w.addDocument(PlainIndex.document(a));
      }
      w.commit();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
