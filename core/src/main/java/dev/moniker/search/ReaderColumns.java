package dev.moniker.search;

import dev.moniker.entities.EntityType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.PriorityQueue;

/**
 * What counting needs of one point-in-time reader: each segment's {@link SegmentColumns}, and
 * one numbering of the entity facet values across segments (Lucene's global ordinals), with each
 * segment's ordinals mapped to it in a plain array. Global ordinals follow the values' bytes, so
 * the values of one entity type ({@code person\u001f...}) are one range. Built once per reader and
 * kept until the next reopen; the segment columns outlive it.
 */
final class ReaderColumns {

  final IndexReader reader;
  private final List<LeafReaderContext> leaves;
  private final SegmentColumns[] segments;
  /** Per leaf, the global ordinal of each segment ordinal. */
  private final int[][] toGlobal;

  private final OrdinalMap map;
  /** The number of global ordinals. */
  private final int size;
  /** By {@link EntityType#ordinal()}: the first global ordinal of the type, and one past its last. */
  private final int[] typeStart;

  private final int[] typeEnd;

  /**
   * The {@code type, value} path of each global ordinal, filled on first use (a race fills an
   * entry twice with equal paths, which is harmless).
   */
  private final AtomicReferenceArray<String[]> paths;

  private ReaderColumns(IndexReader reader) throws IOException {
    this.reader = reader;
    this.leaves = reader.leaves();
    this.segments = new SegmentColumns[leaves.size()];
    for (int i = 0; i < segments.length; i++) {
      segments[i] = SegmentColumns.of(leaves.get(i).reader());
    }
    this.toGlobal = new int[leaves.size()][];
    SortedSetDocValues all =
        MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    this.map =
        all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    this.size = all == null ? 0 : (int) all.getValueCount();
    for (int i = 0; i < leaves.size(); i++) {
      SortedSetDocValues segment =
          leaves.get(i).reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      int n = segment == null ? 0 : (int) segment.getValueCount();
      int[] global = new int[n];
      LongValues mapping = map == null ? null : map.getGlobalOrds(i);
      for (int ord = 0; ord < n; ord++) {
        global[ord] = mapping == null ? ord : (int) mapping.get(ord);
      }
      toGlobal[i] = global;
    }
    this.paths = new AtomicReferenceArray<>(size);
    EntityType[] types = EntityType.values();
    this.typeStart = new int[types.length];
    this.typeEnd = new int[types.length];
    for (EntityType t : types) {
      if (all != null) {
        typeStart[t.ordinal()] = insertionPoint(all, t.label() + FacetsConfig.DELIM_CHAR);
        typeEnd[t.ordinal()] = insertionPoint(all, t.label() + (char) (FacetsConfig.DELIM_CHAR + 1));
      }
    }
  }

  /** The columns of {@code reader}: built now (reading each new segment's columns). */
  static ReaderColumns of(IndexReader reader) throws IOException {
    return new ReaderColumns(reader);
  }

  /** Where {@code prefix} would go among the values (no value equals a bare prefix). */
  private static int insertionPoint(SortedSetDocValues values, String prefix) throws IOException {
    long found = values.lookupTerm(new BytesRef(prefix));
    return (int) (found >= 0 ? found : -found - 1);
  }

  List<LeafReaderContext> leaves() {
    return leaves;
  }

  SegmentColumns segment(int leaf) {
    return segments[leaf];
  }

  int[] toGlobal(int leaf) {
    return toGlobal[leaf];
  }

  /** The number of global ordinals: the size of a counts array. */
  int size() {
    return size;
  }

  /** The first global ordinal of the type of this {@link EntityType#ordinal()}. */
  int typeStart(int typeOrdinal) {
    return typeStart[typeOrdinal];
  }

  /** One past the last global ordinal of the type of this {@link EntityType#ordinal()}. */
  int typeEnd(int typeOrdinal) {
    return typeEnd[typeOrdinal];
  }

  /** The global ordinal of the {@code type} facet value {@code name}, or -1 when no article has it. */
  int globalOrd(EntityType type, String name) throws IOException {
    BytesRef value = new BytesRef(FacetsConfig.pathToString(type.label(), new String[] {name}));
    for (int i = 0; i < leaves.size(); i++) {
      SortedSetDocValues segment =
          leaves.get(i).reader().getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      long ord = segment == null ? -1 : segment.lookupTerm(value);
      if (ord >= 0) {
        return toGlobal[i][(int) ord];
      }
    }
    return -1;
  }

  /**
   * The {@code n} values of {@code type} with the highest counts, most first, equal counts by
   * name; values counted 0 are left out. At equal counts at the cut, the values first in byte
   * order are kept, as Lucene's facet counts keep them.
   */
  List<FacetValue> top(EntityType type, int n, int[] counts) throws IOException {
    int start = typeStart[type.ordinal()];
    int end = typeEnd[type.ordinal()];
    PriorityQueue<int[]> best =
        new PriorityQueue<>(Math.min(n, Math.max(1, end - start))) {
          @Override
          protected boolean lessThan(int[] a, int[] b) {
            return a[1] != b[1] ? a[1] < b[1] : a[0] > b[0];
          }
        };
    int[] spare = null;
    for (int ord = start; ord < end; ord++) {
      int count = counts[ord];
      if (count == 0 || best.size() == n && count <= best.top()[1]) {
        continue;
      }
      int[] entry = spare == null ? new int[2] : spare;
      entry[0] = ord;
      entry[1] = count;
      spare = best.insertWithOverflow(entry);
    }
    List<FacetValue> values = new ArrayList<>(best.size());
    for (int[] e : best) {
      String[] path = path(e[0]);
      values.add(new FacetValue(path[path.length - 1], e[1]));
    }
    values.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return List.copyOf(values);
  }

  /** The {@code type, value} path of a global ordinal. */
  String[] path(int globalOrd) throws IOException {
    String[] kept = paths.get(globalOrd);
    if (kept != null) {
      return kept;
    }
    int leaf = map == null ? firstLeafWithValues() : map.getFirstSegmentNumber(globalOrd);
    long ord = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
    LeafReader segment = leaves.get(leaf).reader();
    SortedSetDocValues values =
        segment.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    String[] path = EntityLabels.path(segment, values, ord);
    paths.set(globalOrd, path);
    return path;
  }

  private int firstLeafWithValues() {
    for (int i = 0; i < toGlobal.length; i++) {
      if (toGlobal[i].length > 0) {
        return i;
      }
    }
    throw new IllegalStateException("no segment has facet values");
  }
}
