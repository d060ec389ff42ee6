package dev.moniker.ingest;

import java.time.Instant;

/**
 * Dates an input declared that could not be read, gathered so that a file reports them once (how
 * many, and the first) while its articles are indexed without a date rather than lost.
 */
final class UnreadableDates {

  private int count;
  private String first;

  /** Remembers one date that could not be read, {@code where} naming the article. */
  void add(String where, String reason) {
    if (count++ == 0) {
      first = where + ": " + reason;
    }
  }

  /** Reads {@code text} as a date, or remembers why not and returns {@code null}. */
  Instant parse(String where, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Dates.parse(text);
    } catch (IllegalArgumentException e) {
      add(where, e.getMessage());
      return null;
    }
  }

  /** Sends one notice for everything remembered, if anything. */
  void report(String input, IngestSink sink) {
    if (count == 0) {
      return;
    }
    String what =
        count == 1
            ? "date could not be read, article indexed without a date ("
            : count + " dates could not be read, articles indexed without a date (first: ";
    sink.notice(new Notice(input, what + first + ")"));
    count = 0;
    first = null;
  }
}
