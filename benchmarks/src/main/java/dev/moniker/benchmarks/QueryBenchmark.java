package dev.moniker.benchmarks;

import dev.moniker.Moniker;
import dev.moniker.benchmarks.corpus.BenchIndexes;
import dev.moniker.benchmarks.corpus.CorpusGenerator;
import dev.moniker.benchmarks.corpus.EntitySpellings;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityType;
import dev.moniker.index.ArticleFields;
import dev.moniker.index.ArticleSchema;
import dev.moniker.search.ArticleSearcher;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Query latency of Moniker against plain Lucene on the same generated articles: {@code moniker*}
 * methods go through Moniker's public search call; {@code plain*} methods run what a competent
 * plain-Lucene user would run (StandardAnalyzer index and query parser, top 10, each hit's id and
 * title read from doc values, as Moniker reads them); {@code plain*Stored} methods read id and
 * title from stored fields instead, whose blocks also hold the article bodies (the slower way, kept
 * as a second baseline); {@code lucene*} methods run Lucene's own facet counting and drill-sideways
 * on Moniker's index, over the same matches as the Moniker method they pair with.
 *
 * <p>One searcher per side per trial, query cache off, each method rotating over a set of queries
 * of its kind whose hit counts are checked in setup, results sunk into the Blackhole. Top-10
 * methods count matches up to 1,000 as Lucene does by default and Moniker does unless asked for an
 * exact total; facet methods count every match. Both highlighters take three passages from at
 * most 200,000 characters of the body and return one passage for a body without a match.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-Xms2g", "-XX:+AlwaysPreTouch", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 5)
public class QueryBenchmark {

  static final long SEED = 42;
  static final int QUERIES_PER_KIND = 16;
  static final int TOP = 10;
  static final int FACETS = 10;
  /** Matches counted before the total becomes a lower bound: Lucene's default and Moniker's. */
  static final int COUNT_AT_LEAST = SearchRequest.COUNT_AT_LEAST;
  /** Highlighted passages per hit, on both sides. */
  static final int PASSAGES = 3;
  /** Characters of a body either highlighter reads, as Moniker's. */
  static final int MAX_HIGHLIGHT_CHARS = 200_000;

  @Param({"10000"})
  public int docs;

  private Moniker moniker;
  private FSDirectory plainDir;
  private DirectoryReader plainReader;
  private IndexSearcher plain;
  private FSDirectory monikerDir;
  private DirectoryReader monikerReader;
  private IndexSearcher monikerLucene;
  private SortedSetDocValuesReaderState facetState;
  private UnifiedHighlighter plainHighlighter;
  private Analyzer standard;
  private ArticleSearcher monikerParser;

