package dev.moniker.search;

import dev.moniker.Internal;
import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.entities.Entity;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.moniker.index.ArticleFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * Builds {@link EntityProfile}s: the name resolved as a filter resolves it, then one drill-down
 * search (latest articles, co-occurring entities, time line) and one spelling count.
 */
@Internal
public final class EntityProfiles {

  /** Co-occurring entities listed per type. */
  public static final int RELATED = 10;

  /** Latest articles listed. */
  public static final int LATEST = 10;

  private final ArticleSearcher searcher;
  private final EntityDictionary dictionary;

  public EntityProfiles(ArticleSearcher searcher, EntityDictionary dictionary) {
    this.searcher = searcher;
    this.dictionary = dictionary;
  }

  /**
   * The profile of the {@code type} entity that {@code name} names, in any spelling.
   *
   * @throws MonikerException of kind {@code INVALID_ARGUMENT} when no such entity is known or
   *     indexed
   */
  public EntityProfile profile(IndexSearcher index, EntityType type, String name) {
    long started = System.nanoTime();
    String canonical = searcher.canonical(index, type, name);
    Entity entity = known(type, canonical);
    String term = (entity != null ? entity : new Entity(type, canonical, "-", false)).term();
    // The entity's own term, not a drill-down: a drill-down would count the entity's own type
    // sideways, over every article, where co-occurrence wants the entity's articles only.
    SearchResult r =
        searcher.search(
            index,
            new TermQuery(new Term(ArticleFields.ENTITY, term)),
            started,
            SearchRequest.of(canonical)
                .limit(LATEST)
                .facets(RELATED + 1)
                .highlight(false)
                .sort(SearchRequest.Sort.NEWEST)
                .histogram(true));
    try {
      List<FacetValue> spellings = EntitySpellings.count(index, term);
      return new EntityProfile(
          type.label(),
          canonical,
          entity != null,
          entity == null ? null : dictionary.note(entity),
          r.total(),
          spellings,
          r.histogram(),
          withoutItself(r.facets(), type, canonical),
          r.hits());
    } catch (IOException e) {
      throw new MonikerException(Kind.IO, "reading the index failed: " + e.getMessage(), e);
    }
  }

  private Entity known(EntityType type, String canonical) {
    for (Entity e : dictionary.entities()) {
      if (e.type() == type && e.canonical().equals(canonical)) {
        return e;
      }
    }
    return null;
  }

  private static Map<String, List<FacetValue>> withoutItself(
      Map<String, List<FacetValue>> facets, EntityType type, String canonical) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    facets.forEach(
        (t, values) ->
            out.put(
                t,
                values.stream()
                    .filter(v -> !(t.equals(type.label()) && v.value().equals(canonical)))
                    .limit(RELATED)
                    .toList()));
    return out;
  }
}
