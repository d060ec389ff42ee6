package dev.moniker.search;

import java.io.IOException;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet labels of one segment by ordinal, decoded once. Each hit lists its entities, and
 * looking an ordinal up in the doc values decompresses a block of the terms dictionary (most of a
 * word query's time in a profile); a segment's ordinals never change, and news names the same
 * few thousand entities again and again, so their labels are kept for the segment's life (keyed
 * weakly by its core, as Lucene's own caches are). At most {@link #MAX_PER_SEGMENT} labels a
 * segment are kept; beyond that they are looked up each time.
 */
final class EntityLabels {

  static final int MAX_PER_SEGMENT = 200_000;

  private static final Map<IndexReader.CacheKey, Map<Long, String[]>> BY_SEGMENT = new WeakHashMap<>();

  private EntityLabels() {}

  /** The {@code dimension, value} path of a facet ordinal of this segment. */
  static String[] path(LeafReader segment, SortedSetDocValues values, long ord) throws IOException {
    Map<Long, String[]> labels = labelsOf(segment);
    String[] path = labels == null ? null : labels.get(ord);
    if (path == null) {
      path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
      if (labels != null && labels.size() < MAX_PER_SEGMENT) {
        labels.put(ord, path);
      }
    }
    return path;
  }

  private static Map<Long, String[]> labelsOf(LeafReader segment) {
    IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
    if (helper == null) {
      return null;
    }
    synchronized (BY_SEGMENT) {
      return BY_SEGMENT.computeIfAbsent(helper.getKey(), k -> new ConcurrentHashMap<>());
    }
  }
}
