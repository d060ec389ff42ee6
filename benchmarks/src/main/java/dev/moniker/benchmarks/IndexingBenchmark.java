package dev.moniker.benchmarks;

import dev.moniker.Moniker;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.benchmarks.corpus.CorpusGenerator;
import dev.moniker.benchmarks.corpus.PlainIndex;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
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
 * Indexing cost: one operation indexes a batch of generated articles into a new on-disk index
 * and commits, through Moniker's public API (entity analysis, facets, update-by-id) or through a
 * plain IndexWriter with StandardAnalyzer alone. Articles per second and MB per second follow
 * from the batch size and the batch's UTF-8 bytes ({@link #batchBytes}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-Xms2g", "-XX:+AlwaysPreTouch", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class IndexingBenchmark {

  @Param({"42"})
  public long seed;

  /** Articles per operation. */
  @Param({"2000"})
  public int batch;

  private List<Article> articles;
  private Path dir;

  @Setup(Level.Trial)
  public void generate() {
    CorpusGenerator generator = new CorpusGenerator(seed);
    articles = new ArrayList<>(batch);
    for (int i = 0; i < batch; i++) {
      articles.add(generator.article(i));
    }
  }

  @Setup(Level.Invocation)
  public void newFolder() throws IOException {
    dir = Files.createTempDirectory("moniker-indexing");
  }

  @TearDown(Level.Invocation)
  public void deleteFolder() throws IOException {
    PlainIndex.deleteTree(dir);
  }

  @Benchmark
  public int moniker() {
    try (Moniker m = Moniker.open(dir.resolve("idx"))) {
      m.add(articles);
      return m.size();
    }
  }

  @Benchmark
  public int plainStandardAnalyzer() throws IOException {
    try (Analyzer analyzer = new StandardAnalyzer()) {
      return indexPlain(analyzer);
    }
  }

  /**
   * The same plain writer and fields with Moniker's analyzer instead of StandardAnalyzer: what
   * the analysis chain alone costs at indexing, without Moniker's facets and update-by-id.
   */
  @Benchmark
  public int plainMonikerAnalyzer() throws IOException {
    try (Analyzer analyzer = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.INDEX)) {
      return indexPlain(analyzer);
    }
  }

  private int indexPlain(Analyzer analyzer) throws IOException {
    try (FSDirectory d = FSDirectory.open(dir.resolve("idx"));
        IndexWriter w = new IndexWriter(d, PlainIndex.config(analyzer))) {
      for (Article a : articles) {
        w.addDocument(PlainIndex.document(a));
      }
      w.commit();
      return w.getDocStats().numDocs;
    }
  }

  /** UTF-8 bytes of title and body of the batch: the MB/s denominator. */
  public static long batchBytes(long seed, int batch) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    long bytes = 0;
    for (int i = 0; i < batch; i++) {
      Article a = generator.article(i);
      bytes += a.title().getBytes(StandardCharsets.UTF_8).length + a.body().getBytes(StandardCharsets.UTF_8).length;
    }
    return bytes;
  }
}
