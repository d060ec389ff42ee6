package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moniker.ingest.Article;
import dev.moniker.Moniker;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entity labels kept per segment: each segment's ordinals are its own, before and after a merge. */
class EntityLabelsTest {

  @TempDir Path tmp;

  @Test
  void hitsListTheirOwnEntitiesAcrossSegmentsAndSearches() {
    try (Moniker first = Moniker.open(tmp.resolve("one")); Moniker second = Moniker.open(tmp.resolve("two"))) {
      first.add(List.of(Article.of("a", "Talks", "Kim Jong-un met Xi Jinping in Beijing.")));
      first.commit();
      second.add(List.of(Article.of("b", "Talks", "Moon Jae-in flew to Tokyo.")));
      second.commit();
      for (int round = 0; round < 2; round++) { // the second round reads the kept labels
        assertEquals(List.of("Kim Jong-un", "Xi Jinping"), people(first, "Talks"));
        assertEquals(List.of("Moon Jae-in"), people(second, "Talks"));
      }
      first.add(List.of(Article.of("c", "Talks", "Xi Jinping visited Tokyo.")));
      first.commit(); // a new segment, whose ordinals differ from the first one's
      assertEquals(List.of("Xi Jinping"), people(first, "visited"));
      assertEquals(List.of("Beijing"), entities(first, "Beijing").get("place"));
    }
  }

  private static List<String> people(Moniker m, String query) {
    return entities(m, query).get("person");
  }

  private static Map<String, List<String>> entities(Moniker m, String query) {
    return m.search(SearchRequest.of(query).limit(1)).hits().get(0).entities();
  }
}
