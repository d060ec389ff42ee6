package dev.moniker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.index.IndexReport;
import dev.moniker.ingest.Article;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches that run while another thread indexes and commits see a consistent, growing view that
 * includes everything written so far (near-real-time), and a second writer is told the index is
 * locked.
 */
class ConcurrencyTest {

  /** Only turns a hang or deadlock into a failure; nothing here is timed. */
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path tmp;

  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() throws InterruptedException {
    pool.shutdownNow();
    assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
  }

  private static SearchRequest all(String query) {
    return SearchRequest.of(query).limit(SearchRequest.MAX_LIMIT).highlight(false).facets(0);
  }

  private static Article article(String id, String body) {
    return Article.of(id, "Title " + id, body);
  }

  /**
   * While {@code index} runs, another thread's searches are answered (not held until the batch
   * ends) and see every article read so far. The progress callback runs inside {@code index}, so
   * a search that waited for the batch would never return: the timeout catches that.
   */
  @Test
  void searchesDuringIndexingSeeEveryArticleReadSoFar() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    int files = 40;
    for (int i = 0; i < files; i++) {
      Files.writeString(in.resolve(String.format("a%03d.txt", i)), "Title " + i + "\n\nzebracommon item" + i);
    }
    List<String> seen = new CopyOnWriteArrayList<>();
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      IndexReport report =
          assertTimeoutPreemptively(
              HANG,
              () ->
                  m.index(
                      List.of(in),
                      (articles, skipped, bytes) -> {
                        if (articles % 10 != 0) {
                          return;
                        }
                        Future<SearchResult> other = pool.submit(() -> m.search(all("zebracommon")));
                        Future<Integer> size = pool.submit(m::size);
                        try {
                          SearchResult r = other.get();
                          assertEquals(articles, r.total(), "searched after " + articles + " articles");
                          assertEquals(articles, r.hits().size());
                          assertEquals(articles, size.get());
                          seen.add(articles + ":" + r.total());
                        } catch (Exception e) {
                          throw new AssertionError(e);
                        }
                      }));
      assertEquals(files, report.indexed());
      assertEquals(List.of("10:10", "20:20", "30:30", "40:40"), seen);
    }
  }

  /**
   * One thread adds, replaces and commits; others search all along. Every answer is a snapshot:
   * totals never shrink, hits agree with the total and have no duplicate ids, a replaced article
   * is found exactly once (never zero or two times), and the writer always sees its own writes.
   * A second Moniker on the folder, as another process would, sees only committed articles.
   */
  @Test
  void searchesWhileAnotherThreadAddsAndCommitsSeeConsistentSnapshots() throws Exception {
    Path idx = tmp.resolve("idx");
    int batches = 20;
    int perBatch = 25;
    Set<Long> committedTotals = ConcurrentHashMap.newKeySet();
    committedTotals.add(1L); // the first commit below holds the "fixed" article alone
    AtomicBoolean writing = new AtomicBoolean(true);
    try (Moniker m = Moniker.open(idx)) {
      m.add(List.of(article("fixed", "zebrafixed version 0")));
      m.commit();
      try (Moniker reader = Moniker.open(idx)) {
        assertEquals(1, reader.size());
        int searcherCount = 3;
        // the last batch whose add had finished when each searcher's latest whole round began
        AtomicIntegerArray searchedAfter = new AtomicIntegerArray(searcherCount);
        AtomicInteger published = new AtomicInteger();
        List<Future<Set<Long>>> searchers = new ArrayList<>();
        for (int t = 0; t < searcherCount; t++) {
          int self = t;
          searchers.add(
              pool.submit(
                  () -> {
                    Set<Long> totals = new HashSet<>();
                    long last = 0;
                    while (writing.get()) {
                      int before = published.get();
                      SearchResult r = m.search(all("zebraall OR zebrafixed"));
                      assertTrue(r.total() >= last, "total went back from " + last + " to " + r.total());
                      last = r.total();
                      totals.add(r.total());
                      assertEquals(r.total(), r.hits().size());
                      Set<String> ids = new HashSet<>();
                      for (Hit h : r.hits()) {
                        assertTrue(ids.add(h.id()), "duplicate " + h.id());
                      }
                      assertEquals(1, m.search(all("id:fixed")).total(), "the replaced article");
                      assertEquals(1, m.search(all("zebrafixed")).total(), "the replaced article");
                      long committed = reader.search(all("zebraall OR zebrafixed")).total();
                      assertTrue(
                          committedTotals.contains(committed),
                          "the other Moniker saw " + committed + ", not a committed state");
                      searchedAfter.accumulateAndGet(self, before, Math::max);
                    }
                    return totals;
                  }));
        }
        Future<?> writer =
            pool.submit(
                () -> {
                  try {
                    for (int b = 1; b <= batches; b++) {
                      List<Article> batch = new ArrayList<>();
                      for (int k = 0; k < perBatch; k++) {
                        batch.add(article("b" + b + "-" + k, "zebraall batch" + b));
                      }
                      batch.add(article("fixed", "zebrafixed version " + b));
                      m.add(batch);
                      // read-your-writes: the adding thread sees its batch at once
                      assertEquals(1 + (long) b * perBatch, m.search(all("zebraall OR zebrafixed")).total());
                      assertEquals(perBatch, m.search(all("batch" + b)).total());
                      if (b % 5 == 0) {
                        committedTotals.add(1 + (long) b * perBatch);
                        m.commit();
                      }
                      // let every searcher run a whole round on this state before writing on, so
                      // the searches below are known to have run between the writes
                      published.set(b);
                      for (int t = 0; t < searcherCount; t++) {
                        while (searchedAfter.get(t) < b && !searchers.get(t).isDone()) {
                          Thread.sleep(1);
                        }
                      }
                    }
                  } finally {
                    writing.set(false);
                  }
                  return null;
                });
        assertTimeoutPreemptively(HANG, () -> writer.get());
        for (Future<Set<Long>> s : searchers) {
          Set<Long> seen = assertTimeoutPreemptively(HANG, () -> s.get());
          for (int b = 1; b <= batches; b++) {
            long total = 1 + (long) b * perBatch;
            assertTrue(seen.contains(total), "no search saw batch " + b + " alone: " + seen);
          }
        }
        long expected = 1 + (long) batches * perBatch;
        assertEquals(expected, m.search(all("zebraall OR zebrafixed")).total());
        assertEquals(List.of("fixed"), m.search(all("zebrafixed")).hits().stream().map(Hit::id).toList());
      }
    }
    try (Moniker reopened = Moniker.open(idx)) {
      assertEquals(1 + batches * perBatch, reopened.size()); // everything committed by close
    }
  }

  /**
   * A second writer, while the first is in the middle of an indexing run, gets a clear "locked"
   * error and changes nothing; it can still search what is committed, and write once the first
   * is closed.
   */
  @Test
  void aSecondWriterIsToldTheIndexIsLockedByAnotherProcess() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < 20; i++) {
      Files.writeString(in.resolve(String.format("a%03d.txt", i)), "Title " + i + "\n\nzebralock");
    }
    Path idx = tmp.resolve("idx");
    try (Moniker first = Moniker.open(idx)) {
      first.add(List.of(article("early", "zebralock early")));
      first.commit();
      List<String> messages = new CopyOnWriteArrayList<>();
      assertTimeoutPreemptively(
          HANG,
          () ->
              first.index(
                  List.of(in),
                  (articles, skipped, bytes) -> {
                    if (articles != 10) {
                      return;
                    }
                    Future<?> second =
                        pool.submit(
                            () -> {
                              try (Moniker other = Moniker.open(idx)) {
                                MonikerException e =
                                    assertThrows(
                                        MonikerException.class,
                                        () -> other.add(List.of(article("late", "zebralock late"))));
                                assertEquals(Kind.INDEX_LOCKED, e.kind());
                                messages.add(e.getMessage());
                                MonikerException d =
                                    assertThrows(MonikerException.class, () -> other.delete("early"));
                                assertEquals(Kind.INDEX_LOCKED, d.kind());
                                assertEquals(1, other.search(all("zebralock")).total()); // committed only
                              }
                              return null;
                            });
                    try {
                      second.get();
                    } catch (Exception e) {
                      throw new AssertionError(e);
                    }
                  }));
      assertEquals(1, messages.size());
      String message = messages.get(0);
      assertTrue(message.contains("is locked by another process"), message);
      assertTrue(message.contains(idx.toAbsolutePath().normalize().toString()), message);
      assertTrue(!message.contains("\n") && !message.contains("Exception"), message);
    }
    try (Moniker second = Moniker.open(idx)) {
      assertEquals(1, second.add(List.of(article("late", "zebralock late"))).added());
      assertEquals(22, second.size());
    }
  }
}
