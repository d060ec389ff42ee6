package dev.moniker.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.util.fst.FST;

/**
 * The arcs leaving an FST's start node, read once. The spellings FST starts with about 1,700
 * first letters (every script's), laid out for binary search, and {@link FST#findTargetArc}
 * searches them in the FST's bytes: about half a microsecond, paid by every walk of the
 * dictionary, several per capitalised word of text. A search in a plain array of labels, and a
 * copy of the arc found, is a small fraction of that. Lucene kept such a cache itself before
 * version 9.
 *
 * <p>Shared by every walker of one FST (the arcs are only read) and immutable.
 */
final class RootArcs {

  private static final Map<FST<Long>, RootArcs> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

  private final int[] labels;
  private final FST.Arc<Long>[] arcs;

  @SuppressWarnings("unchecked")
  private RootArcs(FST<Long> fst) throws IOException {
    FST.BytesReader reader = fst.getBytesReader();
    FST.Arc<Long> start = fst.getFirstArc(new FST.Arc<>());
    int[] found = new int[64];
    int n = 0;
    if (FST.targetHasArcs(start)) {
      FST.Arc<Long> next = fst.readFirstTargetArc(start, new FST.Arc<>(), reader);
      while (true) {
        if (n == found.length) {
          found = Arrays.copyOf(found, n * 2);
        }
        found[n++] = next.label();
        if (next.isLast()) {
          break;
        }
        fst.readNextArc(next, reader);
      }
    }
    labels = Arrays.copyOf(found, n);
    Arrays.sort(labels);
    arcs = new FST.Arc[n];
    for (int i = 0; i < n; i++) {
      // The very state findTargetArc leaves, so that walking on from a copy is walking on from it.
      arcs[i] = fst.findTargetArc(labels[i], start, new FST.Arc<>(), reader);
    }
  }

  /** The root arcs of {@code fst}, read on first use. */
  static RootArcs of(FST<Long> fst) {
    return SHARED.computeIfAbsent(
        fst,
        f -> {
          try {
            return new RootArcs(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e); // the FST is on the heap: cannot happen
          }
        });
  }

  /**
   * Sets {@code arc} to the start node's arc labelled {@code label}, as {@link FST#findTargetArc}
   * from the start would; false, leaving {@code arc} as it was, when there is none.
   */
  boolean follow(int label, FST.Arc<Long> arc) {
    int i = Arrays.binarySearch(labels, label);
    if (i < 0) {
      return false;
    }
    arc.copyFrom(arcs[i]);
    return true;
  }
}
