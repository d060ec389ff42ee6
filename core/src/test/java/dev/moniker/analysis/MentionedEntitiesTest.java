package dev.moniker.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.Moniker;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import dev.moniker.search.FacetValue;
import dev.moniker.search.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionedEntitiesTest {

  @TempDir Path tmp;

  @Test
  void canonicalNamesByTypeFromEveryText() {
    try (MentionedEntities entities = new MentionedEntities(EntityDictionary.defaults())) {
      Map<EntityType, SortedSet<String>> found =
          entities.of("KIM JONG-UN in Peking", null, "김정은 and his father Kim Jong Il met Hu Jintao.");
      assertEquals(Set.of("Hu Jintao", "Kim Jong-il", "Kim Jong-un"), found.get(EntityType.PERSON));
      assertEquals(Set.of("Beijing"), found.get(EntityType.PLACE));
      assertTrue(found.get(EntityType.ORG).isEmpty());
      assertTrue(entities.of().values().stream().allMatch(Set::isEmpty));
    }
  }

  @Test
  void namesWhatTheLibrarysFacetsCount() {
    List<Article> articles =
        List.of(
            Article.of("a", "Kim Jongun in Pyongyang", "KCNA said Kim Jong Un inspected a farm."),
            Article.of("b", "Talks", "Xi Jinping met Moon Jae-in in Seoul. Moon said little."));
    // what a reader of the two articles names; both sides must agree with it, not just each other
    Map<EntityType, Set<String>> expected =
        Map.of(
            EntityType.PERSON, Set.of("Kim Jong-un", "Xi Jinping", "Moon Jae-in"),
            EntityType.PLACE, Set.of("Pyongyang", "Seoul"),
            EntityType.ORG, Set.of("Korean Central News Agency"));
    try (Moniker m = Moniker.open(tmp.resolve("idx"));
        MentionedEntities entities = new MentionedEntities(m.dictionary())) {
      m.add(articles);
      Map<String, List<FacetValue>> facets =
          m.search(SearchRequest.of("*:*").facets(100).highlight(false)).facets();
      for (EntityType t : EntityType.values()) {
        Set<String> counted = facets.get(t.label()).stream().map(FacetValue::value).collect(Collectors.toSet());
        Set<String> named =
            articles.stream()
                .flatMap(a -> entities.of(a.title(), a.body()).get(t).stream())
                .collect(Collectors.toSet());
        assertEquals(expected.get(t), named, t.label());
        assertEquals(expected.get(t), counted, t.label());
      }
    }
  }
}
