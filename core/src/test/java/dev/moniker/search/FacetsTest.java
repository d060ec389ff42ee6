package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetsTest {

  static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path tmp;

  private static Map<String, Long> counts(SearchResult r, String type) {
    return r.facets().get(type).stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void seedFacetsReadLikeAnIndexOfTheArticles() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.index(List.of(SEEDS));
      SearchResult all = m.search(SearchRequest.of("*:*").facets(100));
      Map<String, Long> people = counts(all, "person");
      Map<String, Long> places = counts(all, "place");
      // the canonical names of entities.tsv, as a person reads them off the two seed articles
      String kim = "Kim Jong-un";
      String xi = "Xi Jinping";
      assertEquals(2L, people.get(kim), people.toString());
      assertEquals(2L, people.get(xi), people.toString());
      assertEquals(1L, people.get("Kim Jong-nam"), people.toString());
      assertEquals(2L, places.get("China"), places.toString());
      assertEquals(2L, places.get("North Korea"), places.toString());
      // nobody twice because of spelling: no two values that fold to the same letters
      for (String type : List.of("person", "place", "org")) {
        Map<String, String> seen = new HashMap<>();
        for (FacetValue v : all.facets().get(type)) {
          String key = v.value().toLowerCase().replaceAll("[^\\p{L}\\p{N}]", "");
          String before = seen.put(key, v.value());
          assertTrue(before == null, before + " and " + v.value());
        }
      }
    }
  }

  @Test
  void filterOnANameNobodyKnowsIsAnErrorNotAnEmptyResult() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(List.of(Article.of("a", "One", "Striker Kim Min-jae scored. Kim Jong-un watched.")));
      MonikerException e =
          assertThrows(
              MonikerException.class,
              () -> m.search(SearchRequest.of("*:*").filter(EntityType.PERSON, "Kim")));
      assertEquals(MonikerException.Kind.INVALID_ARGUMENT, e.kind());
      // a name known only from the index (recognised by its shape) resolves whatever its case
      assertEquals(
          1, m.search(SearchRequest.of("*:*").filter(EntityType.PERSON, "kim min-jae")).total());
    }
  }

  @Test
  void drillDownNarrowsAndKeepsAlternativesOfTheFilteredType() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(
          List.of(
              Article.of("a", "One", "Kim Jong-un met Xi Jinping in Beijing."),
              Article.of("b", "Two", "Kim Jong Un visited Moscow."),
              Article.of("c", "Three", "Xi Jinping spoke in Shanghai.")));
      SearchResult r =
          m.search(SearchRequest.of("*:*").filter(EntityType.PERSON, "Kim Jong Eun").facets(10));
      assertEquals(2, r.total());
      Map<String, Long> people = counts(r, "person");
      // drill sideways: the filtered type still shows who else the query matches
      assertEquals(2L, people.get("Xi Jinping"), people.toString());
      Map<String, Long> places = counts(r, "place");
      assertEquals(1L, places.get("Moscow"), places.toString());
      assertTrue(!places.containsKey("Shanghai"), places.toString());

      SearchResult together =
          m.search(
              SearchRequest.of("*:*")
                  .filter(EntityType.PERSON, "Kim Jong-un")
                  .filter(EntityType.PERSON, "Xi Jinping"));
      assertEquals(3, together.total(), "values of one type are alternatives");
      SearchResult both =
          m.search(
              SearchRequest.of("*:*")
                  .filter(EntityType.PERSON, "KIM JONG-UN")
                  .filter(EntityType.PLACE, "Peking"));
      assertEquals(List.of("a"), both.hits().stream().map(Hit::id).toList());
    }
  }

  @Test
  void countsStayExactAfterUpdatesAndDeletes() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(List.of(Article.of("a", "One", "Kim Jong-un."), Article.of("b", "Two", "Kim Jong Un.")));
      String kim = "Kim Jong-un";
      assertEquals(2L, counts(m.search("*:*"), "person").get(kim));
      m.add(List.of(Article.of("b", "Two", "Moon Jae-in.")));
      assertEquals(1L, counts(m.search("*:*"), "person").get(kim));
      m.delete("a");
      assertTrue(!counts(m.search("*:*"), "person").containsKey(kim));
    }
  }
}
