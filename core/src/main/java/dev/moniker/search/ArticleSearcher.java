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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
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
  private volatile FacetState facetState;
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
      HitReader hitReader = new HitReader(searcher.getIndexReader());
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        float score = Float.isNaN(sd.score) ? 0f : sd.score; // sorted by date: not scored
        hits.add(hitReader.read(sd.doc, score, highlights.isEmpty() ? List.of() : highlights.get(i)));
      }
      Map<String, List<FacetValue>> facets = facetValues(matches.facets(), request.facets());
      DateHistogram histogram = !request.histogram() ? null
          : matches.collected() != null ? DateHistogram.count(matches.collected())
          : DateHistogram.count(searcher, matches.query());
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
   * Top hits, and facet counts when asked: drill-sideways counts when there are filters.
   *
   * @param collected every match (filters included), when facets were counted
   */
  private record Matches(Query query, TopDocs top, Facets facets, FacetsCollector collected) {}

  private Matches match(IndexSearcher searcher, Query query, SearchRequest request)
      throws IOException {
    SortedSetDocValuesReaderState state = request.facets() > 0 ? facetState(searcher) : null;
    CollectorManager<?, ? extends TopDocs> topDocs = topDocs(request, SearchRequest.COUNT_AT_LEAST);
    int n = request.offset() + request.limit();
    if (request.filters().isEmpty()) {
      if (state == null) {
        return new Matches(query, searcher.search(query, topDocs), null, null);
      }
      FacetsCollectorManager.FacetsResult r =
          request.sort() == SearchRequest.Sort.RELEVANCE
              ? FacetsCollectorManager.search(searcher, query, n, new FacetsCollectorManager())
              : FacetsCollectorManager.search(
                  searcher, query, n, byDate(request.sort()), new FacetsCollectorManager());
      return new Matches(
          query,
          r.topDocs(),
          new SortedSetDocValuesFacetCounts(state, r.facetsCollector()),
          r.facetsCollector());
    }
    DrillDownQuery drill = new DrillDownQuery(ArticleFields.FACETS, query);
    for (EntityFilterValue f : request.filters()) {
      drill.add(f.type().label(), names.resolve(searcher, f.type(), f.value()));
    }
    if (state == null) {
      return new Matches(drill, searcher.search(drill, topDocs), null, null);
    }
    // Facets visit every match anyway: count them all in the same pass, not in a second one.
    DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> r =
        new DrillSideways(searcher, ArticleFields.FACETS, state)
            .search(drill, topDocs(request, Integer.MAX_VALUE));
    return new Matches(drill, r.collectorResult, r.facets, r.drillDownFacetsCollector);
  }

  /** Facet counts need an ordinal map per reader: built once per reader and kept. */
  private SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    FacetState cached = facetState;
    if (cached != null && cached.reader() == reader) {
      return cached.state();
    }
    FieldInfo field =
        FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    SortedSetDocValuesReaderState state =
        field == null ? null : new DefaultSortedSetDocValuesReaderState(reader, ArticleFields.FACETS);
    facetState = new FacetState(reader, state);
    return state;
  }

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

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

  private static Map<String, List<FacetValue>> facetValues(Facets facets, int perType)
      throws IOException {
    if (perType == 0) {
      return Map.of();
    }
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    for (EntityType t : EntityType.values()) {
      List<FacetValue> values = new ArrayList<>();
      FacetResult r = null;
      if (facets != null) {
        try {
          r = facets.getTopChildren(perType, t.label());
        } catch (IllegalArgumentException e) {
          r = null; // no article has an entity of this type
        }
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
      values.sort(
          Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
      out.put(t.label(), List.copyOf(values));
    }
    return out;
  }
}
