package dev.moniker.search;

import dev.moniker.Internal;
import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.entities.EntityType;
import dev.moniker.index.ArticleFields;
import dev.moniker.index.ArticleSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Runs a {@link SearchRequest} against one point-in-time view of the index: parses the query,
 * collects the top hits, counts the matches (exactly, unless the request accepts a lower bound:
 * {@link SearchRequest#exactTotal}), and highlights the body passages that matched.
 */
@Internal
public final class ArticleSearcher {

  private final Analyzer analyzer;
  private final EntityNames names;
  private final ParsedQueries queries;
  private volatile ReaderColumns columns;
  private volatile BodyHighlighter highlighter;

  public ArticleSearcher(ArticleSchema schema) {
    this.analyzer = schema.queryAnalyzer();
    this.names = new EntityNames(analyzer);
    this.queries = new ParsedQueries(analyzer);
  }

  /**
   * The Lucene query that {@code queryText} becomes, entity terms included: for embedding code
   * that runs Moniker's query language with collectors of its own. A name typed without a field
   * searches the {@link ArticleFields#ENTITY} field.
   *
   * @throws MonikerException of kind {@code INVALID_QUERY} with a one-line reason
   */
  public Query parse(String queryText) {
    return queries.parse(queryText, true);
  }

  /**
   * The canonical name under which facets list the {@code type} entity {@code name} names, in
   * any spelling; see {@link SearchRequest#filter}.
   *
   * @throws MonikerException of kind {@code INVALID_ARGUMENT} when nothing by that name is known
   *     or indexed
   */
  public String canonical(IndexSearcher searcher, EntityType type, String name) {
    try {
      return names.resolve(searcher, type, name);
    } catch (IOException e) {
      throw new MonikerException(Kind.IO, "reading the index failed: " + e.getMessage(), e);
    }
  }

  public SearchResult search(IndexSearcher searcher, SearchRequest request) {
    long started = System.nanoTime();
    Query query = queries.parse(request.query(), true);
    return search(searcher, query, started, request);
  }

  /**
   * Runs {@code query} (already parsed) with the request's options; the request's query text is
   * only echoed and highlighted.
   */
  SearchResult search(IndexSearcher searcher, Query query, long started, SearchRequest request) {
    try {
      Matches matches = match(searcher, query, request);
      TopDocs top = page(matches.top(), request.offset());
      boolean counted = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
      boolean lowerBound = !counted && !request.exactTotal();
      long total = counted || lowerBound ? top.totalHits.value() : searcher.count(matches.query());
      List<List<String>> highlights =
          request.highlight()
              ? highlighter(searcher).passages(queries.parse(request.query(), false), top.scoreDocs)
              : List.of();
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      ReaderColumns built = columns;
      HitReader hitReader =
          new HitReader(
              searcher.getIndexReader(),
              built != null && built.reader == searcher.getIndexReader() ? built : null);
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        float score = Float.isNaN(sd.score) ? 0f : sd.score; // sorted by date: not scored
        hits.add(hitReader.read(sd.doc, score, highlights.isEmpty() ? List.of() : highlights.get(i)));
      }
      Map<String, List<FacetValue>> facets = matches.facets();
      DateHistogram histogram = matches.histogram();
      double tookMs = (System.nanoTime() - started) / 1_000_000.0;
      return new SearchResult(request.query(), total, tookMs, hits, facets, lowerBound, histogram);
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

  /** The hits after the first {@code offset}. */
  private static TopDocs page(TopDocs top, int offset) {
    if (offset == 0) {
      return top;
    }
    ScoreDoc[] docs = top.scoreDocs;
    ScoreDoc[] rest =
        offset >= docs.length ? new ScoreDoc[0] : Arrays.copyOfRange(docs, offset, docs.length);
    return new TopDocs(top.totalHits, rest);
  }

  /** Collects the best {@code offset + limit} hits in the request's order. */
  private static CollectorManager<?, ? extends TopDocs> topDocs(
      SearchRequest request, int totalHitsThreshold) {
    int n = request.offset() + request.limit();
    return switch (request.sort()) {
      case RELEVANCE -> new TopScoreDocCollectorManager(n, totalHitsThreshold);
      case NEWEST, OLDEST -> new TopFieldCollectorManager(byDate(request.sort()), n, totalHitsThreshold);
    };
  }

  /** By date, undated articles last either way. */
  private static Sort byDate(SearchRequest.Sort order) {
    boolean newest = order == SearchRequest.Sort.NEWEST;
    SortField date = new SortField(ArticleFields.DATE, SortField.Type.LONG, newest);
    date.setMissingValue(newest ? Long.MIN_VALUE : Long.MAX_VALUE);
    return new Sort(date, SortField.FIELD_DOC);
  }

  /**
   * Top hits, and facet counts and the time line when asked: drill-sideways counts when there
   * are filters.
   *
   * @param query what {@link IndexSearcher#count} counts when the total was not counted
   */
  private record Matches(
      Query query, TopDocs top, Map<String, List<FacetValue>> facets, DateHistogram histogram) {}

  private Matches match(IndexSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    boolean facets = request.facets() > 0;
    Map<EntityType, List<String>> filters = new LinkedHashMap<>();
    for (EntityFilterValue f : request.filters()) {
      filters
          .computeIfAbsent(f.type(), t -> new ArrayList<>())
          .add(names.resolve(searcher, f.type(), f.value()));
    }
    Query drilled = query;
    if (!filters.isEmpty()) {
      DrillDownQuery drill = new DrillDownQuery(ArticleFields.FACETS, query);
      filters.forEach((type, values) -> values.forEach(v -> drill.add(type.label(), v)));
      drilled = drill;
    }
    if (!facets && !request.histogram()) {
      return new Matches(
          drilled, searcher.search(drilled, topDocs(request, SearchRequest.COUNT_AT_LEAST)), Map.of(), null);
    }
    // Facets and the time line visit every match anyway: the hits, the counts and the months in
    // one pass. Facets need the matches of the unfiltered query too, for the sideways counts.
    ReaderColumns columns = columns(searcher);
    MatchCounter.Counts counts =
        facets
            ? MatchCounter.count(
                searcher, query, columns, topDocs(request, Integer.MAX_VALUE), true,
                request.histogram(), filters)
            : MatchCounter.count(
                searcher, drilled, columns, topDocs(request, Integer.MAX_VALUE), false, true,
                Map.of());
    Map<String, List<FacetValue>> values = new LinkedHashMap<>();
    if (facets) {
      for (EntityType t : EntityType.values()) {
        values.put(t.label(), columns.top(t, request.facets(), counts.counts()));
      }
    }
    return new Matches(
        drilled,
        counts.top(),
        facets ? values : Map.of(),
        request.histogram() ? DateHistogram.of(counts.months()) : null);
  }

  /**
   * Counting needs each segment's columns and one numbering of facet values across segments:
   * built once per reader and kept.
   */
  private ReaderColumns columns(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    ReaderColumns cached = columns;
    if (cached != null && cached.reader == reader) {
      return cached;
    }
    ReaderColumns fresh = ReaderColumns.of(reader);
    columns = fresh;
    return fresh;
  }

  /** One highlighter per searcher, kept while the searcher is the current one. */
  private BodyHighlighter highlighter(IndexSearcher searcher) {
    BodyHighlighter kept = highlighter;
    if (kept != null && kept.getIndexSearcher() == searcher) {
      return kept;
    }
    BodyHighlighter fresh = new BodyHighlighter(searcher, analyzer);
    highlighter = fresh;
    return fresh;
  }
}
