package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityProfileTest {

  @TempDir Path tmp;

  private static Article at(String id, String date, String title, String body) {
    return Article.of(id, title, body).withDate(Instant.parse(date + "T09:00:00Z"));
  }

  private Moniker archive() {
    Moniker m = Moniker.open(tmp.resolve("idx"));
    m.add(
        List.of(
            at("a", "2017-03-01", "Missile test", "Kim Jong-un watched the launch in Pyongyang."),
            at("b", "2018-04-27", "Summit", "Kim Jong Un met Moon Jae-in. Kim's sister came too."),
            at("c", "2018-06-12", "Singapore", "KIM JONG-UN met Donald Trump in Singapore."),
            at("d", "2019-02-27", "Hanoi", "김정은 arrived in Hanoi. Kim Jong Un's train was late."),
            at("e", "2019-03-01", "Other", "Moon Jae-in spoke in Seoul.")));
    return m;
  }

  private static Map<String, Long> asMap(List<FacetValue> values) {
    return values.stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  @Test
  void listsEverySpellingWithTheArticlesUsingIt() {
    try (Moniker m = archive()) {
      EntityProfile p = m.entity(EntityType.PERSON, "Kim Jong Eun");
      assertEquals("Kim Jong-un", p.canonical());
      assertEquals("person", p.type());
      assertTrue(p.known());
      assertEquals("leader of North Korea since 2011", p.note());
      assertEquals(4, p.articles());
      // written by hand from the articles above: "Kim's" is a short mention, not a spelling;
      // the possessive of "Kim Jong Un's" is dropped
      assertEquals(
          Map.of("Kim Jong-un", 1L, "Kim Jong Un", 2L, "KIM JONG-UN", 1L, "김정은", 1L),
          asMap(p.spellings()));
      assertEquals("Kim Jong Un", p.spellings().get(0).value());
    }
  }

  @Test
  void timelineRelatedAndLatest() {
    try (Moniker m = archive()) {
      EntityProfile p = m.entity(EntityType.PERSON, "김정은");
      assertEquals(DateHistogram.Unit.MONTH, p.timeline().unit());
      assertEquals(LocalDate.of(2017, 3, 1), p.timeline().buckets().get(0).from());
      assertEquals(1, p.timeline().buckets().get(0).count());
      assertEquals("2019-02", p.timeline().buckets().get(p.timeline().buckets().size() - 1).label());
      assertEquals(24, p.timeline().buckets().size()); // 2017-03 .. 2019-02, empty months too
      assertEquals(List.of("d", "c", "b", "a"), p.latest().stream().map(Hit::id).toList());
      Map<String, Long> people = asMap(p.related().get("person"));
      assertFalse(people.containsKey("Kim Jong-un"), people.toString());
      assertEquals(1L, people.get("Moon Jae-in"));
      assertEquals(1L, people.get("Donald Trump"));
    }
  }

  @Test
  void anUnknownNameIsAnError() {
    try (Moniker m = archive()) {
      MonikerException e =
          assertThrows(MonikerException.class, () -> m.entity(EntityType.PERSON, "Nobody Atall"));
      assertEquals(MonikerException.Kind.INVALID_ARGUMENT, e.kind());
    }
  }

  @Test
  void articleMarksEveryMention() {
    try (Moniker m = archive()) {
      ArticleView a = m.article("b").orElseThrow();
      assertEquals("Kim Jong Un met Moon Jae-in. Kim's sister came too.", a.bodyText());
      List<String> marked =
          a.body().stream()
              .filter(ArticleView.Segment::isMention)
              .map(s -> s.text() + "=" + s.canonical())
              .toList();
      assertEquals(List.of("Kim Jong Un=Kim Jong-un", "Moon Jae-in=Moon Jae-in", "Kim's=Kim Jong-un"), marked);
      assertTrue(m.article("nope").isEmpty());
      assertNull(m.article("a").orElseThrow().source());
    }
  }

  @Test
  void pagesAndSortsByDate() {
    try (Moniker m = archive()) {
      SearchRequest all = SearchRequest.of("*:*").limit(2).histogram(true);
      assertEquals(
          List.of("e", "d"),
          m.search(all.sort(SearchRequest.Sort.NEWEST)).hits().stream().map(Hit::id).toList());
      assertEquals(
          List.of("c", "b"),
          m.search(all.sort(SearchRequest.Sort.NEWEST).offset(2)).hits().stream().map(Hit::id).toList());
      SearchResult oldest = m.search(all.sort(SearchRequest.Sort.OLDEST).offset(4));
      assertEquals(List.of("e"), oldest.hits().stream().map(Hit::id).toList());
      assertEquals(5, oldest.total());
      DateHistogram h = oldest.histogram();
      assertEquals(DateHistogram.Unit.YEAR, h.unit()); // 2017-03 .. 2019-03 is 25 months
      assertEquals(List.of("2017", "2018", "2019"), h.buckets().stream().map(DateHistogram.Bucket::label).toList());
      assertEquals(List.of(1L, 2L, 2L), h.buckets().stream().map(DateHistogram.Bucket::count).toList());
      SearchResult filtered =
          m.search(SearchRequest.of("*:*").filter(EntityType.PERSON, "Moon Jae-in").histogram(true)
              .sort(SearchRequest.Sort.OLDEST));
      assertEquals(List.of("b", "e"), filtered.hits().stream().map(Hit::id).toList());
      assertEquals(2, filtered.histogram().buckets().stream().mapToLong(DateHistogram.Bucket::count).sum());
    }
  }

  @Test
  void histogramSpansDatesInAnyOrderWithEmptyYearsBetween() {
    try (Moniker m = Moniker.open(tmp.resolve("years"))) {
      m.add(
          List.of(
              at("x", "2010-06-01", "Middle", "Text."),
              at("y", "1965-01-31", "Early", "Text."),
              at("z", "2020-12-31", "Late", "Text."),
              at("w", "2010-07-01", "Middle again", "Text."),
              Article.of("undated", "No date", "Text.")));
      DateHistogram h = m.search(SearchRequest.of("*:*").histogram(true)).histogram();
      assertEquals(DateHistogram.Unit.YEAR, h.unit());
      assertEquals(2020 - 1965 + 1, h.buckets().size());
      assertEquals("1965", h.buckets().get(0).label());
      assertEquals(1, h.buckets().get(0).count());
      assertEquals(2, h.buckets().get(2010 - 1965).count());
      assertEquals(0, h.buckets().get(2011 - 1965).count());
      assertEquals(1, h.buckets().get(2020 - 1965).count());
      assertEquals(1, h.undated());
      assertEquals(2, h.maxCount());
    }
  }
}
