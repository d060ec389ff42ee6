package dev.moniker.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

/**
 * The queries that recent query texts became, the least recently used forgotten first. Parsing
 * runs the entity analysis over the query text once per default field and once more for the
 * typed names, and a search page parses twice (once to search, once with names on title and body
 * to highlight): a sixth of a page's time. Pages re-run the same text all the time (the next
 * page, another order, a facet clicked, a bar of the time line), and a parse depends on nothing
 * but the text and the analysis, so the queries are kept. Lucene queries are immutable, so one
 * may serve many searches at once. Texts that fail to parse are not kept.
 */
final class ParsedQueries {

  static final int CAPACITY = 256;

  private final Analyzer analyzer;
  private final Map<Key, Query> recent =
      new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Query> eldest) {
          return size() > CAPACITY;
        }
      };

  ParsedQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  private record Key(String text, boolean entityField) {}

  /** {@link MonikerQueryParser#parseQuery(String, Analyzer, boolean)}, remembered. */
  Query parse(String text, boolean entityField) {
    Key key = new Key(text, entityField);
    synchronized (recent) {
      Query known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    Query parsed = MonikerQueryParser.parseQuery(text, analyzer, entityField);
    synchronized (recent) {
      recent.put(key, parsed);
    }
    return parsed;
  }

  int size() {
    synchronized (recent) {
      return recent.size();
    }
  }
}
