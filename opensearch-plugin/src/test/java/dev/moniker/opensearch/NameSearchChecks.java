package dev.moniker.opensearch;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moniker.analysis.TextReport;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opensearch.action.admin.indices.analyze.AnalyzeAction;
import org.opensearch.action.bulk.BulkRequestBuilder;
import org.opensearch.action.bulk.BulkResponse;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.common.settings.Settings;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.index.query.QueryBuilder;
import org.opensearch.index.query.QueryBuilders;
import org.opensearch.search.SearchHit;
import org.opensearch.search.aggregations.AggregationBuilders;
import org.opensearch.search.aggregations.bucket.terms.Terms;
import org.opensearch.transport.client.Client;

/**
 * What an OpenSearch user does with the plugin, as the README shows it: the example index and
 * pipeline, the archive indexed through the pipeline, then searches, aggregations and
 * {@code _analyze} compared with the library's answers on the same articles.
 */
final class NameSearchChecks {

  static final String INDEX = "articles";
  static final String PIPELINE = "moniker-entities";

  /** Spellings a user types: standard, capitals, run together, older systems, native script. */
  static final List<String> QUERIES =
      List.of(
          "Kim Jong Un",
          "KIM JONG-UN",
          "Kim Jongun",
          "Kim Chong-un",
          "김정은",
          "Kim Jong Il",
          "Kim Il Sung",
          "Xi Jinping",
          "Hsi Chin-ping",
          "China",
          "Pyongyang",
          "Korean Central News Agency",
          "Kim Yo Jong");

  private final Client client;
  private final Archive archive;

  NameSearchChecks(Client client, Archive archive) {
    this.client = client;
    this.archive = archive;
  }

  /** Creates the example index with the given layout and the example pipeline, then indexes. */
  void createAndIndex(int shards, int replicas) {
    client
        .admin()
        .cluster()
        .preparePutPipeline(PIPELINE, new BytesArray(example("moniker-entities-pipeline.json")), XContentType.JSON)
        .get();
    Map<String, Object> index = json(example("articles-index.json"));
    @SuppressWarnings("unchecked")
    Map<String, Object> settings = (Map<String, Object>) index.get("settings");
    settings.put("index.number_of_shards", shards);
    settings.put("index.number_of_replicas", replicas);
    @SuppressWarnings("unchecked")
    Map<String, Object> mappings = (Map<String, Object>) index.get("mappings");
    assertTrue(
        client
            .admin()
            .indices()
            .prepareCreate(INDEX)
            .setSettings(Settings.builder().loadFromSource(toJson(settings), XContentType.JSON))
            .setMapping(toJson(mappings))
            .get()
            .isAcknowledged());
    BulkRequestBuilder bulk = client.prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    for (Article a : archive.articles) {
      bulk.add(client.prepareIndex(INDEX).setId(a.id()).setSource(archive.source(a)));
    }
    BulkResponse response = bulk.get();
    assertFalse(response.buildFailureMessage(), response.hasFailures());
  }

  /** Every spelling finds exactly the articles the library finds, and the library is right. */
  void variantPhrasesFindAllAndOnlyTheRightArticles() {
    for (String q : QUERIES) {
      Set<String> expected = archive.libraryMatches(q);
      assertFalse("library finds nothing for " + q, expected.isEmpty());
      assertEquals("articles for " + q, expected, ids(phrase(q)));
      assertEquals("entity field for " + q, expected, ids(entityMatch(q)));
    }
    // The truth about the test articles, independent of either implementation.
    Set<String> kim = ids(phrase("Kim Jong Un"));
    assertTrue(kim.toString(), containsArticle(kim, "kcna-inspection"));
    assertTrue(kim.toString(), containsArticle(kim, "hangul-brief"));
    assertFalse("father is not son: " + kim, containsArticle(kim, "father-archive"));
    assertFalse("grandfather is not grandson: " + kim, containsArticle(kim, "founder-museum"));
    Set<String> china = ids(phrase("China"));
    assertTrue("Chin's advice is China's: " + china, containsArticle(china, "summit-wade-giles"));
    assertFalse("a boxer's chin is not China: " + china, containsArticle(china, "boxing-chin"));
  }

