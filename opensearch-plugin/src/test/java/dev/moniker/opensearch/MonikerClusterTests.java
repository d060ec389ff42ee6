package dev.moniker.opensearch;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opensearch.cluster.routing.ShardRouting;
import org.opensearch.plugins.Plugin;
import org.opensearch.test.OpenSearchIntegTestCase;
import org.opensearch.test.OpenSearchIntegTestCase.ClusterScope;
import org.opensearch.test.OpenSearchIntegTestCase.Scope;

/**
 * The plugin on a real cluster: three data nodes, an index of three shards with one replica each,
 * so searches and aggregations gather results from shards on different nodes, and the pipeline
 * runs on whichever node receives a document.
 */
@ClusterScope(scope = Scope.TEST, numDataNodes = 3, numClientNodes = 0, supportsDedicatedMasters = false)
public class MonikerClusterTests extends OpenSearchIntegTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> nodePlugins() {
    return List.of(MonikerPlugin.class);
  }

  /**
   * Asks each copy of each shard on its own node: primary and replica of a shard must find the
   * same articles (the pipeline ran once, before replication), and the shards together all of
   * them.
   */
  private void everyShardCopyAnswersAlike(NameSearchChecks checks, Archive archive) {
    List<ShardRouting> copies =
        client().admin().cluster().prepareState().get().getState().getRoutingTable().allShards(NameSearchChecks.INDEX);
    assertEquals(6, copies.size());
    Set<String> nodes = new HashSet<>();
    for (String q : NameSearchChecks.QUERIES) {
      Map<Integer, Set<String>> byShard = new HashMap<>();
      for (ShardRouting copy : copies) {
        assertTrue(copy.toString(), copy.active());
        nodes.add(copy.currentNodeId());
        Set<String> found =
            checks.ids(NameSearchChecks.phrase(q), "_shards:" + copy.id() + "|_only_nodes:" + copy.currentNodeId());
        Set<String> other = byShard.putIfAbsent(copy.id(), found);
        if (other != null) {
          assertEquals("copies of shard " + copy.id() + " for " + q, other, found);
        }
      }
      Set<String> union = new TreeSet<>();
      byShard.values().forEach(union::addAll);
      assertEquals(q, archive.libraryMatches(q), union);
    }
    assertEquals("shard copies spread over every node", 3, nodes.size());
  }

  public void testAcrossShardsAndReplicas() throws Exception {
    try (Archive archive = Archive.load(createTempDir().resolve("library"))) {
      NameSearchChecks checks = new NameSearchChecks(client(), archive);
      checks.createAndIndex(3, 1);
      ensureGreen(NameSearchChecks.INDEX);
      assertEquals(3, internalCluster().numDataNodes());
      checks.variantPhrasesFindAllAndOnlyTheRightArticles();
      checks.aggregationsEqualLibraryFacets();
      checks.analyzeShowsCanonicalEntities();
      everyShardCopyAnswersAlike(checks, archive);
    }
  }
}
