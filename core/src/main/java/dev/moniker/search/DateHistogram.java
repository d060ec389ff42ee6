package dev.moniker.search;

import dev.moniker.index.ArticleFields;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

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

  /** Counts the matches of {@code query} (filters included) by month, then picks the unit. */
  static DateHistogram count(IndexSearcher searcher, Query query) throws IOException {
    return of(searcher.search(query, new MonthCountManager()));
  }

  /**
   * Counts the matches that facet counting collected already: a walk over their bit sets instead
   * of running the query a second time (a tenth of a search page's time when it did).
   */
  static DateHistogram count(FacetsCollector matches) throws IOException {
    MonthCounts counts = new MonthCounts();
    for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
      DocIdSetIterator docs = segment.bits() == null ? null : segment.bits().iterator();
      if (docs == null) {
        continue;
      }
      counts.doSetNextReader(segment.context());
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        counts.collect(doc);
      }
    }
    return of(counts);
  }

  private static DateHistogram of(MonthCounts counts) {
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
   * Per-month counts of one slice of the index, merged at the end: a plain array indexed by
   * months since 1970 minus a base that moves as earlier months turn up, so counting a match is
   * a little arithmetic and an increment, with no boxing or map look-up.
   */
  private static final class MonthCounts extends SimpleCollector {
    private static final long DAY_MILLIS = 86_400_000L;
    private long[] counts = new long[0];
    private int base;
    long undated;
    private NumericDocValues dates;
    private long monthFirstDay = 1;
    private long nextMonthFirstDay;
    private int lastMonth;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      dates = DocValues.getNumeric(context.reader(), ArticleFields.DATE);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!dates.advanceExact(doc)) {
        undated++;
        return;
      }
      add(month(Math.floorDiv(dates.longValue(), DAY_MILLIS)), 1);
    }

    /**
     * Months since year 0 of an epoch day. Neighbouring articles tend to share a month, so the
     * last month's range of days is kept and a day within it needs no calendar arithmetic.
     */
    private int month(long epochDay) {
      if (epochDay < monthFirstDay || epochDay >= nextMonthFirstDay) {
        LocalDate first = LocalDate.ofEpochDay(epochDay).withDayOfMonth(1);
        monthFirstDay = first.toEpochDay();
        nextMonthFirstDay = first.plusMonths(1).toEpochDay();
        lastMonth = first.getYear() * 12 + first.getMonthValue() - 1;
      }
      return lastMonth;
    }

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
        counts = java.util.Arrays.copyOf(counts, Math.max(counts.length * 2, month - base + 12));
      }
      counts[month - base] += n;
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

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private static final class MonthCountManager implements CollectorManager<MonthCounts, MonthCounts> {
    @Override
    public MonthCounts newCollector() {
      return new MonthCounts();
    }

    @Override
    public MonthCounts reduce(java.util.Collection<MonthCounts> collectors) {
      MonthCounts all = new MonthCounts();
      for (MonthCounts c : collectors) {
        for (int i = 0; i < c.counts.length; i++) {
          if (c.counts[i] > 0) {
            all.add(c.base + i, c.counts[i]);
          }
        }
        all.undated += c.undated;
      }
      return all;
    }
  }
}
