package dev.moniker.analysis;

import dev.moniker.entities.ArticleScope;
import dev.moniker.entities.Entity;
import dev.moniker.entities.Mention;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The canonical names of the entities that texts mention, by type: exactly what the library's
 * entity facets count for an article, for engines that count them themselves (the OpenSearch
 * plugin writes them into keyword fields that terms aggregations read).
 *
 * <p>Thread-safe: the analyzer keeps one token stream per thread.
 */
public final class MentionedEntities implements AutoCloseable {

  private final Analyzer analyzer;
  private final PlaceOfPublication publication;

  public MentionedEntities(EntityDictionary dictionary) {
    this.analyzer = new MonikerAnalyzer(dictionary, MonikerAnalyzer.Mode.INDEX);
    this.publication = new PlaceOfPublication(analyzer);
  }

  /**
   * Every type mapped to the sorted canonical names found in any of {@code texts} (null texts are
   * skipped); types with no mention map to an empty set. The texts are one undated article.
   */
  public Map<EntityType, SortedSet<String>> of(String... texts) {
    return of(0, texts);
  }

  /**
   * As {@link #of(String...)}, for an article of {@code year} (0: no date), read as the library
   * reads one: the texts are one text, the first (the title) read for its names before the rest
   * and again after them, and words for a country's people (demonyms) are no facet values.
   */
  public Map<EntityType, SortedSet<String>> of(int year, String... texts) {
    return published(year, null, texts);
  }

  /**
   * As {@link #of(int, String...)}, for an article whose {@code source} (null: none) may say where
   * its paper was published (<i>The Goldsboro News (Goldsboro, N.C.)</i>): read as the library
   * reads one, that town and state are known before the texts (see {@link PlaceOfPublication}).
   */
  public Map<EntityType, SortedSet<String>> published(int year, String source, String... texts) {
    Map<EntityType, SortedSet<String>> found = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      found.put(t, new TreeSet<>());
    }
    try (ArticleScope scope = ArticleScope.open(year, false)) {
      publication.readInto(source);
      if (texts.length > 1 && texts[0] != null && !texts[0].isEmpty()) {
        collect(texts[0], null); // the headline's names, for the body's short mentions
      }
      for (int i = 1; i < texts.length; i++) {
        if (texts[i] != null && !texts[i].isEmpty()) {
          collect(texts[i], found);
        }
      }
      if (texts.length > 0 && texts[0] != null && !texts[0].isEmpty()) {
        collect(texts[0], found);
      }
    }
    found.replaceAll((type, names) -> Collections.unmodifiableSortedSet(names));
    return Collections.unmodifiableMap(found);
  }

  private void collect(String text, Map<EntityType, SortedSet<String>> into) {
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      EntityAttribute entity = ts.addAttribute(EntityAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        Entity e = entity.entity();
        if (e != null && into != null && entity.reason() != Mention.Reason.DEMONYM) {
          into.get(e.type()).add(e.canonical());
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // only readers of Strings: cannot happen
    }
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
