package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.Moniker;
import dev.moniker.ingest.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Highlighting through one weight for all hits: each hit's passages come from its own segment
 * and document, phrases mark only where the phrase stands, and queries the postings alone cannot
 * answer (wildcards) are still highlighted.
 */
class BodyHighlighterTest {

  @TempDir Path tmp;

  private static Map<String, List<String>> highlights(Moniker m, String query) {
    return m.search(SearchRequest.of(query).limit(10).facets(0)).hits().stream()
        .collect(Collectors.toMap(Hit::id, Hit::highlights));
  }

  @Test
  void eachHitIsHighlightedFromItsOwnSegment() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(List.of(Article.of("first", "One", "Nothing here. Kim Jong-un toured a farm.")));
      m.commit();
      m.add(List.of(Article.of("second", "Two", "A long day. Then KIM JONG UN spoke at last.")));
      m.commit();
      m.add(List.of(Article.of("third", "Three", "Words. More words. 김정은 left early.")));
      Map<String, List<String>> h = highlights(m, "Kim Jong Un");
      assertEquals(List.of("<mark>Kim Jong-un</mark> toured a farm."), h.get("first"));
      assertEquals(List.of("Then <mark>KIM JONG UN</mark> spoke at last."), h.get("second"));
      assertEquals(List.of("<mark>김정은</mark> left early."), h.get("third"));
    }
  }

  @Test
  void articlesAddedAfterASearchAreHighlightedFromTheNewView() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(List.of(Article.of("old", "One", "Kim Jong-un toured a farm.")));
      assertEquals(List.of("<mark>Kim Jong-un</mark> toured a farm."), highlights(m, "Kim Jong Un").get("old"));
      m.add(List.of(Article.of("new", "Two", "Later. Kim Jongun opened a school.")));
      Map<String, List<String>> h = highlights(m, "Kim Jong Un");
      assertEquals(List.of("<mark>Kim Jongun</mark> opened a school."), h.get("new"));
      assertEquals(List.of("<mark>Kim Jong-un</mark> toured a farm."), h.get("old"));
    }
  }

  @Test
  void aPhraseIsMarkedWhereItStandsNotWhereItsWordsStandAlone() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(List.of(Article.of("a", "Report", "The program began. Its nuclear program worried all.")));
      assertEquals(
          List.of("Its <mark>nuclear program</mark> worried all."),
          highlights(m, "\"nuclear program\"").get("a"));
    }
  }

  @Test
  void wildcardsAreHighlightedToo() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(List.of(Article.of("a", "Report", "Quiet start. The nuclear talks failed.")));
      String shown = String.join(" ", highlights(m, "nucl*").get("a"));
      assertTrue(shown.contains("<mark>nuclear</mark>"), shown);
    }
  }

  @Test
  void aHitWhoseBodyDidNotMatchShowsItsFirstSentence() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(List.of(Article.of("a", "Beach day", "The sun shone. Everyone swam.")));
      assertEquals(List.of("The sun shone."), highlights(m, "title:beach").get("a"));
    }
  }
}
