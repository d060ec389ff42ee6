package dev.moniker.search;

import dev.moniker.entities.EntityType;
import dev.moniker.index.ArticleFields;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Reads what a hit shows from doc values: a few reads per hit, where stored fields would
 * decompress a block of whole articles for each.
 */
final class HitReader {

  private final List<LeafReaderContext> leaves;
  private final ReaderColumns columns;

  /**
   * @param columns the reader's columns when counting built them already (entities are then read
   *     from them), else null
   */
  HitReader(IndexReader reader, ReaderColumns columns) {
    this.leaves = reader.leaves();
    this.columns = columns;
  }

  Hit read(int doc, float score, List<String> highlights) throws IOException {
    int leafIndex = ReaderUtil.subIndex(doc, leaves);
    LeafReaderContext leaf = leaves.get(leafIndex);
    LeafReader r = leaf.reader();
    int local = doc - leaf.docBase;
    return new Hit(
        text(r, ArticleFields.ID, local),
        text(r, ArticleFields.TITLE, local),
        score,
        highlights,
        columns != null ? entities(columns, leafIndex, local) : entities(r, local),
        date(r, local),
        text(r, ArticleFields.SOURCE, local),
        text(r, ArticleFields.URL, local));
  }

  private static String text(LeafReader r, String field, int doc) throws IOException {
    BinaryDocValues values = r.getBinaryDocValues(field);
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
  }

  private static Instant date(LeafReader r, int doc) throws IOException {
    NumericDocValues values = r.getNumericDocValues(ArticleFields.DATE);
    return values != null && values.advanceExact(doc) ? Instant.ofEpochMilli(values.longValue()) : null;
  }

  /** The article's entities by type, from the columns that counting read. */
  private static Map<String, List<String>> entities(ReaderColumns columns, int leaf, int doc)
      throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (EntityType t : EntityType.values()) {
      out.put(t.label(), new ArrayList<>());
    }
    SegmentColumns segment = columns.segment(leaf);
    int[] toGlobal = columns.toGlobal(leaf);
    for (int i = segment.start(doc), end = segment.start(doc + 1); i < end; i++) {
      String[] path = columns.path(toGlobal[segment.ord(i)]);
      List<String> names = path.length == 2 ? out.get(path[0]) : null;
      if (names != null) {
        names.add(path[1]);
      }
    }
    out.replaceAll((type, names) -> List.copyOf(names));
    return out;
  }

  /** The article's entities by type, from the facet field: {@code dimension US value}. */
  private static Map<String, List<String>> entities(LeafReader r, int doc) throws IOException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (EntityType t : EntityType.values()) {
      out.put(t.label(), new ArrayList<>());
    }
    SortedSetDocValues values = DocValues.getSortedSet(r, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (values.advanceExact(doc)) {
      for (int i = 0; i < values.docValueCount(); i++) {
        String[] path = EntityLabels.path(r, values, values.nextOrd());
        List<String> names = path.length == 2 ? out.get(path[0]) : null;
        if (names != null) {
          names.add(path[1]);
        }
      }
    }
    out.replaceAll((type, names) -> List.copyOf(names));
    return out;
  }
}