  /** Terms aggregations on the entity keywords count what the library's facets count. */
  void aggregationsEqualLibraryFacets() {
    Map<String, Map<String, Long>> all = archive.libraryFacets("*:*");
    for (EntityType t : EntityType.values()) {
      assertFalse("no " + t.label() + " in the archive", all.get(t.label()).isEmpty());
    }
    assertEquals(all, aggregations(QueryBuilders.matchAllQuery()));
    // The truth: one paper of North Carolina and one of Kansas name their own state's Louisburg.
    assertTrue(all.get("place").toString(), all.get("place").containsKey("Louisburg, North Carolina"));
    assertTrue(all.get("place").toString(), all.get("place").containsKey("Louisburg"));
    assertEquals(archive.libraryFacets("Kim Jong Un"), aggregations(phrase("Kim Jong Un")));
  }

  /** {@code _analyze} shows the library's tokens, with the canonical entity among them. */
  void analyzeShowsCanonicalEntities() {
    String text = "KIM JONG-UN met Hsi Chin-p'ing in Peking.";
    List<String> library =
        TextReport.of(EntityDictionary.defaults(), text).tokens().stream().map(TextReport.Token::term).toList();
    List<String> engine = analyze("moniker", text);
    assertEquals(library, engine);
    assertTrue(engine.toString(), engine.contains("person:kim_jong-un"));
    assertTrue(engine.toString(), engine.contains("person:xi_jinping"));
    assertEquals(List.of("person:kim_jong-un"), analyze("moniker_search", "Kim Jongun"));
    assertEquals(
        library.stream().filter(t -> t.contains(":")).toList(), analyze("moniker_entity_terms", text));
    // Names nobody listed, read from what stands around them: an apposition, a state after a town.
    String news = "In London, Parliament voted. Oyelaran Adebisi, a senior economist, was in Orrum, N.C. that day.";
    List<String> told =
        TextReport.of(EntityDictionary.defaults(), news).tokens().stream().map(TextReport.Token::term).toList();
    List<String> heard = analyze("moniker", news);
    assertEquals(told, heard);
    assertTrue(heard.toString(), heard.contains("person:oyelaran_adebisi"));
    assertTrue(heard.toString(), heard.contains("place:orrum,_north_carolina"));
    assertTrue(heard.toString(), heard.stream().anyMatch(t -> t.startsWith("org:parliament_of_the_united_kingdom")));
    // The punctuation the tokenizer drops, read from the text the engine hands the analyzer: a
    // period is no comma before a state's code, an apostrophe keeps a party's name whole.
    String marks = "He was born in Paris. In 1980 he joined the Workers' Party of Korea.";
    List<String> marked = analyze("moniker", marks);
    assertEquals(TextReport.of(EntityDictionary.defaults(), marks).tokens().stream().map(TextReport.Token::term).toList(),
        marked);
    assertFalse(marked.toString(), marked.contains("place:indiana"));
    assertTrue(marked.toString(), marked.contains("org:workers'_party_of_korea"));
    // An abbreviation the text defines means what the text said; a name whose meaning changed
    // with the era (Korea: the one country, South Korea from 1948) stays a word in a query.
    String defined = "He spoke at the Foreign Correspondents' Club (FCC). The FCC refused. Trade with Korea grew.";
    List<String> read = analyze("moniker", defined);
    assertEquals(TextReport.of(EntityDictionary.defaults(), defined).tokens().stream().map(TextReport.Token::term).toList(),
        read);
    assertFalse(read.toString(), read.contains("org:federal_communications_commission"));
    assertEquals(read.toString(), 3, read.stream().filter(t -> t.equals("org:foreign_correspondents'_club")).count());
    assertEquals(List.of("korea"), analyze("moniker_search", "Korea"));
    // A Korean name nobody listed, written given name first as Western papers write it, is the
    // name written family name first, in the text and in a query; the family name alone is him.
    String western = "Midfielder Sang-hoon Baek scored twice. Baek later left.";
    List<String> order = analyze("moniker", western);
    assertEquals(TextReport.of(EntityDictionary.defaults(), western).tokens().stream().map(TextReport.Token::term).toList(),
        order);
    assertEquals(order.toString(), 2, order.stream().filter(t -> t.equals("person:baek_sang-hun")).count());
    assertEquals(List.of("person:baek_sang-hun"), analyze("moniker_search", "Baek Sang-hoon"));
    // A Vietnamese name nobody listed is one person with or without its marks, and the given
    // name alone later is that person, not the town of the name.
    String vietnamese = "Blogger Nguyễn Hữu Vinh was sentenced. Vinh ran a blog.";
    List<String> vn = analyze("moniker", vietnamese);
    assertEquals(TextReport.of(EntityDictionary.defaults(), vietnamese).tokens().stream().map(TextReport.Token::term).toList(),
        vn);
    assertEquals(vn.toString(), 2, vn.stream().filter(t -> t.equals("person:nguyen_huu_vinh")).count());
    assertFalse(vn.toString(), vn.contains("place:vinh"));
    assertEquals(List.of("person:nguyen_huu_vinh"), analyze("moniker_search", "Nguyen Huu Vinh"));
    // A name nobody listed after a word for what a person is, in lower case, is one person, and
    // the family name alone later is that person; two people of one family name leave it alone.
    String role = "Party spokesman Kyi Okonjo spoke. In truth, Okonjo knew. Park Geun-hye's father, Park Chung-hee, ruled. Park left.";
    List<String> roles = analyze("moniker", role);
    assertEquals(TextReport.of(EntityDictionary.defaults(), role).tokens().stream().map(TextReport.Token::term).toList(),
        roles);
    assertEquals(roles.toString(), 2, roles.stream().filter(t -> t.equals("person:kyi_okonjo")).count());
    assertEquals(roles.toString(), 1, roles.stream().filter(t -> t.equals("person:park_chung-hee")).count());
    // An abbreviation defined after a comma is the text's body, not the dictionary's; a lawmaker's
    // party and state in brackets are the state and the party, not a company's ticker (RTX).
    String apposed = "The Coalition for Democratic Change, CDC, won. CDC members cheered. Rep. Okafor (R-TX) spoke.";
    List<String> appositions = analyze("moniker", apposed);
    assertEquals(TextReport.of(EntityDictionary.defaults(), apposed).tokens().stream().map(TextReport.Token::term).toList(),
        appositions);
    assertEquals(appositions.toString(), 3, appositions.stream().filter(t -> t.equals("org:coalition_for_democratic_change")).count());
    assertFalse(appositions.toString(), appositions.stream().anyMatch(t -> t.startsWith("org:centers_for_disease")));
    assertTrue(appositions.toString(), appositions.contains("place:texas"));
    assertTrue(appositions.toString(), appositions.contains("org:republican_party"));
  }

