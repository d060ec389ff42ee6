package dev.moniker.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Matching articles counted by year, or by month when all dated matches fall within {@value
 * #MONTHS_UP_TO} months: a time line whose bars narrow a search to their dates. Counted from the
 * date doc values of every match, so undated articles are left out (and counted in {@code
 * undated}). Empty years or months between the first and the last are present with count 0,
 * so bars are evenly spaced in time.
 *
 * @param unit {@link Unit#YEAR} or {@link Unit#MONTH}
 * @param buckets in time order
 * @param undated matches without a date
 */
public record DateHistogram(Unit unit, List<Bucket> buckets, long undated) {

  /** Months are shown for matches that span at most this many months. */
  public static final int MONTHS_UP_TO = 24;

  /** The width of one bar. */
  public enum Unit {
    YEAR,
    MONTH
  }

  /**
   * One bar.
   *
   * @param label {@code 2018} or {@code 2018-05}
   * @param from first day, inclusive
   * @param to last day, inclusive
   */
  public record Bucket(String label, LocalDate from, LocalDate to, long count) {}

  /** The largest count, for scaling bars; 0 when there are no dated matches. */
  public long maxCount() {
    return buckets.stream().mapToLong(Bucket::count).max().orElse(0);
  }

  static final long DAY_MILLIS = 86_400_000L;

  /** The time line of these counts: by month when they span at most {@value #MONTHS_UP_TO}. */
  static DateHistogram of(MonthCounts counts) {
    TreeMap<YearMonth, Long> byMonth = counts.byMonth();
    if (byMonth.isEmpty()) {
      return new DateHistogram(Unit.YEAR, List.of(), counts.undated);
    }
    YearMonth first = byMonth.firstKey();
    YearMonth last = byMonth.lastKey();
    List<Bucket> buckets = new ArrayList<>();
    if (first.plusMonths(MONTHS_UP_TO - 1).compareTo(last) >= 0) {
      for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
        buckets.add(
            new Bucket(m.toString(), m.atDay(1), m.atEndOfMonth(), byMonth.getOrDefault(m, 0L)));
      }
      return new DateHistogram(Unit.MONTH, List.copyOf(buckets), counts.undated);
    }
    TreeMap<Integer, Long> byYear = new TreeMap<>();
    byMonth.forEach((m, n) -> byYear.merge(m.getYear(), n, Long::sum));
    for (int y = first.getYear(); y <= last.getYear(); y++) {
      buckets.add(
          new Bucket(
              Integer.toString(y),
              LocalDate.of(y, 1, 1),
              LocalDate.of(y, 12, 31),
              byYear.getOrDefault(y, 0L)));
    }
    return new DateHistogram(Unit.YEAR, List.copyOf(buckets), counts.undated);
  }

  /**
   * Months since year 0 of epoch days. Neighbouring days tend to share a month, so the last
   * month's range of days is kept and a day within it needs no calendar arithmetic.
   */
  static final class MonthOfDay {
    private long monthFirstDay = 1;
    private long nextMonthFirstDay;
    private int lastMonth;

    /** {@code year * 12 + month - 1} of {@code epochDay}. */
    int month(long epochDay) {
      if (epochDay < monthFirstDay || epochDay >= nextMonthFirstDay) {
        LocalDate first = LocalDate.ofEpochDay(epochDay).withDayOfMonth(1);
        monthFirstDay = first.toEpochDay();
        nextMonthFirstDay = first.plusMonths(1).toEpochDay();
        lastMonth = first.getYear() * 12 + first.getMonthValue() - 1;
      }
      return lastMonth;
    }
  }

  /**
   * Per-month counts of matches: a plain array indexed by months since year 0 minus a base that
   * moves as earlier months turn up, so counting a match is a little arithmetic and an increment,
   * with no boxing or map look-up.
   */
  static final class MonthCounts {
    private long[] counts = new long[0];
    private int base;
    long undated;

    void add(int month, long n) {
      if (counts.length == 0) {
        counts = new long[12];
        base = month;
      } else if (month < base) {
        long[] grown = new long[counts.length + (base - month) + 12];
        System.arraycopy(counts, 0, grown, base - month + 12, counts.length);
        counts = grown;
        base = month - 12;
      } else if (month - base >= counts.length) {
        counts = Arrays.copyOf(counts, Math.max(counts.length * 2, month - base + 12));
      }
      counts[month - base] += n;
    }

    /** Adds {@code other}'s counts to these. */
    void addAll(MonthCounts other) {
      for (int i = 0; i < other.counts.length; i++) {
        if (other.counts[i] > 0) {
          add(other.base + i, other.counts[i]);
        }
      }
      undated += other.undated;
    }

    /** The counts by month, months without matches left out. */
    TreeMap<YearMonth, Long> byMonth() {
      TreeMap<YearMonth, Long> out = new TreeMap<>();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] > 0) {
          int m = base + i;
          out.put(YearMonth.of(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1), counts[i]);
        }
      }
      return out;
    }
  }
}
