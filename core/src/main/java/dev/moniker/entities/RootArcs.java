package dev.moniker.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.util.fst.FST;

/**
 * The arcs leaving an FST's start node, read once. The spellings FST starts with about 1,700
 * first letters (every script's), laid out for binary search, and {@link FST#findTargetArc}
 * searches them in the FST's bytes: about half a microsecond, paid by every walk of the
 * dictionary, several per capitalised word of text. A search in a plain array of labels, and a
 * copy of the arc found, is a small fraction of that. Lucene kept such a cache itself before
 * version 9.
 *
 * <p>The labels are read in one pass over the start node; each arc is looked up the first time a
 * walk takes it (a short command's text starts words with a few dozen of the 1,700 letters, and
 * finding all of them up front cost a cold JVM about 100 ms of interpreted bit counting).
 *
 * <p>Shared by every walker of one FST: the labels are immutable, an arc once published is only
 * read, and two threads finding the same arc at once publish equal copies.
 */
final class RootArcs {

  private static final Map<FST<Long>, RootArcs> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

  /** Weak: the FST is this cache's key in {@link #SHARED}, which must not keep it alive. */
  private final WeakReference<FST<Long>> fst;
  private final FST.Arc<Long> start;
  private final int[] labels;
  /** The arc of each label, found on first use; null until then. */
  private final AtomicReferenceArray<FST.Arc<Long>> arcs;

  private RootArcs(FST<Long> fst) throws IOException {
    this.fst = new WeakReference<>(fst);
    FST.BytesReader reader = fst.getBytesReader();
    start = fst.getFirstArc(new FST.Arc<>());
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
    arcs = new AtomicReferenceArray<>(n);
  }

  /** The root arcs of {@code fst}, read on first use; for use while the caller holds {@code fst}. */
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
    FST.Arc<Long> found = arcs.get(i);
    if (found == null) {
      found = find(labels[i]);
      arcs.set(i, found);
    }
    arc.copyFrom(found);
    return true;
  }

  /** The start node's arc labelled {@code label}, which the node has. */
  private FST.Arc<Long> find(int label) {
    FST<Long> f = fst.get(); // alive: the caller walks it
    try {
      // The very state findTargetArc leaves, so that walking on from a copy is walking on from it.
      return f.findTargetArc(label, start, new FST.Arc<>(), f.getBytesReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on the heap: cannot happen
    }
  }
}
