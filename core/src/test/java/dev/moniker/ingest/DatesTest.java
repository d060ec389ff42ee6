package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The date forms news archives, feeds and pages write, each checked against a known instant. */
class DatesTest {

  private static void same(String expectedUtc, String text) {
    assertEquals(Instant.parse(expectedUtc), Dates.parse(text), text);
  }

  @Test
  void isoWithEveryOffsetForm() {
    same("2018-05-08T00:00:00Z", "2018-05-08");
    same("2018-05-08T10:15:00Z", "2018-05-08T10:15:00");
    same("2018-05-08T10:15:00Z", "2018-05-08T10:15:00Z");
    same("2018-05-08T10:15:00Z", "2018-05-08T10:15:00z");
    same("2018-05-08T01:15:00Z", "2018-05-08T10:15:00+09:00");
    same("2018-05-08T01:15:00Z", "2018-05-08T10:15:00+0900");
    same("2018-05-08T01:15:00Z", "2018-05-08T10:15:00+09");
    same("2018-05-08T15:15:00Z", "2018-05-08T10:15:00-05:00");
    same("2018-05-08T01:15:00.250Z", "2018-05-08T10:15:00.250+09:00");
    same("2018-05-08T01:15:00Z", "2018-05-08T10:15+09:00");
    same("2018-05-08T01:15:00Z", "2018-05-08 10:15:00+09:00");
    same("2018-05-08T01:15:00Z", " 2018-05-08T10:15:00+0900 ");
  }

  @Test
  void rfc1123AsFeedsWriteIt() {
    same("2026-12-01T10:00:00Z", "Tue, 01 Dec 2026 10:00:00 GMT");
    same("2026-12-01T01:00:00Z", "Tue, 01 Dec 2026 10:00:00 +0900");
    same("2026-12-01T15:00:00Z", "Tue, 01 Dec 2026 10:00:00 EST");
    same("2026-12-01T10:00:00Z", "Tue, 1 Dec 2026 10:00 UT");
    same("2026-12-01T10:00:00Z", "01 Dec 2026 10:00:00 Z");
    // a wrong day name (common in feeds) does not lose the date
    same("2026-12-01T10:00:00Z", "Mon, 01 Dec 2026 10:00:00 GMT");
    same("2026-12-01T10:00:00Z", "TUE, 01 DEC 2026 10:00:00 GMT");
  }

  @Test
  void unreadableDatesSayWhatIsExpected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dates.parse("yesterday"));
    assertTrue(e.getMessage().startsWith("invalid date 'yesterday' (expected ISO-8601"), e.getMessage());
    assertTrue(e.getMessage().contains("RFC 1123"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Dates.parse("2018-13-45"));
    assertThrows(IllegalArgumentException.class, () -> Dates.parse("Tue, 01 Dec 2026 10:00:00 XYZ"));
    assertThrows(IllegalArgumentException.class, () -> Dates.parse("2018-05-08T10:15:00+25:00"));
    assertEquals(
        "date '+999999999-12-31T23:59:59Z' is out of range",
        assertThrows(IllegalArgumentException.class, () -> Dates.parse("+999999999-12-31T23:59:59Z")).getMessage());
  }
}
