package dev.moniker.index;

import dev.moniker.analysis.EntityAttribute;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.entities.Entity;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;

/**
 * Everything that must agree between writing and searching an index: the entity dictionary, the
 * index and query analyzers built on it, and the identifier of that analysis, which an index
 * records so that it is never searched with different analysis.
 *
 * <p>Internal: public for {@code Moniker} and the search package; not part of the API.
 */
public final class ArticleSchema {

  private final EntityDictionary dictionary;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final String analysisId;

  public ArticleSchema(EntityDictionary dictionary) {
    this.dictionary = dictionary;
    this.indexAnalyzer =
        ArticleFields.perField(new MonikerAnalyzer(dictionary, MonikerAnalyzer.Mode.INDEX));
    this.queryAnalyzer =
        ArticleFields.perField(new MonikerAnalyzer(dictionary, MonikerAnalyzer.Mode.QUERY));
    this.analysisId = MonikerAnalyzer.VERSION + "/" + dictionary.fingerprint();
  }

  public EntityDictionary dictionary() {
    return dictionary;
  }

  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /**
   * {@link MonikerAnalyzer#VERSION} and the dictionary's fingerprint, e.g. {@code 4/3fa2c1d09b7e}
   * for analysis version 4.
   */
  public String analysisId() {
    return analysisId;
  }

  Document toDocument(Article article, String hash) {
    Map<EntityType, Set<String>> entities = new EnumMap<>(EntityType.class);
    Map<String, Integer> mentions = new LinkedHashMap<>();
    try {
      ReplayableTokens title = new ReplayableTokens();
      collectEntities(
          indexAnalyzer.tokenStream(ArticleFields.TITLE, article.title()),
          title,
          entities,
          mentions,
          ArticleFields.TITLE_MENTION_WEIGHT);
      ReplayableTokens body = new ReplayableTokens();
      collectEntities(
          indexAnalyzer.tokenStream(ArticleFields.BODY, article.body()), body, entities, mentions, 1);
      return ArticleFields.FACETS.build(
          ArticleFields.toDocument(article, hash, title, body, entities, mentions));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of in-memory strings; no taxonomy I/O
    }
  }

  private static void collectEntities(
      TokenStream source,
      ReplayableTokens tokens,
      Map<EntityType, Set<String>> into,
      Map<String, Integer> mentions,
      int weight)
      throws IOException {
    EntityAttribute entityAtt = source.addAttribute(EntityAttribute.class);
    CharTermAttribute term = source.addAttribute(CharTermAttribute.class);
    tokens.fill(
        source,
        () -> {
          Entity e = entityAtt.entity();
          if (e != null) {
            into.computeIfAbsent(e.type(), t -> new LinkedHashSet<>()).add(e.canonical());
            mentions.merge(term.toString(), weight, Integer::sum);
          }
        });
  }
}
