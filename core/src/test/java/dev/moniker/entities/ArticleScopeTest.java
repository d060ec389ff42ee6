package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moniker.Moniker;
import dev.moniker.ingest.Article;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headline and body are one text, in the article's year, when the library indexes an article. */
class ArticleScopeTest {

  @TempDir Path tmp;

  private static Article article(String id, String title, String body, int year) {
    return new Article(id, title, body, Instant.parse(year + "-06-01T00:00:00Z"), null, null);
  }

  private static List<String> ids(Moniker m, String query) {
    return m.search(SearchRequest.of(query).limit(10)).hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void aFullNameInTheHeadlineLinksTheSurnameInTheBodyAndTheReverse() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(
          List.of(
              article("a", "Chiang Ching-kuo tours the south", "Chiang said the visit went well.", 1985),
              article("b", "Chiang opens the assembly", "President Chiang Ching-kuo spoke for an hour.", 1985),
              article("c", "Assembly opens", "Chiang said little.", 1955)));
      assertEquals(List.of("a", "b"), ids(m, "Chiang Ching-kuo"));
      assertEquals(List.of("c"), ids(m, "Chiang Kai-shek"));
    }
  }

  @Test
  void withoutAScopeEachTextIsReadOnItsOwn() {
    Recognized title = Recognized.in("Chiang opens the assembly");
    assertEquals(null, title.canonical("Chiang"), title.toString());
  }
}
