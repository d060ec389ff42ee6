package dev.moniker.search;

import dev.moniker.entities.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;

/**
 * One pass over every match of a query: the top hits, the number of matches, the entity facet
 * counts of all three types and the matches by month, each match read from the {@link
 * SegmentColumns} (a few array reads) instead of being collected into a bit set and read again
 * from doc values for each count.
 *
 * <p>With entity filters, the query is the unfiltered one and the filters are checked here on
 * the ordinals read for counting anyway: a match with a filtered value of every filtered type is
 * a hit and counts for every type; a match that lacks only the filtered values of one type
 * counts for that type alone (drill-sideways: the filtered type lists the alternatives the other
 * filters allow, as Lucene's {@code DrillSideways} counts them); any other match counts nowhere.
 */
final class MatchCounter {

  /**
   * What the pass found.
   *
   * @param counts by global ordinal ({@link ReaderColumns}); null when facets were not asked for
   * @param months the hits by month; null when not asked for
   */
  record Counts(TopDocs top, long hits, int[] counts, DateHistogram.MonthCounts months) {}

  /** Segments whose dates span at most this many months count them in an array of their own. */
  static final int DENSE_MONTHS = 4096;

  private final ReaderColumns columns;
  private final boolean facets;
  private final boolean months;
  /** The global ordinal of each filter value (-1 when no article has it), and its type's bit. */
  private final int[] filterOrds;

  private final int[] filterBits;
  /** One bit per filtered type. */
  private final int required;

  private MatchCounter(
      ReaderColumns columns, boolean facets, boolean months, Map<EntityType, List<String>> filters)
      throws IOException {
    this.columns = columns;
    this.facets = facets;
    this.months = months;
    int n = filters.values().stream().mapToInt(List::size).sum();
    this.filterOrds = new int[n];
    this.filterBits = new int[n];
    int i = 0;
    int all = 0;
    for (Map.Entry<EntityType, List<String>> e : filters.entrySet()) {
      int bit = 1 << e.getKey().ordinal();
      all |= bit;
      for (String name : e.getValue()) {
        filterOrds[i] = columns.globalOrd(e.getKey(), name);
        filterBits[i++] = bit;
      }
    }
    this.required = all;
  }

  /**
   * Runs {@code query} once.
   *
   * @param top collects the hits; must count every match (no early termination)
   * @param facets whether to count the entity facet values
   * @param months whether to count the hits by month
   * @param filters canonical values by type (see {@link MatchCounter}); empty for none
   */
  static <C extends Collector> Counts count(
      IndexSearcher searcher,
      Query query,
      ReaderColumns columns,
      CollectorManager<C, ? extends TopDocs> top,
      boolean facets,
      boolean months,
      Map<EntityType, List<String>> filters)
      throws IOException {
    MatchCounter counter = new MatchCounter(columns, facets, months, filters);
    return searcher.search(query, counter.manager(top));
  }

  private <C extends Collector> CollectorManager<PerThread<C>, Counts> manager(
      CollectorManager<C, ? extends TopDocs> top) {
    return new CollectorManager<>() {
      @Override
      public PerThread<C> newCollector() throws IOException {
        return new PerThread<>(top.newCollector());
      }

      @Override
      public Counts reduce(Collection<PerThread<C>> collectors) throws IOException {
        List<C> tops = new ArrayList<>(collectors.size());
        long hits = 0;
        int[] counts = facets ? new int[columns.size()] : null;
        DateHistogram.MonthCounts byMonth = months ? new DateHistogram.MonthCounts() : null;
        for (PerThread<C> c : collectors) {
          tops.add(c.top);
          hits += c.hits;
          if (counts != null) {
            for (int i = 0; i < counts.length; i++) {
              counts[i] += c.counts[i];
            }
          }
          if (byMonth != null) {
            byMonth.addAll(c.months);
          }
        }
        return new Counts(top.reduce(tops), hits, counts, byMonth);
      }
    };
  }

  /** The counts of one search thread. */
  private final class PerThread<C extends Collector> implements Collector {
    final C top;
    final int[] counts = facets ? new int[columns.size()] : null;
    final DateHistogram.MonthCounts months =
        MatchCounter.this.months ? new DateHistogram.MonthCounts() : null;
    long hits;

    PerThread(C top) {
      this.top = top;
    }

    @Override
    public ScoreMode scoreMode() {
      return top.scoreMode().needsScores() ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector hitCollector = top.getLeafCollector(context);
      SegmentColumns segment = columns.segment(context.ord);
      int[] toGlobal = columns.toGlobal(context.ord);
      int[] counts = this.counts;
      DateHistogram.MonthCounts months = this.months;
      // The segment's months counted in an array of its own span, added up when it is done; a
      // segment whose dates span centuries adds each match directly instead.
      long[] byMonth =
          months != null && segment.monthSpan() <= DENSE_MONTHS
              ? new long[segment.monthSpan() + 1]
              : null;
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          hitCollector.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          int from = segment.start(doc);
          int to = segment.start(doc + 1);
          if (required != 0) {
            int missing = required & ~filtersHeld(segment, toGlobal, from, to);
            if (missing != 0) {
              if (counts != null && (missing & (missing - 1)) == 0) {
                countType(segment, toGlobal, from, to, Integer.numberOfTrailingZeros(missing));
              }
              return;
            }
          }
          hitCollector.collect(doc);
          hits++;
          if (counts != null) {
            for (int i = from; i < to; i++) {
              counts[toGlobal[segment.ord(i)]]++;
            }
          }
          if (byMonth != null) {
            byMonth[segment.monthIndex(doc)]++;
          } else if (months != null) {
            int m = segment.monthIndex(doc);
            if (m == 0) {
              months.undated++;
            } else {
              months.add(segment.month(m), 1);
            }
          }
        }

        /** A match that lacks only the filters of one type counts for that type's values. */
        private void countType(
            SegmentColumns segment, int[] toGlobal, int from, int to, int typeOrdinal) {
          int start = columns.typeStart(typeOrdinal);
          int end = columns.typeEnd(typeOrdinal);
          for (int i = from; i < to; i++) {
            int g = toGlobal[segment.ord(i)];
            if (g >= start && g < end) {
              counts[g]++;
            }
          }
        }

        @Override
        public void finish() throws IOException {
          hitCollector.finish();
          if (byMonth != null) {
            months.undated += byMonth[0];
            for (int m = 1; m < byMonth.length; m++) {
              if (byMonth[m] > 0) {
                months.add(segment.month(m), byMonth[m]);
              }
            }
          }
        }
      };
    }

    /** The bits of the filtered types whose filters this match satisfies. */
    private int filtersHeld(SegmentColumns segment, int[] toGlobal, int from, int to) {
      int held = 0;
      for (int i = from; i < to; i++) {
        int g = toGlobal[segment.ord(i)];
        for (int f = 0; f < filterOrds.length; f++) {
          if (g == filterOrds[f]) {
            held |= filterBits[f];
          }
        }
      }
      return held;
    }
  }
}
