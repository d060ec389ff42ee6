package dev.moniker.search;

import dev.moniker.index.ArticleFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.packed.PackedInts;

/**
 * What counting the matches of a search reads per article, for every article of one segment:
 * its entity facet ordinals (the segment's own ordinals of {@link
 * FacetsConfig#DEFAULT_INDEX_FIELD_NAME}) and the month of its date. Read once from doc values
 * and kept on the heap for the segment's life (keyed weakly by its core, as Lucene's own caches
 * are; a segment's doc values never change, since Moniker never updates them in place), so that
 * counting a match is a few array reads instead of walking the doc-values encodings (most of a
 * search page's time in a profile).
 *
 * <p>Each column is packed to the fewest whole bytes that hold its values: two bytes for each
 * entity an article names (while a segment has at most 65,536 distinct entities), four for where
 * an article's entities start, two for its month; about 1.3 MB of heap for the 100k-article
 * benchmark corpus (3.3 entities an article).
 */
final class SegmentColumns {

  private static final Map<IndexReader.CacheKey, SegmentColumns> BY_SEGMENT = new WeakHashMap<>();

  /** Where each document's ordinals start in {@link #ords}; {@code maxDoc + 1} entries. */
  private final PackedInts.Reader starts;

  /** The segment ordinals of every document, document after document, ascending per document. */
  private final PackedInts.Reader ords;

  /** Months since year 0 minus {@link #monthBase} plus 1 of each document; 0 when undated. */
  private final PackedInts.Reader months;

  private final int monthBase;

  /** The largest value in {@link #months}. */
  private final int monthSpan;

  private SegmentColumns(
      PackedInts.Reader starts,
      PackedInts.Reader ords,
      PackedInts.Reader months,
      int monthBase,
      int monthSpan) {
    this.starts = starts;
    this.ords = ords;
    this.months = months;
    this.monthBase = monthBase;
    this.monthSpan = monthSpan;
  }

  /** The columns of {@code segment}: read on first use, then shared while the segment lives. */
  static SegmentColumns of(LeafReader segment) throws IOException {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return read(segment);
    }
    IndexReader.CacheKey key = helper.getKey();
    synchronized (BY_SEGMENT) {
      SegmentColumns kept = BY_SEGMENT.get(key);
      if (kept != null) {
        return kept;
      }
    }
    SegmentColumns fresh = read(segment); // outside the lock: another segment need not wait
    synchronized (BY_SEGMENT) {
      return BY_SEGMENT.computeIfAbsent(key, k -> fresh);
    }
  }

  static SegmentColumns read(LeafReader segment) throws IOException {
    int maxDoc = segment.maxDoc();
    int[] starts = new int[maxDoc + 1];
    int[] ords = new int[maxDoc + 16]; // grown as needed: news articles name a few entities each
    int n = 0;
    long maxOrd = 0;
    SortedSetDocValues values = segment.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    int next = 0;
    if (values != null) {
      maxOrd = Math.max(0, values.getValueCount() - 1);
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        while (next <= doc) {
          starts[next++] = n;
        }
        int count = values.docValueCount();
        if (n + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
        }
        for (int i = 0; i < count; i++) {
          ords[n++] = (int) values.nextOrd();
        }
      }
    }
    while (next <= maxDoc) {
      starts[next++] = n;
    }
    int[] monthOf = new int[maxDoc];
    int minMonth = Integer.MAX_VALUE;
    int maxMonth = Integer.MIN_VALUE;
    NumericDocValues dates = segment.getNumericDocValues(ArticleFields.DATE);
    DateHistogram.MonthOfDay months = new DateHistogram.MonthOfDay();
    boolean dated = false;
    if (dates != null) {
      for (int doc = dates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dates.nextDoc()) {
        int m = months.month(Math.floorDiv(dates.longValue(), DateHistogram.DAY_MILLIS));
        monthOf[doc] = m;
        minMonth = Math.min(minMonth, m);
        maxMonth = Math.max(maxMonth, m);
        dated = true;
      }
    }
    PackedInts.Mutable packedMonths;
    int base = dated ? minMonth : 0;
    if (dated) {
      // months are shifted by one so that 0 can stand for "undated"
      packedMonths =
          PackedInts.getMutable(
              maxDoc, PackedInts.bitsRequired((long) maxMonth - minMonth + 1), PackedInts.FASTEST);
      dates = segment.getNumericDocValues(ArticleFields.DATE);
      for (int doc = dates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dates.nextDoc()) {
        packedMonths.set(doc, (long) monthOf[doc] - minMonth + 1);
      }
    } else {
      packedMonths = PackedInts.getMutable(maxDoc, 1, PackedInts.FASTEST);
    }
    return new SegmentColumns(
        pack(starts, starts.length, n),
        pack(ords, n, maxOrd),
        packedMonths,
        base,
        dated ? maxMonth - minMonth + 1 : 0);
  }

  private static PackedInts.Reader pack(int[] values, int count, long max) {
    PackedInts.Mutable packed =
        PackedInts.getMutable(count, PackedInts.bitsRequired(max), PackedInts.FASTEST);
    for (int i = 0; i < count; i++) {
      packed.set(i, values[i]);
    }
    return packed;
  }

  /** The first position of {@code doc}'s ordinals; they end where {@code doc + 1}'s start. */
  int start(int doc) {
    return (int) starts.get(doc);
  }

  /** The segment ordinal at {@code position}. */
  int ord(int position) {
    return (int) ords.get(position);
  }

  /**
   * The month of {@code doc} as an index from 1 to {@link #monthSpan()}: 1 for the segment's
   * first month ({@link #month}), and 0 when it has no date.
   */
  int monthIndex(int doc) {
    return (int) months.get(doc);
  }

  /** The number of months from the segment's first dated article to its last; 0 when none. */
  int monthSpan() {
    return monthSpan;
  }

  /** The month of a {@link #monthIndex} above 0, as {@code year * 12 + month - 1}. */
  int month(int monthIndex) {
    return monthBase + monthIndex - 1;
  }

  /** Heap bytes held. */
  long ramBytesUsed() {
    return starts.ramBytesUsed() + ords.ramBytesUsed() + months.ramBytesUsed();
  }
}
