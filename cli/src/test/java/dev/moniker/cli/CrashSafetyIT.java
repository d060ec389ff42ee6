package dev.moniker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.MonikerOptions;
import dev.moniker.ingest.Article;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI, killed with SIGKILL in the middle of indexing a large batch, loses nothing
 * that was committed: the index opens, Lucene's CheckIndex finds no problem, every article of
 * the committed part of the batch is searchable, and running the same command again completes
 * the batch without duplicates. What a crash costs is what was read since the last commit: fewer
 * than {@code MonikerOptions.defaults().commitEvery()} articles. The run is stopped (SIGSTOP) as soon as
 * its first commit is on disk and killed while stopped, so the test does not depend on how fast
 * the machine indexes.
 */
class CrashSafetyIT {

  private static final Path JAR = Path.of("target", "moniker-cli.jar");
  /** Several commits' worth, so the run is stopped long before its end. */
  private static final int BATCH = 24_000;

  @TempDir Path tmp;

  private static String id(int i) {
    return String.format("art-%05d", i);
  }

  private Path batch() throws IOException {
    Path file = tmp.resolve("batch.jsonl");
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < BATCH; i++) {
        ObjectNode line = json.createObjectNode();
        line.put("id", id(i));
        line.put("title", "Report " + i + " on the talks");
        line.put(
            "body",
            "Negotiators met again on day " + i + ". Kim Jong-un and Xi Jinping discussed trade. mark"
                + i + " closes the report.");
        w.write(json.writeValueAsString(line));
        w.write('\n');
      }
    }
    return file;
  }

  private ProcessBuilder cli(String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector", "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("MONIKER_INDEX", tmp.resolve("default-index").toString());
    return pb;
  }

  /** Sends a signal by name; SIGSTOP has no Java API, and SIGKILL still ends a stopped process. */
  private static void signal(Process p, String name) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(p.pid())).inheritIO().start();
    assertEquals(0, kill.waitFor(), "kill -" + name);
  }

  private static boolean hasCommit(Path idx) throws IOException {
    if (!Files.isDirectory(idx)) {
      return false;
    }
    try (Stream<Path> files = Files.list(idx)) {
      return files.anyMatch(f -> f.getFileName().toString().matches("segments_[0-9a-z]+"));
    }
  }

  private static void assertCheckIndexClean(Path idx) throws IOException {
    try (Directory dir = FSDirectory.open(idx);
        CheckIndex check = new CheckIndex(dir)) {
      CheckIndex.Status status = check.checkIndex();
      assertTrue(status.clean, "CheckIndex found problems in " + idx);
      assertTrue(status.numSegments > 0);
    }
  }

  private static SearchRequest exact(String query) {
    return SearchRequest.of(query).limit(2).highlight(false).facets(0);
  }

  @Test
  void killedMidBatchLosesOnlyUncommittedArticlesAndReRunCompletesTheBatch() throws Exception {
    Path batch = batch();
    Path idx = tmp.resolve("idx");
    // Load the dictionary and Lucene in this JVM first, so the lock check below is quick.
    try (Moniker warm = Moniker.open(tmp.resolve("warm"))) {
      warm.add(List.of(Article.of("w", "Warm", "Kim Jong-un")));
    }

    Path err = tmp.resolve("first.err");
    Process first =
        cli("index", "--index", idx.toString(), batch.toString())
            .redirectOutput(tmp.resolve("first.out").toFile())
            .redirectError(err.toFile())
            .start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (!hasCommit(idx)) {
        if (!first.isAlive()) {
          fail("the run ended (exit " + first.exitValue() + ") before its first commit: " + Files.readString(err));
        }
        if (System.nanoTime() > deadline) {
          fail("no commit after 3 minutes");
        }
        Thread.sleep(5);
      }
      // Freeze the run the moment its first commit shows (SIGSTOP): it keeps its lock, and it can
      // neither finish the batch nor commit again while the lock is checked, however fast it is.
      signal(first, "STOP");
      assertTrue(first.isAlive(), "the run ended before it could be stopped: make BATCH larger");
      // While it holds the lock, a second writer is told the index is locked by another process.
      try (Moniker other = Moniker.open(idx)) {
        MonikerException locked =
            assertThrows(
                MonikerException.class, () -> other.add(List.of(Article.of("x", "X", "Second writer."))));
        assertEquals(MonikerException.Kind.INDEX_LOCKED, locked.kind(), locked.getMessage());
        assertTrue(locked.getMessage().contains("is locked by another process"), locked.getMessage());
      }
      assertTrue(first.isAlive(), "the stopped run ended");
    } finally {
      first.destroyForcibly(); // SIGKILL: no shutdown hooks, no final commit, the lock file stays
      assertTrue(first.waitFor(1, TimeUnit.MINUTES));
    }
    assertEquals(128 + 9, first.exitValue(), "killed by SIGKILL");

    assertCheckIndexClean(idx);
    int committed;
    try (Moniker m = Moniker.open(idx)) {
      committed = m.size();
      System.out.println("committed " + committed + " of " + BATCH + " articles before the kill");
      assertTrue(committed > 0, "nothing was committed");
      assertTrue(committed < BATCH, "the kill came after the whole batch: " + committed);
      // commits come every commitEvery() articles, so a crash costs fewer than that
      assertEquals(0, committed % MonikerOptions.defaults().commitEvery(), "committed " + committed);
      // the committed part is the batch's beginning, every article of it searchable
      for (int i = 0; i < committed; i++) {
        SearchResult r = m.search(exact("mark" + i));
        assertEquals(1, r.total(), "mark" + i);
        assertEquals(id(i), r.hits().get(0).id());
      }
      assertEquals(0, m.search(exact("mark" + committed)).total());
      assertEquals(committed, m.search(exact("\"Kim Jong Eun\"").limit(1)).total());
    }

    // The same command again completes the batch: what was committed is left alone.
    Path out = tmp.resolve("again.out");
    Process again =
        cli("index", "--json", "--index", idx.toString(), batch.toString())
            .redirectOutput(out.toFile())
            .redirectError(tmp.resolve("again.err").toFile())
            .start();
    assertTrue(again.waitFor(5, TimeUnit.MINUTES), "the second run did not finish");
    assertEquals(0, again.exitValue(), Files.readString(tmp.resolve("again.err")));
    JsonNode report = new ObjectMapper().readTree(Files.readString(out));
    assertEquals(BATCH - committed, report.get("added").asInt(), report.toString());
    assertEquals(committed, report.get("unchanged").asInt(), report.toString());
    assertEquals(0, report.get("updated").asInt(), report.toString());

    assertCheckIndexClean(idx);
    try (Directory dir = FSDirectory.open(idx);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(BATCH, reader.numDocs());
      Set<String> ids = new HashSet<>();
      Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          String id = stored.document(doc, Set.of("id")).get("id");
          assertTrue(ids.add(id), "duplicate id " + id);
        }
      }
      assertEquals(BATCH, ids.size());
      for (int i = 0; i < BATCH; i++) {
        assertTrue(ids.contains(id(i)), id(i));
      }
    }
    try (Moniker m = Moniker.open(idx)) {
      assertEquals(BATCH, m.size());
      for (int i : new int[] {0, committed - 1, committed, BATCH - 1}) {
        List<String> hits = m.search(exact("mark" + i)).hits().stream().map(Hit::id).toList();
        assertEquals(List.of(id(i)), hits);
      }
    }
  }
}
