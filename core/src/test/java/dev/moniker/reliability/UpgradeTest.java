package dev.moniker.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.index.ArticleSchema;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index records the version of the analysis that built it (Moniker's analysis version and the
 * entity dictionary's fingerprint). Opened by a Moniker whose analysis differs, it refuses to be
 * searched or written, says why and how to rebuild, and is left untouched, instead of silently
 * returning wrong results.
 */
class UpgradeTest {

  private static final String KEY = "moniker.analysis.version";

  @TempDir Path tmp;

  private Path build() {
    Path idx = tmp.resolve("idx");
    try (Moniker m = Moniker.open(idx)) {
      m.add(List.of(Article.of("a", "Summit", "Kim Jong-un met Xi Jinping in Dalian.")));
    }
    return idx;
  }

  private static Map<String, String> recorded(Path idx) throws IOException {
    try (Directory dir = FSDirectory.open(idx)) {
      return DirectoryReader.listCommits(dir).getLast().getUserData();
    }
  }

  /** Rewrites the version an index records, as an index built by another Moniker would hold. */
  private static void recordVersion(Path idx, String version) throws IOException {
    try (Directory dir = FSDirectory.open(idx);
        IndexWriter w =
            new IndexWriter(
                dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of(KEY, version).entrySet());
      w.commit();
    }
  }

  /** Every file of the index and its bytes, to prove that a refusal changes nothing. */
  private static Map<String, byte[]> snapshot(Path idx) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(idx)) {
      for (Path f : list.toList()) {
        if (!f.getFileName().toString().equals("write.lock")) {
          files.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
      }
    }
    return files;
  }

  private static void assertSameFiles(Map<String, byte[]> before, Map<String, byte[]> after) {
    assertEquals(before.keySet(), after.keySet());
    before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
  }

  /** Searching, counting, adding and deleting all refuse in the same words. */
  private static void assertRefused(Moniker m, Consumer<String> checkMessage) {
    List<Runnable> uses =
        List.of(
            () -> m.search("kim"),
            m::size,
            () -> m.add(List.of(Article.of("b", "New", "Another article."))),
            () -> m.delete("a"));
    for (Runnable use : uses) {
      MonikerException e = assertThrows(MonikerException.class, use::run);
      assertEquals(Kind.INDEX_INCOMPATIBLE, e.kind(), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      checkMessage.accept(e.getMessage());
    }
  }

  @Test
  void theIndexRecordsTheAnalysisThatBuiltIt() throws IOException {
    Path idx = build();
    assertEquals(
        ArticleSchema.VERSION + "/" + EntityDictionary.defaults().fingerprint(),
        recorded(idx).get(KEY));
    try (Moniker m = Moniker.open(idx)) {
      assertEquals(1, m.search("\"Kim Jong Eun\"").total());
      m.add(List.of(Article.of("b", "More", "Text."))); // a later commit records it again
    }
    assertEquals(
        ArticleSchema.VERSION + "/" + EntityDictionary.defaults().fingerprint(),
        recorded(idx).get(KEY));
  }

  @Test
  void anIndexBuiltWithAnotherAnalysisVersionSaysSoAndHowToRebuild() throws IOException {
    Path idx = build();
    for (String other :
        List.of(
            "1/" + EntityDictionary.defaults().fingerprint(), // older analysis
            (Integer.parseInt(MonikerAnalyzer.VERSION) + 1) + "/0123456789ab", // newer Moniker
            "garbage")) {
      recordVersion(idx, other);
      Map<String, byte[]> before = snapshot(idx);
      try (Moniker m = Moniker.open(idx)) {
        assertRefused(
            m,
            message -> {
              assertTrue(message.contains("was built with analysis " + other), message);
              assertTrue(message.contains("this Moniker uses " + ArticleSchema.VERSION + "/"), message);
              assertTrue(message.contains("rebuild it"), message);
              assertTrue(message.contains("moniker index"), message);
            });
      }
      assertSameFiles(before, snapshot(idx));
    }
  }

  @Test
  void anIndexBuiltWithOtherEntityFilesSaysWhichToPass() throws IOException {
    Path entities = tmp.resolve("mine.tsv");
    Files.writeString(entities, "person\t-\tAlice Quux\tA. Quux\n");
    Path idx = tmp.resolve("idx");
    try (Moniker m = Moniker.open(idx, List.of(entities))) {
      m.add(List.of(Article.of("a", "Report", "Reporter Alice Quux wrote about Kim Jong-un.")));
    }
    Map<String, byte[]> before = snapshot(idx);
    try (Moniker m = Moniker.open(idx)) {
      assertRefused(
          m,
          message -> {
            assertTrue(message.contains("different entity dictionary"), message);
            assertTrue(message.contains("--entities"), message);
          });
    }
    assertSameFiles(before, snapshot(idx));
    try (Moniker m = Moniker.open(idx, List.of(entities))) {
      assertEquals(1, m.search("\"A. Quux\"").total()); // the same files: all is well
    }
  }

  @Test
  void aLuceneIndexNotBuiltByMonikerIsRefused() throws IOException {
    Path idx = tmp.resolve("plain");
    try (Directory dir = FSDirectory.open(idx);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new TextField("body", "Kim Jong-un", Field.Store.YES));
      w.addDocument(doc);
      w.commit();
    }
    Map<String, byte[]> before = snapshot(idx);
    try (Moniker m = Moniker.open(idx)) {
      assertRefused(m, message -> assertTrue(message.contains("was not built by Moniker"), message));
    }
    assertSameFiles(before, snapshot(idx));
  }

  @Test
  void followingTheAdviceRebuildsAWorkingIndex() throws IOException {
    Path idx = build();
    recordVersion(idx, "1/" + EntityDictionary.defaults().fingerprint());
    try (Moniker m = Moniker.open(idx)) {
      assertThrows(MonikerException.class, () -> m.search("kim"));
    }
    // "delete the folder and run 'moniker index' again"
    try (Stream<Path> files = Files.list(idx)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(idx);
    try (Moniker m = Moniker.open(idx)) {
      m.add(List.of(Article.of("a", "Summit", "Kim Jong-un met Xi Jinping in Dalian.")));
    }
    try (Moniker m = Moniker.open(idx)) {
      assertEquals(1, m.search("\"Kim Jong Eun\"").total());
    }
  }
}
