package dev.moniker.ingest;

import dev.moniker.Internal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as articles, pages and feeds carry them: ISO-8601 (a day, a local date-time, or an
 * instant with any offset: {@code Z}, {@code +09:00}, {@code +0900}, {@code +09}) and RFC 1123 /
 * RFC 822 as RSS uses it ({@code Tue, 01 Dec 2026 10:00:00 GMT}, {@code +0900}, or a US zone
 * name). Days and local times are taken as UTC.
 */
@Internal
public final class Dates {

  private static final Pattern ISO_SPACE = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:)");
  private static final Pattern COMPACT_OFFSET = Pattern.compile("([+-])(\\d\\d):?(\\d\\d)?$");
  private static final Pattern DAY_NAME = Pattern.compile("^[A-Za-z]{3,9},?\\s+");
  private static final Pattern ZONE_NAME = Pattern.compile("\\s([A-Za-z]{1,4})$");
  private static final DateTimeFormatter RFC_1123 =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("d MMM uuuu H:mm[:ss] xx")
          .toFormatter(Locale.ENGLISH);

  /** Zone names that RSS feeds write instead of offsets (RFC 822 section 5). */
  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("GMT", "+0000"),
          Map.entry("UT", "+0000"),
          Map.entry("UTC", "+0000"),
          Map.entry("Z", "+0000"),
          Map.entry("EST", "-0500"),
          Map.entry("EDT", "-0400"),
          Map.entry("CST", "-0600"),
          Map.entry("CDT", "-0500"),
          Map.entry("MST", "-0700"),
          Map.entry("MDT", "-0600"),
          Map.entry("PST", "-0800"),
          Map.entry("PDT", "-0700"),
          Map.entry("KST", "+0900"),
          Map.entry("JST", "+0900"),
          Map.entry("CET", "+0100"),
          Map.entry("CEST", "+0200"),
          Map.entry("BST", "+0100"));

  private Dates() {}

  /**
   * Parses an ISO-8601 or RFC 1123 date.
   *
   * @throws IllegalArgumentException with a message naming the expected forms
   */
  public static Instant parse(String text) {
    String s = text.trim();
    Instant instant = iso(s);
    if (instant == null) {
      instant = rfc1123(s);
    }
    if (instant == null) {
      throw new IllegalArgumentException(
          "invalid date '"
              + text
              + "' (expected ISO-8601, e.g. 2018-05-08T10:15:00+09:00, or RFC 1123, e.g. Tue, 08 May 2018 10:15:00 GMT)");
    }
    try {
      instant.toEpochMilli(); // the index keeps dates as epoch milliseconds
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("date '" + text + "' is out of range");
    }
    return instant;
  }

  private static Instant iso(String text) {
    String s = ISO_SPACE.matcher(text).replaceFirst("$1T$2");
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (s.endsWith("Z") || s.endsWith("z")) {
        return OffsetDateTime.parse(s.substring(0, s.length() - 1) + "Z").toInstant();
      }
      int t = s.indexOf('T');
      Matcher offset = COMPACT_OFFSET.matcher(s);
      if (t > 0 && offset.find(t)) {
        String minutes = offset.group(3) == null ? "00" : offset.group(3);
        String normal =
            s.substring(0, offset.start()) + offset.group(1) + offset.group(2) + ":" + minutes;
        return OffsetDateTime.parse(normal).toInstant();
      }
      return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant rfc1123(String text) {
    String s = DAY_NAME.matcher(text).replaceFirst("").replaceAll("\\s+", " ");
    Matcher zone = ZONE_NAME.matcher(s);
    if (zone.find()) {
      String offset = ZONES.get(zone.group(1).toUpperCase(Locale.ROOT));
      if (offset == null) {
        return null;
      }
      s = s.substring(0, zone.start()) + " " + offset;
    }
    try {
      return ZonedDateTime.parse(s, RFC_1123).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