  List<String> analyze(String analyzer, String text) {
    AnalyzeAction.Response r = client.admin().indices().prepareAnalyze(INDEX, text).setAnalyzer(analyzer).get();
    return r.getTokens().stream().map(AnalyzeAction.AnalyzeToken::getTerm).toList();
  }

  /** A name searched the fast way: one term on the field of entity terms. */
  static QueryBuilder entityMatch(String name) {
    return QueryBuilders.matchQuery("entity", name);
  }

  static QueryBuilder phrase(String text) {
    return QueryBuilders.multiMatchQuery(text, "title", "body")
        .type(org.opensearch.index.query.MultiMatchQueryBuilder.Type.PHRASE);
  }

  Set<String> ids(QueryBuilder query) {
    return ids(query, null);
  }

  /** Ids found, from the shard copies {@code preference} picks ({@code null}: any copy). */
  Set<String> ids(QueryBuilder query, String preference) {
    var search = client.prepareSearch(INDEX).setQuery(query).setSize(1000);
    if (preference != null) {
      search.setPreference(preference);
    }
    SearchResponse r = search.get();
    assertEquals(0, r.getFailedShards());
    Set<String> ids = new TreeSet<>();
    for (SearchHit h : r.getHits().getHits()) {
      ids.add(h.getId());
    }
    return ids;
  }

  Map<String, Map<String, Long>> aggregations(QueryBuilder query) {
    var search = client.prepareSearch(INDEX).setQuery(query).setSize(0);
    for (EntityType t : EntityType.values()) {
      search.addAggregation(AggregationBuilders.terms(t.label()).field("entities." + t.label()).size(1000));
    }
    SearchResponse r = search.get();
    assertEquals(0, r.getFailedShards());
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (EntityType t : EntityType.values()) {
      Map<String, Long> counts = new TreeMap<>();
      Terms terms = r.getAggregations().get(t.label());
      for (Terms.Bucket b : terms.getBuckets()) {
        counts.put(b.getKeyAsString(), b.getDocCount());
      }
      out.put(t.label(), counts);
    }
    return out;
  }

  private static boolean containsArticle(Set<String> ids, String name) {
    return ids.stream().anyMatch(id -> id.contains(name));
  }

  /** An example file from {@code opensearch-plugin/examples}, as the README shows it. */
  static String example(String name) {
    try (InputStream in = NameSearchChecks.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new AssertionError("missing example " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String toJson(Map<String, Object> value) {
    try {
      return new ObjectMapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(String text) {
    try {
      return new ObjectMapper().readValue(text, LinkedHashMap.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
