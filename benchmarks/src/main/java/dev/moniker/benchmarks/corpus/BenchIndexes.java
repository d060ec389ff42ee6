package dev.moniker.benchmarks.corpus;

import dev.moniker.Moniker;
import dev.moniker.index.ArticleSchema;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The two indexes every query benchmark compares, over the same generated articles: Moniker's
 * (through the public API) and plain Lucene's (StandardAnalyzer, the same fields, offsets in the
 * postings for highlighting). Built once per corpus size and seed and kept under the cache folder,
 * so later runs reuse them; a {@code .complete} marker beside each index tells a finished build
 * from an interrupted one. Both are force-merged to {@link #SEGMENTS} segments once built.
 */
public final class BenchIndexes {

  /**
   * Bump when the generator or the plain index changes; Moniker's analysis version is part of
   * the folder name too, so old caches are never reused.
   */
  static final int FORMAT = 2;

  /**
   * Both indexes are force-merged to this many segments after they are built: they are written
   * through different paths (Moniker's commits every batch), and a query visits every segment, so
   * unequal segment counts would compare index shapes instead of searches.
   */
  public static final int SEGMENTS = 1;

  /** System property naming the cache folder. */
  public static final String CACHE_PROPERTY = "moniker.bench.dir";

  private BenchIndexes() {}

  /** Where indexes are cached: {@code -Dmoniker.bench.dir}, else {@code benchmarks/target/bench-indexes}. */
  public static Path cacheRoot() {
    String dir = System.getProperty(CACHE_PROPERTY);
    if (dir != null) {
      return Path.of(dir);
    }
    Path module = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks") : Path.of(".");
    return module.resolve("target").resolve("bench-indexes");
  }

  /** The corpus's folder: the plain index, and Moniker's index per analysis version. */
  public static Path folder(int docs, long seed) {
    return cacheRoot().resolve("n" + docs + "-s" + seed + "-f" + FORMAT);
  }

  public static Path moniker(int docs, long seed) {
    return folder(docs, seed).resolve("moniker-a" + ArticleSchema.VERSION);
  }

  public static Path plain(int docs, long seed) {
    return folder(docs, seed).resolve("plain");
  }

  /**
   * Builds whichever index is not cached complete. The plain index depends on the corpus only, so
   * a new analysis version rebuilds Moniker's index alone.
   */
  public static void ensure(int docs, long seed) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    build(moniker(docs, seed), "monikerBuildMs", dir -> buildMoniker(generator, docs, dir));
    build(plain(docs, seed), "plainBuildMs", dir -> buildPlain(generator, docs, dir));
  }

  /** The build times recorded in the markers, as {@code key=value} lines. */
  public static String buildTimes(int docs, long seed) throws IOException {
    return Files.readString(marker(moniker(docs, seed))) + Files.readString(marker(plain(docs, seed)));
  }

  private interface Build {
    void into(Path dir) throws IOException;
  }

  private static void build(Path dir, String timeKey, Build build) {
    Path done = marker(dir);
    if (Files.exists(done)) {
      return;
    }
    try {
      PlainIndex.deleteTree(dir);
      Files.createDirectories(dir);
      long started = System.nanoTime();
      build.into(dir);
      forceMerge(dir);
      Files.writeString(done, timeKey + "=" + (System.nanoTime() - started) / 1_000_000 + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Written after a build finishes: tells a finished index from an interrupted one. */
  private static Path marker(Path dir) {
    return dir.resolveSibling(dir.getFileName() + ".complete");
  }

  private static void buildMoniker(CorpusGenerator generator, int docs, Path dir) {
    try (Moniker moniker = Moniker.open(dir)) {
      List<Article> batch = new ArrayList<>(1000);
      for (int i = 0; i < docs; i++) {
        batch.add(generator.article(i));
        if (batch.size() == 1000 || i == docs - 1) {
          moniker.add(batch);
          batch.clear();
          progress("moniker", i + 1, docs);
        }
      }
      moniker.commit();
    }
  }

  private static void buildPlain(CorpusGenerator generator, int docs, Path dir) throws IOException {
    try (Analyzer analyzer = new StandardAnalyzer();
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, PlainIndex.config(analyzer))) {
      for (int i = 0; i < docs; i++) {
        writer.addDocument(PlainIndex.document(generator.article(i)));
        if ((i + 1) % 1000 == 0 || i == docs - 1) {
          progress("plain", i + 1, docs);
        }
      }
      writer.commit();
    }
  }

  private static void progress(String which, int done, int total) {
    if (done % 50_000 == 0 || done == total) {
      System.err.printf("building %s index: %,d / %,d articles%n", which, done, total);
    }
  }

  /**
   * Merges the index down to {@link #SEGMENTS} segments. Merging copies what the segments hold
   * (codec, commit data with Moniker's analysis version), so the analyzer given does not matter.
   */
  private static void forceMerge(Path dir) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, config)) {
      writer.forceMerge(SEGMENTS);
      writer.commit();
    }
  }

  /** Segments in the index's latest commit. */
  public static int segments(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(directory).size();
    }
  }

  /** Bytes of all files under {@code dir}. */
  public static long sizeOnDisk(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