  private String[] commonWords;
  private String[] rareWords;
  private String[] phrases;
  private String[] conjunctions;
  private String[] entityVariants;
  private String[] entityOrQueries;
  private String[] drillWords;
  private String[] drillEntities;
  private String[] drillCanonical;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Vectorization.listen();
    IndexSearcher.setDefaultQueryCache(null); // measure the searches, not a cache
    BenchIndexes.ensure(docs, SEED);
    System.err.println("vectorization: " + Vectorization.describe());
    moniker = Moniker.open(BenchIndexes.moniker(docs, SEED));
    standard = new StandardAnalyzer();
    plainDir = FSDirectory.open(BenchIndexes.plain(docs, SEED));
    plainReader = DirectoryReader.open(plainDir);
    plain = new IndexSearcher(plainReader);
    // Moniker's highlighter settings: passage count, length read, one passage when nothing matched
    plainHighlighter =
        UnifiedHighlighter.builder(plain, standard)
            .withMaxLength(MAX_HIGHLIGHT_CHARS)
            .withMaxNoHighlightPassages(1)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", false))
            .build();
    monikerDir = FSDirectory.open(BenchIndexes.moniker(docs, SEED));
    monikerReader = DirectoryReader.open(monikerDir);
    monikerLucene = new IndexSearcher(monikerReader);
    facetState = new DefaultSortedSetDocValuesReaderState(monikerReader, ArticleFields.FACETS);
    monikerParser = new ArticleSearcher(new ArticleSchema(EntityDictionary.defaults()));
    chooseQueries(new CorpusGenerator(SEED));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    moniker.close();
    plainReader.close();
    plainDir.close();
    monikerReader.close();
    monikerDir.close();
    standard.close();
  }

  // ---- words, phrases, conjunctions: Moniker vs plain Lucene ----

  @Benchmark
  public SearchResult monikerWordCommon() {
    return monikerTop(commonWords[next()]);
  }

  @Benchmark
  public void plainWordCommon(Blackhole bh) throws Exception {
    plainTop(commonWords[next()], bh);
  }

  @Benchmark
  public void plainWordCommonStored(Blackhole bh) throws Exception {
    plainTopStored(commonWords[next()], bh);
  }

  /** The raw search, without reading the hits: the cost below any display of results. */
  @Benchmark
  public TopDocs plainWordCommonSearchOnly() throws Exception {
    return plain.search(plainQuery(commonWords[next()]), new TopScoreDocCollectorManager(TOP, COUNT_AT_LEAST));
  }

  @Benchmark
  public SearchResult monikerWordRare() {
    return monikerTop(rareWords[next()]);
  }

  @Benchmark
  public void plainWordRare(Blackhole bh) throws Exception {
    plainTop(rareWords[next()], bh);
  }

  @Benchmark
  public void plainWordRareStored(Blackhole bh) throws Exception {
    plainTopStored(rareWords[next()], bh);
  }

  @Benchmark
  public SearchResult monikerPhrase() {
    return monikerTop(phrases[next()]);
  }

  @Benchmark
  public void plainPhrase(Blackhole bh) throws Exception {
    plainTop(phrases[next()], bh);
  }

  @Benchmark
  public void plainPhraseStored(Blackhole bh) throws Exception {
    plainTopStored(phrases[next()], bh);
  }

  @Benchmark
  public TopDocs plainPhraseSearchOnly() throws Exception {
    return plain.search(plainQuery(phrases[next()]), new TopScoreDocCollectorManager(TOP, COUNT_AT_LEAST));
  }

  @Benchmark
  public SearchResult monikerAnd() {
    return monikerTop(conjunctions[next()]);
  }

  @Benchmark
  public void plainAnd(Blackhole bh) throws Exception {
    plainTop(conjunctions[next()], bh);
  }

  @Benchmark
  public void plainAndStored(Blackhole bh) throws Exception {
    plainTopStored(conjunctions[next()], bh);
  }

  // ---- an entity typed in a variant spelling ----

  @Benchmark
  public SearchResult monikerEntityVariant() {
    return monikerTop(entityVariants[next()]);
  }

  /** What a plain-Lucene user must write for the same recall: every spelling, ORed. */
  @Benchmark
  public void plainEntityOrOfVariants(Blackhole bh) throws Exception {
    plainTop(entityOrQueries[next()], bh);
  }

  // ---- facets ----

  @Benchmark
  public SearchResult monikerEntityFacets() {
    return moniker.search(
        SearchRequest.of(entityVariants[next()]).limit(TOP).highlight(false).facets(FACETS));
  }

  /**
   * Lucene's own facet counting over the same matches, on Moniker's index: the query text parsed
   * by the same parser, the top 10's id and title read from doc values, all matches counted.
   */
  @Benchmark
  public void luceneFacetsSameMatches(Blackhole bh) throws IOException {
    FacetsCollectorManager.FacetsResult r =
        FacetsCollectorManager.search(
            monikerLucene, monikerParser.parse(entityVariants[next()]), TOP, new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, r.facetsCollector());
    readHits(monikerReader, r.topDocs(), bh);
    for (EntityType t : EntityType.values()) {
      bh.consume(facets.getTopChildren(FACETS, t.label()));
    }
  }

  @Benchmark
  public SearchResult monikerDrillDownFacets() {
    int i = next();
    return moniker.search(
        SearchRequest.of(drillWords[i])
            .limit(TOP)
            .highlight(false)
            .facets(FACETS)
            .filter(EntityType.PERSON, drillEntities[i]));
  }

  @Benchmark
  public void luceneDrillSideways(Blackhole bh) throws IOException {
    int i = next();
    DrillDownQuery drill = new DrillDownQuery(ArticleFields.FACETS, monikerParser.parse(drillWords[i]));
    drill.add(EntityType.PERSON.label(), drillCanonical[i]);
    DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> r =
        new DrillSideways(monikerLucene, ArticleFields.FACETS, facetState)
            .search(drill, new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE));
    readHits(monikerReader, r.collectorResult, bh);
    for (EntityType t : EntityType.values()) {
      bh.consume(r.facets.getTopChildren(FACETS, t.label()));
    }
  }

  // ---- top 10 with highlighted passages ----

  @Benchmark
  public SearchResult monikerTop10Highlight() {
    return moniker.search(
        SearchRequest.of(conjunctions[next()]).limit(TOP).facets(0).exactTotal(false));
  }

  @Benchmark
  public void plainTop10Highlight(Blackhole bh) throws Exception {
    Query q = plainQuery(conjunctions[next()]);
    TopDocs top = plain.search(q, new TopScoreDocCollectorManager(TOP, COUNT_AT_LEAST));
    bh.consume(plainHighlighter.highlight("body", q, top, PASSAGES));
    readHits(plainReader, top, bh);
  }

  @Benchmark
  public void plainTop10HighlightStored(Blackhole bh) throws Exception {
    Query q = plainQuery(conjunctions[next()]);
    TopDocs top = plain.search(q, new TopScoreDocCollectorManager(TOP, COUNT_AT_LEAST));
    bh.consume(plainHighlighter.highlight("body", q, top, PASSAGES));
    readStoredHits(plain, top, bh);
  }

  // ---- helpers ----

  private int next() {
    next = (next + 1) % QUERIES_PER_KIND;
    return next;
  }

  private SearchResult monikerTop(String query) {
    return moniker.search(
        SearchRequest.of(query).limit(TOP).highlight(false).facets(0).exactTotal(false));
  }

  private void plainTop(String query, Blackhole bh) throws Exception {
    TopDocs top = plain.search(plainQuery(query), new TopScoreDocCollectorManager(TOP, COUNT_AT_LEAST));
    readHits(plainReader, top, bh);
  }

  private void plainTopStored(String query, Blackhole bh) throws Exception {
    TopDocs top = plain.search(plainQuery(query), new TopScoreDocCollectorManager(TOP, COUNT_AT_LEAST));
    readStoredHits(plain, top, bh);
  }

  /**
   * What a plain-Lucene user shows for each hit, read the quick way: id and title from binary doc
   * values (fresh iterators per hit, as hits come in score order, not document order).
   */
  private static void readHits(DirectoryReader reader, TopDocs top, Blackhole bh) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    for (ScoreDoc sd : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
      int doc = sd.doc - leaf.docBase;
      bh.consume(docValue(leaf.reader(), "id", doc));
      bh.consume(docValue(leaf.reader(), "title", doc));
    }
    bh.consume(top.totalHits);
  }

  private static String docValue(LeafReader reader, String field, int doc) throws IOException {
    BinaryDocValues values = reader.getBinaryDocValues(field);
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
  }

  /** The same, read from stored fields, whose compressed blocks also hold the bodies. */
  private static void readStoredHits(IndexSearcher searcher, TopDocs top, Blackhole bh) throws IOException {
    var stored = searcher.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      bh.consume(stored.document(sd.doc, Set.of("id", "title")));
    }
    bh.consume(top.totalHits);
  }

  private Query plainQuery(String text) throws ParseException {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {"title", "body"}, standard, Map.of("title", 2f, "body", 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parser.parse(text);
  }

  /** Picks each kind's queries from the corpus's own vocabulary and entities, and checks them. */
  private void chooseQueries(CorpusGenerator generator) throws IOException {
    List<String> words = generator.wordsByFrequency();
    // common: in 1% to 10% of the articles, after the function words; rare: in at most 0.5%,
    // from the long tail
    commonWords = pickWords(words, 150, Math.max(1, docs / 100), Math.max(2, docs / 10));
    rareWords = pickWords(words, words.size() / 2, 1, Math.max(3, docs / 200));
    phrases = new String[QUERIES_PER_KIND];
    conjunctions = new String[QUERIES_PER_KIND];
    for (int i = 0; i < QUERIES_PER_KIND; i++) {
      phrases[i] = firstMatching(words, i, true);
      conjunctions[i] = firstMatching(words, i, false);
    }
    List<String> variants = new ArrayList<>();
    List<String> ors = new ArrayList<>();
    List<String> drillWordList = new ArrayList<>();
    List<String> drillEntityList = new ArrayList<>();
    List<String> drillCanonicalList = new ArrayList<>();
    for (EntitySpellings.Entry e : generator.entitiesByPopularity()) {
      List<String> latin = e.latinSpellings();
      if (variants.size() == QUERIES_PER_KIND) {
        break;
      }
      if (latin.size() < 2) {
        continue;
      }
      String variant = latin.get(latin.size() - 1); // not the canonical spelling
      String or = orOfSpellings(e.spellings());
      if (!sameArticles(variant, or)) {
        continue; // the OR must find (nearly) the same articles to be a fair baseline
      }
      variants.add(variant);
      ors.add(or);
      String drillWord = commonWords[drillWordList.size() % commonWords.length];
      if (e.type().equals("person")
          && moniker.search(SearchRequest.of(drillWord).filter(EntityType.PERSON, variant)).total() > 0) {
        drillWordList.add(drillWord);
        drillEntityList.add(variant);
        drillCanonicalList.add(e.canonical());
      }
    }
    require(variants.size() == QUERIES_PER_KIND, "entity queries", variants.size());
    require(!drillWordList.isEmpty(), "drill-down persons", 0);
    entityVariants = variants.toArray(String[]::new);
    entityOrQueries = ors.toArray(String[]::new);
    drillWords = cycle(drillWordList);
    drillEntities = cycle(drillEntityList);
    drillCanonical = cycle(drillCanonicalList);
  }

  /**
   * Whether the plain OR of spellings finds at least 90% of the very articles Moniker finds for
   * the variant (compared by article id, not by count: an OR that found as many other articles
   * would not be the same search).
   */
  private boolean sameArticles(String variant, String or) throws IOException {
    Set<String> monikerIds = matchingIds(monikerLucene, monikerParser.parse(variant));
    if (monikerIds.isEmpty()) {
      return false;
    }
    Set<String> plainIds = matchingIds(plain, plainQueryUnchecked(or));
    long both = monikerIds.stream().filter(plainIds::contains).count();
    System.err.printf(
        "recall check '%s': Moniker %d articles, plain OR %d, both %d (%.0f%% of Moniker's)%n",
        variant, monikerIds.size(), plainIds.size(), both, 100.0 * both / monikerIds.size());
    return both >= 0.9 * monikerIds.size();
  }

  /** The ids of every article the query matches, from the id doc values both indexes keep. */
  static Set<String> matchingIds(IndexSearcher searcher, Query query) throws IOException {
    List<Integer> docs =
        searcher.search(
            query,
            new CollectorManager<DocCollector, List<Integer>>() {
              @Override
              public DocCollector newCollector() {
                return new DocCollector();
              }

              @Override
              public List<Integer> reduce(Collection<DocCollector> collectors) {
                List<Integer> all = new ArrayList<>();
                collectors.forEach(c -> all.addAll(c.docs));
                return all;
              }
            });
    Collections.sort(docs);
    Set<String> ids = new HashSet<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int doc : docs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      ids.add(docValue(leaf.reader(), "id", doc - leaf.docBase));
    }
    return ids;
  }

  /** Collects the global ids of matching documents, scores not needed. */
  private static final class DocCollector extends SimpleCollector {
    final List<Integer> docs = new ArrayList<>();
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void collect(int doc) {
      docs.add(docBase + doc);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Words from rank {@code from} on whose document frequency is within the bounds. */
  private String[] pickWords(List<String> words, int from, long minHits, long maxHits) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = from; i < words.size() && out.size() < QUERIES_PER_KIND; i++) {
      String w = words.get(i);
      int df = plainReader.docFreq(new Term("body", w));
      if (df >= minHits && df <= maxHits
          && moniker.search(SearchRequest.of(w).facets(0).highlight(false)).total() >= minHits) {
        out.add(w);
      }
    }
    require(out.size() == QUERIES_PER_KIND, "words from rank " + from, out.size());
    return out.toArray(String[]::new);
  }

  private String firstMatching(List<String> words, int i, boolean phrase) throws IOException {
    for (int a = 100 + i; a < 5000; a += QUERIES_PER_KIND) {
      String q = phrase
          ? "\"" + words.get(i % 30) + " " + words.get(a) + "\""
          : words.get(100 + i * 7) + " AND " + words.get(a);
      long p = plain.count(plainQueryUnchecked(q));
      long m = moniker.search(SearchRequest.of(q).facets(0).highlight(false)).total();
      if (p > 0 && m > 0) { // counts may differ: Moniker stems English words
        return q;
      }
    }
    throw new IllegalStateException("no " + (phrase ? "phrase" : "conjunction") + " query matches");
  }

  private static String orOfSpellings(List<String> spellings) {
    List<String> parts = new ArrayList<>();
    for (String s : spellings) {
      parts.add("\"" + s.replace("\"", "") + "\"");
    }
    return String.join(" OR ", parts);
  }

  private Query plainQueryUnchecked(String q) {
    try {
      return plainQuery(q);
    } catch (ParseException e) {
      throw new IllegalStateException(q, e);
    }
  }

  private static String[] cycle(List<String> items) {
    String[] out = new String[QUERIES_PER_KIND];
    for (int i = 0; i < out.length; i++) {
      out[i] = items.get(i % items.size());
    }
    return out;
  }

  private static void require(boolean ok, String what, int got) {
    if (!ok) {
      throw new IllegalStateException(
          "setup could not find " + QUERIES_PER_KIND + " " + what + " with hits (got " + got + ")");
    }
  }
}
