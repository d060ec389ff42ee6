package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Each way a news page declares its publication date, as real sites write it. */
class PageDatesTest {

  private final List<Notice> notices = new ArrayList<>();
  private final IngestSink sink =
      new IngestSink() {
        @Override
        public void article(Article article) {}

        @Override
        public void skipped(Skipped skipped) {}

        @Override
        public void notice(Notice n) {
          notices.add(n);
        }
      };

  private Instant date(String head, String body) {
    UnreadableDates dates = new UnreadableDates();
    Instant d =
        HtmlDates.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"), "page.html", dates);
    dates.report("page.html", sink);
    return d;
  }

  @Test
  void openGraphPublishedTime() {
    assertEquals(Instant.parse("2026-11-30T23:00:00Z"),
        date("<meta property=\"article:published_time\" content=\"2026-12-01T08:00:00+09:00\">", ""));
  }

  @Test
  void jsonLdNewsArticleInAGraph() {
    String ld =
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"WebPage\",\"datePublished\":\"2020-01-01\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"x\",\"datePublished\":\"2026-12-01T10:00:00+0900\"}]}</script>";
    assertEquals(Instant.parse("2026-12-01T01:00:00Z"), date(ld, ""));
  }

  @Test
  void dublinCoreAndTimeElement() {
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"), date("<meta name=\"DC.date\" content=\"2026-12-01\">", ""));
    assertEquals(Instant.parse("2026-12-01T09:30:00Z"),
        date("", "<article><time datetime=\"2026-12-01T09:30:00Z\">1 Dec</time><p>x</p></article>"));
  }

  @Test
  void openGraphWinsOverTheTimeOfAComment() {
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"),
        date("<meta property=\"article:published_time\" content=\"2026-12-01T00:00:00Z\">",
            "<time datetime=\"2027-01-01T00:00:00Z\">comment</time>"));
  }

  @Test
  void anUnreadableDateFallsBackToTheNextAndIsNotSilentWhenNoneReads() {
    assertEquals(Instant.parse("2026-12-01T00:00:00Z"),
        date("<meta property=\"article:published_time\" content=\"last Tuesday\"><meta name=\"dc.date\" content=\"2026-12-01\">", ""));
    assertEquals(List.of(), notices);
    assertNull(date("<meta property=\"article:published_time\" content=\"last Tuesday\">", ""));
    assertEquals(1, notices.size());
    assertTrue(notices.get(0).message().contains("page.html: invalid date 'last Tuesday'"), notices.toString());
  }
}
