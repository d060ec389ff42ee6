package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moniker.Moniker;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With facets asked for, the time line is counted from the matches facet counting collected; it
 * must equal the time line of running the query again, filters and deletions included.
 */
class HistogramFromFacetMatchesTest {

  @TempDir Path tmp;

  private static Article at(String id, String date, String body) {
    return Article.of(id, "Report " + id, body).withDate(Instant.parse(date + "T00:00:00Z"));
  }

  @Test
  void facetMatchesGiveTheSameTimeLineAsASecondPass() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(List.of(
          at("a", "2015-03-01", "Kim Jong-un visited Beijing."),
          at("b", "2016-07-01", "Kim Jong Un met Xi Jinping in Beijing."),
          Article.of("undated", "Undated", "Kim Jong-un spoke.")));
      m.commit();
      m.add(List.of(
          at("c", "2019-01-31", "KIM JONG UN toured Pyongyang."),
          at("d", "2019-02-01", "Xi Jinping visited Pyongyang."),
          at("gone", "2012-01-01", "Kim Jong-un in an article deleted later.")));
      m.commit();
      m.delete("gone");
      List<SearchRequest> requests = List.of(
          SearchRequest.of("Kim Jong Un"),
          SearchRequest.of("*:*"),
          SearchRequest.of("*:*").filter(EntityType.PLACE, "Pyongyang"),
          SearchRequest.of("Kim Jong Un").filter(EntityType.PLACE, "Beijing"));
      for (SearchRequest r : requests) {
        DateHistogram fromFacets = m.search(r.facets(10).histogram(true)).histogram();
        DateHistogram secondPass = m.search(r.facets(0).histogram(true)).histogram();
        assertEquals(secondPass, fromFacets, r.query() + " " + r.filters());
      }
      DateHistogram kim = m.search(SearchRequest.of("Kim Jong Un").histogram(true)).histogram();
      assertEquals(List.of(1L, 1L, 0L, 0L, 1L), kim.buckets().stream().map(DateHistogram.Bucket::count).toList());
      assertEquals(1, kim.undated());
      DateHistogram adjacentDays =
          m.search(SearchRequest.of("Pyongyang").histogram(true)).histogram(); // Jan 31, Feb 1
      assertEquals(DateHistogram.Unit.MONTH, adjacentDays.unit());
      assertEquals(
          List.of("2019-01:1", "2019-02:1"),
          adjacentDays.buckets().stream().map(b -> b.label() + ":" + b.count()).toList());
    }
  }
}
