package dev.moniker.search;

import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.index.ArticleFields;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Runs a {@link SearchRequest} against one point-in-time view of the index: parses the query,
 * collects the top hits, counts all matches exactly, and highlights the body passages that
 * matched.
 */
public final class ArticleSearcher {

  static final int PASSAGES = 3;
  /** Characters of a body the highlighter reads; longer bodies are highlighted in their start. */
  static final int MAX_HIGHLIGHT_CHARS = 200_000;

  private static final Set<String> STORED =
      Set.of(
          ArticleFields.ID,
          ArticleFields.TITLE,
          ArticleFields.DATE,
          ArticleFields.SOURCE,
          ArticleFields.URL);
  private static final Map<String, List<String>> NO_ENTITIES =
      Map.of("person", List.of(), "place", List.of(), "org", List.of());

  private final Analyzer analyzer;

  public ArticleSearcher(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  public SearchResult search(IndexSearcher searcher, SearchRequest request) {
    long started = System.nanoTime();
    Query query = MonikerQueryParser.parseQuery(request.query(), analyzer);
    try {
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(request.limit(), 1000));
      long total =
          top.totalHits.relation() == TotalHits.Relation.EQUAL_TO
              ? top.totalHits.value()
              : searcher.count(query);
      List<List<String>> highlights =
          request.highlight() ? highlight(searcher, query, top) : List.of();
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      StoredFields stored = searcher.storedFields();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document doc = stored.document(sd.doc, STORED);
        hits.add(
            new Hit(
                doc.get(ArticleFields.ID),
                doc.get(ArticleFields.TITLE),
                sd.score,
                highlights.isEmpty() ? List.of() : highlights.get(i),
                NO_ENTITIES,
                date(doc),
                doc.get(ArticleFields.SOURCE),
                doc.get(ArticleFields.URL)));
      }
      double tookMs = (System.nanoTime() - started) / 1_000_000.0;
      return new SearchResult(request.query(), total, tookMs, hits, Map.of());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new MonikerException(
          Kind.INVALID_QUERY,
          "query expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " terms; make wildcards and fuzzy terms more specific",
          e);
    } catch (IOException e) {
      throw new MonikerException(Kind.IO, "search failed: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private List<List<String>> highlight(IndexSearcher searcher, Query query, TopDocs top)
      throws IOException {
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    PassageHighlighter highlighter =
        new PassageHighlighter(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkedPassages())
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withMaxNoHighlightPassages(1));
    int[] docIds = new int[top.scoreDocs.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = top.scoreDocs[i].doc;
    }
    Object[] perDoc =
        highlighter
            .passages(new String[] {ArticleFields.BODY}, query, docIds, new int[] {PASSAGES})
            .get(ArticleFields.BODY);
    List<List<String>> out = new ArrayList<>(docIds.length);
    for (Object passages : perDoc) {
      out.add(passages == null ? List.of() : List.copyOf((List<String>) passages));
    }
    return out;
  }

  private static Instant date(Document doc) {
    IndexableField f = doc.getField(ArticleFields.DATE);
    return f == null || f.numericValue() == null
        ? null
        : Instant.ofEpochMilli(f.numericValue().longValue());
  }

  /** Exposes the highlighter's per-passage objects, which {@link MarkedPassages} makes. */
  private static final class PassageHighlighter extends UnifiedHighlighter {
    PassageHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] max)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, max);
    }
  }
}
