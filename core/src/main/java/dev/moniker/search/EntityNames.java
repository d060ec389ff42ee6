package dev.moniker.search;

import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.analysis.EntityAttribute;
import dev.moniker.index.ArticleFields;
import dev.moniker.entities.Entity;
import dev.moniker.entities.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

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

  /**
   * The canonical name of the {@code type} entity {@code text} names: by analysis, else the
   * name as the index has it whatever its case (a name recognised only by its shape, say).
   *
   * @throws MonikerException when neither knows the name, rather than quietly filtering to
   *     nothing
   */
  String resolve(IndexSearcher searcher, EntityType type, String text) throws IOException {
    if (text.isBlank()) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT,
          "empty " + type.label() + " filter; give a name, e.g. " + type.label() + ":\"Kim Jong-un\"");
    }
    String canonical = canonical(type, text);
    if (canonical != null) {
      return canonical;
    }
    String indexed = indexedLabel(searcher, type, text.strip());
    if (indexed != null) {
      return indexed;
    }
    throw new MonikerException(
        Kind.INVALID_ARGUMENT,
        "no "
            + type.label()
            + " '"
            + shown(text)
            + "' is known or in this index (a bare family name such as Kim is ambiguous); "
            + "list them with: moniker entities --type "
            + type.label());
  }

  /** The value as a message may quote it: on one line, and not too long. */
  private static String shown(String text) {
    String line = text.strip().replaceAll("[\\s\\p{Cc}]+", " ");
    return line.length() <= 60 ? line : line.substring(0, 60) + "…";
  }

  /** The canonical name of the {@code type} entity {@code text} names, or null. */
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
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Looks {@code name} up among the facet labels of {@code type}, ignoring case. */
  private static String indexedLabel(IndexSearcher searcher, EntityType type, String name)
      throws IOException {
    String field = ArticleFields.FACETS.getDimConfig(type.label()).indexFieldName;
    String wanted = FacetsConfig.pathToString(type.label(), new String[] {name});
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), field);
    if (terms == null) {
      return null;
    }
    TermsEnum te = terms.iterator();
    String prefix = wanted.substring(0, type.label().length() + 1); // the dimension and delimiter
    if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
      return null;
    }
    for (BytesRef t = te.term(); t != null; t = te.next()) {
      String label = t.utf8ToString();
      if (!label.startsWith(prefix)) {
        return null;
      }
      if (label.equalsIgnoreCase(wanted)) {
        return FacetsConfig.stringToPath(label)[1];
      }
    }
    return null;
  }
}
