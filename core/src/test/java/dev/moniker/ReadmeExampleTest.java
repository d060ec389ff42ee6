package dev.moniker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.entities.EntityType;
import dev.moniker.index.IndexReport;
import dev.moniker.ingest.Article;
import dev.moniker.search.FacetValue;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library example from the README, line for line, on the bundled seeds. */
class ReadmeExampleTest {

  static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path tmp;

  @Test
  void readmeExampleFindsBothSeedArticles() {
    Path indexDir = tmp.resolve("news-index");
    SearchResult result;
    IndexReport report;
    // --- as in README.md ---
    try (Moniker moniker = Moniker.open(indexDir)) {
      report = moniker.index(List.of(SEEDS));
      moniker.add(List.of(Article.of("note-1", "Dalian summit", "Kim Jong-un met Xi Jinping in Dalian.")));
      result = moniker.search(SearchRequest.of("Xi Jinping").limit(5));
      System.out.println(result.total() + " articles");
      for (Hit hit : result.hits()) {
        System.out.println(hit.id() + "  " + hit.title() + "  " + hit.highlights());
      }
    }
    // ---
    assertEquals(2, report.added());
    assertTrue(report.skipped().isEmpty(), report.skipped().toString());
    assertEquals(3, result.total());
    Set<String> ids = result.hits().stream().map(Hit::id).collect(Collectors.toSet());
    assertEquals(Set.of("000_c9d83c852025b0df.txt", "004_a149b9bd860232e7.txt", "note-1"), ids);
    for (Hit hit : result.hits()) {
      assertTrue(
          hit.highlights().stream().anyMatch(h -> h.contains("<mark>Xi Jinping</mark>")),
          hit.id() + " " + hit.highlights());
    }
  }

  @Test
  void readmeFacetExampleCountsPlacesOfTheDrilledDownArticles() {
    List<String> lines = new java.util.ArrayList<>();
    try (Moniker moniker = Moniker.open(tmp.resolve("facets"))) {
      moniker.index(List.of(SEEDS));
      moniker.add(List.of(Article.of("note-2", "Tests", "Kim Jong-il ordered a nuclear test near Kilju.")));
      // --- as in README.md ---
      SearchResult r = moniker.search(SearchRequest.of("nuclear").facets(5).filter(EntityType.PERSON, "Kim Jong Eun"));
      for (FacetValue v : r.facets().get("place")) {
        System.out.println(v.value() + " " + v.count());    // places named in the matching articles
        // ---
        lines.add(v.value() + " " + v.count());
      }
      assertEquals(2, r.total(), "the note names Kim Jong-il, not Kim Jong-un");
    }
    assertEquals(5, lines.size());
    assertTrue(lines.contains("China 2"), lines.toString());
    assertTrue(lines.contains("North Korea 2"), lines.toString());
  }

  @Test
  void readmeOptionsExampleOpensReadOnlyWithTheUsersFile() throws java.io.IOException {
    Path newsroom = tmp.resolve("newsroom.tsv");
    java.nio.file.Files.writeString(newsroom, "person\t-\tAlice Quux\tA. Quux\tsurname=Quux\n");
    Path indexDir = tmp.resolve("news-index");
    try (Moniker writer = Moniker.open(indexDir, List.of(newsroom))) {
      writer.index(List.of(SEEDS));
    }
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = System.out;
    System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      // --- as in README.md, with the file and folder of this test ---
      MonikerOptions options = MonikerOptions.builder()
          .entityFiles(List.of(newsroom))  // added to the bundled dictionary, in this order
          .commitEvery(1_000)                             // index(...) commits at least this often (default 5,000)
          .readOnly(true)                                 // never takes the write lock; writes are INVALID_ARGUMENT
          .build();
      try (Moniker archive = Moniker.open(indexDir, options)) {
        System.out.println(archive.search("Kim Jong Un").total());
      }
      // ---
    } finally {
      System.setOut(out);
    }
    assertEquals("2", printed.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
  }

  @Test
  void reopenedIndexStillHasEverything() {
    Path indexDir = tmp.resolve("idx");
    try (Moniker moniker = Moniker.open(indexDir)) {
      moniker.index(List.of(SEEDS));
    }
    try (Moniker moniker = Moniker.open(indexDir)) {
      assertEquals(2, moniker.size());
      assertEquals(2, moniker.search("\"North Korea\" AND Pyongyang").total());
    }
  }
}
