package dev.moniker.opensearch;

import dev.moniker.Moniker;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import dev.moniker.ingest.IngestSink;
import dev.moniker.ingest.Ingester;
import dev.moniker.ingest.Skipped;
import dev.moniker.search.FacetValue;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The test archive: the bundled seed articles and a few variant-spelled ones, read by the
 * library's ingest, and the library's own answers on them, which OpenSearch must give too.
 */
final class Archive implements AutoCloseable {

  final List<Article> articles;
  private final Moniker library;

  private Archive(List<Article> articles, Moniker library) {
    this.articles = List.copyOf(articles);
    this.library = library;
  }

  /** Reads the articles and indexes them with the library under {@code indexDir}. */
  static Archive load(Path indexDir) {
    List<Article> read = new ArrayList<>();
    new Ingester()
        .read(
            List.of(resource("seeds"), resource("articles")),
            new IngestSink() {
              @Override
              public void article(Article article) {
                read.add(article);
              }

              @Override
              public void skipped(Skipped skipped) {
                throw new AssertionError("test article skipped: " + skipped);
              }
            });
    Moniker library = Moniker.open(indexDir);
    library.add(read);
    library.commit();
    return new Archive(read, library);
  }

  /** Ids of the articles the library finds for {@code query}. */
  Set<String> libraryMatches(String query) {
    return library.search(SearchRequest.of(query).limit(1000).facets(0).highlight(false)).hits().stream()
        .map(Hit::id)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** The library's entity facet counts over every article: type, then value to count. */
  Map<String, Map<String, Long>> libraryFacets(String query) {
    Map<String, List<FacetValue>> facets =
        library.search(SearchRequest.of(query).limit(1).facets(1000).highlight(false)).facets();
    Map<String, Map<String, Long>> out = new TreeMap<>();
    for (EntityType t : EntityType.values()) {
      Map<String, Long> counts = new TreeMap<>();
      for (FacetValue v : facets.getOrDefault(t.label(), List.of())) {
        counts.put(v.value(), v.count());
      }
      out.put(t.label(), counts);
    }
    return out;
  }

  /** The article as a document for OpenSearch: its text and, when it has one, its source. */
  Map<String, String> source(Article a) {
    return a.source() == null
        ? Map.of("title", a.title(), "body", a.body())
        : Map.of("title", a.title(), "body", a.body(), "source", a.source());
  }

  @Override
  public void close() {
    library.close();
  }

  private static Path resource(String name) {
    try {
      return Paths.get(Archive.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
