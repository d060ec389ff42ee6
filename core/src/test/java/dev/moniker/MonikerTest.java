package dev.moniker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.MonikerException.Kind;
import dev.moniker.index.IndexReport;
import dev.moniker.ingest.Article;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonikerTest {

  @TempDir Path tmp;

  private static final List<Article> ARTICLES =
      List.of(
          Article.of("a", "Summit in Dalian", "The leaders walked along the beach in Dalian.")
              .withDate(Instant.parse("2018-05-08T00:00:00Z"))
              .withSource("Asia Times"),
          Article.of("b", "Trade talks", "Negotiators discussed tariffs and the walking tour.")
              .withDate(Instant.parse("2019-01-15T12:00:00Z"))
              .withSource("Wire"),
          Article.of("c", "Nuclear program", "The nuclear program worried the region."));

  private Moniker withArticles() {
    Moniker m = Moniker.open(tmp.resolve("idx"));
    m.add(ARTICLES);
    return m;
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void queryLanguage() {
    try (Moniker m = withArticles()) {
      assertEquals(List.of("a", "b"), ids(m.search("walk"))); // stemming: walked, walking
      assertEquals(List.of("c"), ids(m.search("\"nuclear program\"")));
      assertEquals(List.of(), ids(m.search("\"program nuclear\"")));
      assertEquals(List.of("a"), ids(m.search("walk AND beach")));
      assertEquals(List.of("a", "c"), ids(m.search("beach OR nuclear")));
      assertEquals(List.of("b"), ids(m.search("walk NOT beach")));
      assertEquals(List.of("b"), ids(m.search("title:trade")));
      assertEquals(List.of("a"), ids(m.search("source:\"asia times\"")));
      assertEquals(List.of("c"), ids(m.search("id:c")));
      assertEquals(List.of("a"), ids(m.search("date:2018-05-08")));
      assertEquals(List.of("b"), ids(m.search("date:[2019-01-01 TO 2019-12-31]")));
      assertEquals(List.of("a", "b", "c"), ids(m.search("*:*")));
      assertEquals(3, m.search(SearchRequest.of("*:*").limit(1)).total());
      assertEquals(List.of("c"), ids(m.search("nucl*")));
    }
  }

  @Test
  void highlightsMarkTheMatchedWords() {
    try (Moniker m = withArticles()) {
      Hit hit = m.search("beach").hits().get(0);
      assertEquals(List.of("The leaders walked along the <mark>beach</mark> in Dalian."), hit.highlights());
      assertEquals(Instant.parse("2018-05-08T00:00:00Z"), hit.date());
      assertEquals("Asia Times", hit.source());
    }
  }

  @Test
  void reindexingUpdatesInsteadOfDuplicating() {
    try (Moniker m = withArticles()) {
      IndexReport again = m.add(ARTICLES);
      assertEquals(new IndexReport(0, 0, 3, List.of()), again);
      IndexReport changed = m.add(List.of(Article.of("a", "Summit in Dalian", "New text about the beach.")));
      assertEquals(1, changed.updated());
      assertEquals(3, m.size());
      assertEquals(1, m.search("beach").total());
      assertEquals(0, m.search("walked AND beach").total());
    }
  }

  @Test
  void deleteRemovesById() {
    try (Moniker m = withArticles()) {
      assertTrue(m.delete("a"));
      assertFalse(m.delete("a"));
      assertEquals(0, m.search("beach").total());
      assertEquals(2, m.size());
    }
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      assertEquals(2, m.size());
    }
  }

  @Test
  void malformedQueriesGiveOneLineErrors() {
    try (Moniker m = withArticles()) {
      for (String q :
          List.of("\"unclosed", "(a OR b", "a)", "", "note:x", "*leading", "date:yesterday", "AND", "a~b~c~")) {
        MonikerException e = assertThrows(MonikerException.class, () -> m.search(q), q);
        assertEquals(Kind.INVALID_QUERY, e.kind(), q);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
      }
      String huge = "word ".repeat(5000);
      assertEquals(Kind.INVALID_QUERY, assertThrows(MonikerException.class, () -> m.search(huge)).kind());
    }
  }

  @Test
  void secondWriterIsToldTheIndexIsLocked() {
    try (Moniker first = withArticles()) {
      first.commit();
      try (Moniker second = Moniker.open(tmp.resolve("idx"))) {
        MonikerException e =
            assertThrows(MonikerException.class, () -> second.add(List.of(Article.of("x", "t", "b"))));
        assertEquals(Kind.INDEX_LOCKED, e.kind());
        assertEquals(3, second.size()); // searching still works beside the writer
      }
    }
  }

  @Test
  void damagedIndexIsReportedAndNotTouched() throws IOException {
    try (Moniker m = withArticles()) {
      m.commit();
    }
    Path idx = tmp.resolve("idx");
    Path segments;
    try (Stream<Path> files = Files.list(idx)) {
      segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
    }
    byte[] original = Files.readAllBytes(segments);
    byte[] broken = original.clone();
    broken[broken.length / 2] ^= 0x5A;
    Files.write(segments, broken);
    try (Moniker m = Moniker.open(idx)) {
      MonikerException e = assertThrows(MonikerException.class, () -> m.search("beach"));
      assertEquals(Kind.INDEX_CORRUPT, e.kind(), e.getMessage());
      MonikerException w = assertThrows(MonikerException.class, () -> m.add(ARTICLES));
      assertEquals(Kind.INDEX_CORRUPT, w.kind(), w.getMessage());
    }
    assertTrue(java.util.Arrays.equals(broken, Files.readAllBytes(segments)));
  }

  @Test
  void refusesToWriteIntoAFolderOfOtherFiles() throws IOException {
    Path docs = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(docs.resolve("letter.txt"), "private");
    MonikerException e = assertThrows(MonikerException.class, () -> Moniker.open(docs));
    assertEquals(Kind.INVALID_ARGUMENT, e.kind());
    assertEquals(List.of("letter.txt"), Files.list(docs).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void searchingAMissingIndexSaysHowToCreateOne() {
    try (Moniker m = Moniker.open(tmp.resolve("none"))) {
      MonikerException e = assertThrows(MonikerException.class, () -> m.search("x"));
      assertEquals(Kind.INDEX_NOT_FOUND, e.kind());
      assertTrue(e.getMessage().contains("moniker index"), e.getMessage());
    }
    assertFalse(Files.exists(tmp.resolve("none")), "searching must not create the folder");
  }
}
