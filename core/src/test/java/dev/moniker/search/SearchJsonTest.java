package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.moniker.Moniker;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON shapes the CLI and the web API share: keys in the documented order, values as read. */
class SearchJsonTest {

  @TempDir Path tmp;

  @Test
  void aSearchHasTheShapeTheReadmeDocuments() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(
          List.of(
              Article.of("a", "Summit", "Kim Jong-un met Moon Jae-in in Panmunjom.")
                  .withDate(Instant.parse("2018-04-27T09:00:00Z"))));
      Map<String, Object> json = SearchJson.search(m.search(SearchRequest.of("Kim Jong Un").facets(5)));
      assertEquals(List.of("query", "total", "tookMs", "hits", "facets"), List.copyOf(json.keySet()));
      assertEquals(1L, ((Number) json.get("total")).longValue());
      Map<?, ?> hit = (Map<?, ?>) ((List<?>) json.get("hits")).get(0);
      assertEquals(
          List.of("id", "title", "score", "highlights", "entities", "date", "source", "url"),
          List.copyOf(hit.keySet()));
      assertEquals("2018-04-27T09:00:00Z", hit.get("date"));
      assertNull(hit.get("url"));
      Map<?, ?> entities = (Map<?, ?>) hit.get("entities");
      assertEquals(List.of("person", "place", "org"), List.copyOf(entities.keySet()));
      assertEquals(List.of(), entities.get("org"));
      assertEquals(List.of("Kim Jong-un", "Moon Jae-in"), entities.get("person"));
      Map<?, ?> facets = (Map<?, ?>) json.get("facets");
      assertEquals(List.of(Map.of("value", "Panmunjom", "count", 1L)), facets.get("place"));

      Map<String, Object> profile = SearchJson.entity(m.entity(EntityType.PERSON, "Kim Jong Eun"));
      assertEquals(
          List.of("type", "canonical", "known", "note", "articles", "spellings", "timeline", "related", "latest"),
          List.copyOf(profile.keySet()));
      assertEquals(List.of(Map.of("spelling", "Kim Jong-un", "articles", 1L)), profile.get("spellings"));
    }
  }
}
