import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moniker.Moniker;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import dev.moniker.ingest.IngestSink;
import dev.moniker.ingest.Ingester;
import dev.moniker.ingest.Skipped;
import dev.moniker.search.FacetValue;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plugin's checks over REST, on a running node: creates the README's pipeline and index,
 * indexes articles through the pipeline, then compares variant-spelled phrase searches and
 * entity aggregations with the library's answers on the same articles. Run by try-on-node.sh:
 *
 * <pre>java -cp cli/target/moniker-cli.jar RestCheck.java URL EXAMPLES_DIR ARTICLE_DIR...</pre>
 */
public class RestCheck {

  static final List<String> QUERIES =
      List.of("Kim Jong Un", "KIM JONG-UN", "Kim Jongun", "김정은", "Kim Jong Il", "Kim Il Sung",
          "Xi Jinping", "Hsi Chin-ping", "China", "Pyongyang");

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    Path examples = Path.of(args[1]);
    List<Path> inputs = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      inputs.add(Path.of(args[i]));
    }
    waitForNode();
    List<Article> articles = read(inputs);
    Path libraryDir = Files.createTempDirectory("moniker-rest-check");
    int failures = 0;
    try (Moniker library = Moniker.open(libraryDir)) {
      library.add(articles);
      library.commit();
      send("DELETE", "/articles", null, true);
      send("PUT", "/_ingest/pipeline/moniker-entities", Files.readString(examples.resolve("moniker-entities-pipeline.json")), false);
      ObjectNode index = (ObjectNode) JSON.readTree(Files.readString(examples.resolve("articles-index.json")));
      ((ObjectNode) index.get("settings")).put("index.number_of_shards", 1).put("index.number_of_replicas", 0);
      send("PUT", "/articles", index.toString(), false);
      StringBuilder bulk = new StringBuilder();
      for (Article a : articles) {
        bulk.append(JSON.writeValueAsString(Map.of("index", Map.of("_index", "articles", "_id", a.id())))).append('\n');
        bulk.append(JSON.writeValueAsString(Map.of("title", a.title(), "body", a.body()))).append('\n');
      }
      JsonNode indexed = send("POST", "/_bulk?refresh=true", bulk.toString(), false);
      if (indexed.path("errors").asBoolean()) {
        throw new IllegalStateException("bulk indexing failed: " + indexed);
      }
      System.out.printf("indexed %d articles through the moniker-entities pipeline%n%n", articles.size());

      System.out.printf("%-16s %10s %12s %10s%n", "name", "OpenSearch", "entity field", "library");
      for (String q : QUERIES) {
        Set<String> engine = ids(q);
        Set<String> byEntity = entityIds(q);
        Set<String> lib = new TreeSet<>();
        for (Hit h : library.search(SearchRequest.of(q).limit(1000).facets(0).highlight(false)).hits()) {
          lib.add(h.id());
        }
        boolean same = engine.equals(lib) && byEntity.equals(lib);
        failures += same ? 0 : 1;
        System.out.printf("%-16s %10d %12d %10d  %s%n", q, engine.size(), byEntity.size(), lib.size(),
            same ? "same articles" : "DIFFERENT");
      }

      Map<String, Map<String, Long>> engineFacets = aggregations();
      Map<String, Map<String, Long>> libFacets = new TreeMap<>();
      library.search(SearchRequest.of("*:*").limit(1).facets(1000).highlight(false)).facets()
          .forEach((type, values) -> {
            Map<String, Long> counts = new TreeMap<>();
            for (FacetValue v : values) {
              counts.put(v.value(), v.count());
            }
            libFacets.put(type, counts);
          });
      boolean sameFacets = engineFacets.equals(libFacets);
      failures += sameFacets ? 0 : 1;
      System.out.printf("%nterms aggregations on entities.*: %s%n", sameFacets ? "same counts as the library's facets" : "DIFFERENT");
      engineFacets.forEach((type, counts) -> System.out.printf("  %-6s %s%n", type, counts));

      JsonNode analyzed = send("POST", "/articles/_analyze",
          JSON.writeValueAsString(Map.of("analyzer", "moniker", "text", "KIM JONG-UN met Hsi Chin-p'ing")), false);
      List<String> terms = new ArrayList<>();
      analyzed.path("tokens").forEach(t -> terms.add(t.path("token").asText()));
      boolean canonical = terms.contains("person:kim_jong-un") && terms.contains("person:xi_jinping");
      failures += canonical ? 0 : 1;
      System.out.printf("%n_analyze: %s%n", terms);
    } finally {
      try (var files = Files.walk(libraryDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.out.println(failures == 0 ? "\nall checks passed" : "\n" + failures + " check(s) FAILED");
    System.exit(failures == 0 ? 0 : 1);
  }

  static Set<String> ids(String phrase) throws Exception {
    JsonNode r = send("POST", "/articles/_search", JSON.writeValueAsString(Map.of(
        "size", 1000, "_source", false,
        "query", Map.of("multi_match", Map.of("query", phrase, "type", "phrase", "fields", List.of("title", "body"))))), false);
    Set<String> ids = new TreeSet<>();
    r.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText()));
    return ids;
  }

  /** The fast way to search a name: one term on the entity field. */
  static Set<String> entityIds(String name) throws Exception {
    JsonNode r = send("POST", "/articles/_search", JSON.writeValueAsString(Map.of(
        "size", 1000, "_source", false, "query", Map.of("match", Map.of("entity", name)))), false);
    Set<String> ids = new TreeSet<>();
    r.path("hits").path("hits").forEach(h -> ids.add(h.path("_id").asText()));
    return ids;
  }

  static Map<String, Map<String, Long>> aggregations() throws Exception {
    Map<String, Object> aggs = new TreeMap<>();
    for (EntityType t : EntityType.values()) {
      aggs.put(t.label(), Map.of("terms", Map.of("field", "entities." + t.label(), "size", 1000)));
    }
    JsonNode r = send("POST", "/articles/_search", JSON.writeValueAsString(Map.of("size", 0, "aggs", aggs)), false);
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (EntityType t : EntityType.values()) {
      Map<String, Long> counts = new TreeMap<>();
      r.path("aggregations").path(t.label()).path("buckets")
          .forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asLong()));
      out.put(t.label(), counts);
    }
    return out;
  }

  static void waitForNode() throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (true) {
      try {
        send("GET", "/_cluster/health?wait_for_status=yellow&timeout=5s", null, false);
        return;
      } catch (java.io.IOException | IllegalStateException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the node at " + base + " did not come up within 3 minutes: " + e.getMessage());
        }
        Thread.sleep(1000);
      }
    }
  }

  static JsonNode send(String method, String path, String body, boolean missingOk) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    b.header("Content-Type", path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 300 && !(missingOk && r.statusCode() == 404)) {
      throw new IllegalStateException(method + " " + path + " -> " + r.statusCode() + ": " + r.body());
    }
    return r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
  }

  static List<Article> read(List<Path> inputs) {
    List<Article> out = new ArrayList<>();
    new Ingester().read(inputs, new IngestSink() {
      @Override
      public void article(Article article) {
        out.add(article);
      }

      @Override
      public void skipped(Skipped skipped) {
        System.err.println("skipped: " + skipped);
      }
    });
    return out;
  }
}
