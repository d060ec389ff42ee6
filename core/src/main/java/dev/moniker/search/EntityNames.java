package dev.moniker.search;

import dev.moniker.analysis.EntityAttribute;
import dev.moniker.entities.Entity;
import dev.moniker.entities.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Turns a name typed in any spelling into the canonical name facets use: {@code Kim Jong Eun},
 * {@code 김정은} and {@code KIM JONG-UN} all give {@code Kim Jong-un}, by the same query analysis
 * that searches use.
 */
final class EntityNames {

  private final Analyzer queryAnalyzer;

  EntityNames(Analyzer queryAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
  }

  /** The canonical name of the {@code type} entity {@code text} names, or {@code text} as typed. */
  String canonical(EntityType type, String text) {
    try (TokenStream ts = queryAnalyzer.tokenStream("body", text)) {
      EntityAttribute entity = ts.addAttribute(EntityAttribute.class);
      ts.reset();
      String found = null;
      while (ts.incrementToken()) {
        Entity e = entity.entity();
        if (e != null && e.type() == type && found == null) {
          found = e.canonical();
        }
      }
      ts.end();
      return found != null ? found : text.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
