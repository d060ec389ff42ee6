package dev.moniker.analysis;

import dev.moniker.entities.Entity;
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

  public MentionedEntities(EntityDictionary dictionary) {
    this.analyzer = new MonikerAnalyzer(dictionary, MonikerAnalyzer.Mode.INDEX);
  }

  /**
   * Every type mapped to the sorted canonical names found in any of {@code texts} (null texts are
   * skipped); types with no mention map to an empty set.
   */
  public Map<EntityType, SortedSet<String>> of(String... texts) {
    Map<EntityType, SortedSet<String>> found = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      found.put(t, new TreeSet<>());
    }
    for (String text : texts) {
      if (text != null && !text.isEmpty()) {
        collect(text, found);
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
        if (e != null) {
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
