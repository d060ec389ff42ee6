package dev.moniker.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.action.support.WriteRequest;
import org.opensearch.core.common.bytes.BytesArray;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.xcontent.XContentType;
import org.opensearch.env.Environment;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchSingleNodeTestCase;

/** The plugin on one node: the README's index, pipeline and checks, and a user's own dictionary. */
public class MonikerSingleNodeTests extends OpenSearchSingleNodeTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(MonikerPlugin.class);
  }

  public void testVariantSearchAggregationsAndAnalyze() throws Exception {
    try (Archive archive = Archive.load(createTempDir().resolve("library"))) {
      NameSearchChecks checks = new NameSearchChecks(client(), archive);
      checks.createAndIndex(1, 0);
      checks.variantPhrasesFindAllAndOnlyTheRightArticles();
      checks.aggregationsEqualLibraryFacets();
      checks.analyzeShowsCanonicalEntities();
    }
  }

  public void testUserDictionaryFromConfigDirectory() throws Exception {
    Path config = getInstanceFromNode(Environment.class).configDir();
    Files.createDirectories(config.resolve("moniker"));
    Files.writeString(
        config.resolve("moniker/newsroom.tsv"),
        "org\t-\tNorthern Fisheries Board\tNordfisk|NFB Norway\n"
            + "person\tko\tPak Chol-su\tPak Ch'ŏl-su\tnote=trade official\n");
    client()
        .admin()
        .cluster()
        .preparePutPipeline(
            "newsroom",
            new BytesArray(
                "{\"processors\":[{\"moniker_entities\":{\"fields\":[\"body\"],"
                    + "\"entities_path\":\"moniker/newsroom.tsv\"}}]}"),
            XContentType.JSON)
        .get();
    client()
        .admin()
        .indices()
        .prepareCreate("newsroom")
        .setSettings(
            Settings.builder()
                .put("index.default_pipeline", "newsroom")
                .put("analysis.analyzer.names.type", "moniker")
                .put("analysis.analyzer.names.entities_path", "moniker/newsroom.tsv")
                .put("analysis.analyzer.names_search.type", "moniker_search")
                .put("analysis.analyzer.names_search.entities_path", "moniker/newsroom.tsv"))
        .setMapping(
            "{\"properties\":{\"body\":{\"type\":\"text\",\"analyzer\":\"names\","
                + "\"search_analyzer\":\"names_search\"},"
                + "\"entities\":{\"properties\":{\"org\":{\"type\":\"keyword\"},"
                + "\"person\":{\"type\":\"keyword\"},\"place\":{\"type\":\"keyword\"}}}}}")
        .get();
    client()
        .prepareIndex("newsroom")
        .setId("1")
        .setSource(Map.of("body", "Nordfisk said quotas will fall. Pak Ch'ol-su of Pyongyang disagreed."))
        .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
        .get();
    client()
        .prepareIndex("newsroom")
        .setId("2")
        .setSource(Map.of("body", "The board of a fishing club met in Bergen."))
        .setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE)
        .get();

    SearchResponse r =
        client().prepareSearch("newsroom").setQuery(NameSearchChecks.phrase("Northern Fisheries Board")).get();
    assertEquals(1, r.getHits().getTotalHits().value());
    assertEquals("1", r.getHits().getAt(0).getId());
    Map<String, Object> source = r.getHits().getAt(0).getSourceAsMap();
    @SuppressWarnings("unchecked")
    Map<String, List<String>> entities = (Map<String, List<String>>) source.get("entities");
    assertEquals(List.of("Northern Fisheries Board"), entities.get("org"));
    assertEquals(List.of("Pak Chol-su"), entities.get("person"));
    assertEquals(List.of("Pyongyang"), entities.get("place"));
    assertEquals(
        1,
        client().prepareSearch("newsroom").setQuery(NameSearchChecks.phrase("Pak Chol Su")).get()
            .getHits().getTotalHits().value());
  }

  public void testMissingDictionaryFileIsAClearError() {
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                client()
                    .admin()
                    .indices()
                    .prepareCreate("broken")
                    .setSettings(
                        Settings.builder()
                            .put("analysis.analyzer.names.type", "moniker")
                            .put("analysis.analyzer.names.entities_path", "moniker/missing.tsv"))
                    .get());
    assertTrue(e.getMessage(), e.getMessage().contains("entity file not found"));
    IllegalArgumentException outside =
        expectThrows(
            IllegalArgumentException.class,
            () ->
                client()
                    .admin()
                    .indices()
                    .prepareCreate("escaping")
                    .setSettings(
                        Settings.builder()
                            .put("analysis.filter.f.type", "moniker_entity")
                            .put("analysis.filter.f.entities_path", "../../etc/passwd")
                            .put("analysis.analyzer.a.tokenizer", "standard")
                            .put("analysis.analyzer.a.filter", "f"))
                    .get());
    assertTrue(outside.getMessage(), outside.getMessage().contains("inside the node's config directory"));
  }

  public void testPipelineRefusesBadConfigurationAndNonText() {
    Exception missing =
        expectThrows(
            Exception.class,
            () ->
                client()
                    .admin()
                    .cluster()
                    .preparePutPipeline(
                        "bad",
                        new BytesArray(
                            "{\"processors\":[{\"moniker_entities\":{\"entities_path\":\"nope.tsv\"}}]}"),
                        XContentType.JSON)
                    .get());
    assertTrue(missing.getMessage(), missing.getMessage().contains("entity file not found"));

    client()
        .admin()
        .cluster()
        .preparePutPipeline(
            "plain",
            new BytesArray("{\"processors\":[{\"moniker_entities\":{}}]}"),
            XContentType.JSON)
        .get();
    Exception notText =
        expectThrows(
            Exception.class,
            () -> client().prepareIndex("numbers").setPipeline("plain").setSource(Map.of("body", 42)).get());
    assertTrue(notText.getMessage(), notText.getMessage().contains("must hold text"));
  }
}
