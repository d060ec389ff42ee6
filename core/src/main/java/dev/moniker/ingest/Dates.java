package dev.moniker.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO-8601 dates as articles carry them: a day, a local date-time, or an instant with offset. */
public final class Dates {

  private Dates() {}

  /**
   * Parses {@code 2018-05-08}, {@code 2018-05-08T10:15:00}, {@code 2018-05-08T10:15:00Z} or
   * {@code 2018-05-08T10:15:00+09:00}; days and local times are taken as UTC.
   *
   * @throws IllegalArgumentException with a message naming the expected form
   */
  public static Instant parse(String text) {
    String s = text.trim();
    Instant instant;
    try {
      if (s.length() == 10) {
        instant = LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      } else if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        instant = OffsetDateTime.parse(s).toInstant();
      } else {
        instant = LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "invalid date '" + text + "' (expected ISO-8601, e.g. 2018-05-08 or 2018-05-08T10:15:00Z)");
    }
    try {
      instant.toEpochMilli(); // the index keeps dates as epoch milliseconds
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("date '" + text + "' is out of range");
    }
    return instant;
  }
}
