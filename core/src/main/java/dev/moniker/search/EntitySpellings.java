package dev.moniker.search;

import dev.moniker.index.ArticleFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Every spelling under which the archive names an entity, with the number of articles that use
 * it: counted from the {@link ArticleFields#SPELLING} doc values of the articles that mention the
 * entity, like a facet restricted to that entity's values (see there why doc values).
 */
final class EntitySpellings {

  private EntitySpellings() {}

  /** Spellings of the entity with index term {@code entityTerm}, most used first. */
  static List<FacetValue> count(IndexSearcher searcher, String entityTerm) throws IOException {
    String prefix = entityTerm + ArticleFields.SPELLING_SEPARATOR;
    Map<String, Long> counts =
        searcher.search(
            new TermQuery(new Term(ArticleFields.ENTITY, entityTerm)), new Manager(prefix));
    List<FacetValue> out = new ArrayList<>(counts.size());
    counts.forEach((spelling, n) -> out.add(new FacetValue(spelling, n)));
    out.sort(Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return List.copyOf(out);
  }

  /** Counts per ordinal within the ordinal range of the prefix, one segment at a time. */
  private static final class Counter extends SimpleCollector {
    private final BytesRef prefix;
    private final int prefixChars;
    final Map<String, Long> counts = new HashMap<>();
    private SortedSetDocValues values;
    private long firstOrd;
    private long[] perOrd = new long[0];

    Counter(String prefix) {
      this.prefix = new BytesRef(prefix);
      this.prefixChars = prefix.length();
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      values = DocValues.getSortedSet(context.reader(), ArticleFields.SPELLING);
      TermsEnum terms = values.termsEnum();
      if (terms.seekCeil(prefix) == TermsEnum.SeekStatus.END) {
        perOrd = new long[0];
        return;
      }
      firstOrd = terms.ord();
      long lastOrd = firstOrd - 1;
      for (BytesRef t = terms.term(); t != null && startsWith(t); t = terms.next()) {
        lastOrd = terms.ord();
      }
      perOrd = new long[(int) (lastOrd - firstOrd + 1)];
    }

    private boolean startsWith(BytesRef t) {
      return t.length >= prefix.length
          && java.util.Arrays.equals(
              t.bytes, t.offset, t.offset + prefix.length,
              prefix.bytes, prefix.offset, prefix.offset + prefix.length);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (perOrd.length == 0 || !values.advanceExact(doc)) {
        return;
      }
      for (int i = 0; i < values.docValueCount(); i++) {
        long ord = values.nextOrd() - firstOrd;
        if (ord >= 0 && ord < perOrd.length) {
          perOrd[(int) ord]++;
        }
      }
    }

    /** Moves the segment's counts into {@link #counts}, by spelling. */
    void flush() throws IOException {
      for (int i = 0; i < perOrd.length; i++) {
        if (perOrd[i] > 0) {
          String value = values.lookupOrd(firstOrd + i).utf8ToString();
          counts.merge(value.substring(prefixChars), perOrd[i], Long::sum);
        }
      }
      perOrd = new long[0];
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  private record Manager(String prefix) implements CollectorManager<Counter, Map<String, Long>> {
    @Override
    public Counter newCollector() {
      return new Counter(prefix);
    }

    @Override
    public Map<String, Long> reduce(Collection<Counter> collectors) throws IOException {
      Map<String, Long> all = new HashMap<>();
      for (Counter c : collectors) {
        c.flush();
        c.counts.forEach((k, v) -> all.merge(k, v, Long::sum));
      }
      return all;
    }
  }
}
