package dev.moniker.index;

import dev.moniker.Internal;
import dev.moniker.analysis.EntityAttribute;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.analysis.PlaceOfPublication;
import dev.moniker.entities.ArticleScope;
import dev.moniker.entities.Entity;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityType;
import dev.moniker.entities.Mention;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;

/**
 * Everything that must agree between writing and searching an index: the entity dictionary, the
 * index and query analyzers built on it, and the identifier of that analysis, which an index
 * records so that it is never searched with different analysis.
 *
 * <p>Internal: public for {@code Moniker} and the search package; not part of the API.
 */
@Internal
public final class ArticleSchema {

  /**
   * The analysis version and, after the dot, the version of the document layout: a layout change
   * (a new field an older index lacks, like {@link ArticleFields#SPELLING}) bumps the second
   * number, so an index without it is refused and rebuilt instead of answering incompletely.
   */
  public static final String VERSION = MonikerAnalyzer.VERSION + ".1";

  private final EntityDictionary dictionary;
  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final String analysisId;
  private final PlaceOfPublication publication;

  public ArticleSchema(EntityDictionary dictionary) {
    this.dictionary = dictionary;
    this.indexAnalyzer =
        ArticleFields.perField(new MonikerAnalyzer(dictionary, MonikerAnalyzer.Mode.INDEX));
    this.queryAnalyzer =
        ArticleFields.perField(new MonikerAnalyzer(dictionary, MonikerAnalyzer.Mode.QUERY));
    this.analysisId = VERSION + "/" + dictionary.fingerprint();
    this.publication = new PlaceOfPublication(indexAnalyzer);
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

  /** Analysis and layout version and dictionary fingerprint, e.g. {@code 7.1/3fa2c1d09b7e}. */
  public String analysisId() {
    return analysisId;
  }

  /**
   * The document for an article. Title and body are one text for recognition, in the article's
   * year: the title is read once for its names before the body, so that a family name alone in
   * the body links to the full name in the headline, and read again after the body, so that a
   * family name alone in the headline links to the full name in the body. Before either, the
   * town and state where the source says the paper was published (see {@link PlaceOfPublication}).
   */
  Document toDocument(Article article, String hash) {
    Map<EntityType, Set<String>> entities = new EnumMap<>(EntityType.class);
    Map<String, Integer> mentions = new LinkedHashMap<>();
    Set<String> spellings = new LinkedHashSet<>();
    int year = article.date() == null ? 0 : article.date().atZone(ZoneOffset.UTC).getYear();
    try (ArticleScope scope = ArticleScope.open(year, false)) {
      publication.readInto(article.source());
      ReplayableTokens title = new ReplayableTokens();
      title.fill(indexAnalyzer.tokenStream(ArticleFields.TITLE, article.title()), () -> {});
      ReplayableTokens body = new ReplayableTokens();
      collectEntities(
          indexAnalyzer.tokenStream(ArticleFields.BODY, article.body()),
          article.body(),
          body,
          entities,
          mentions,
          spellings,
          1);
      title = new ReplayableTokens();
      collectEntities(
          indexAnalyzer.tokenStream(ArticleFields.TITLE, article.title()),
          article.title(),
          title,
          entities,
          mentions,
          spellings,
          ArticleFields.TITLE_MENTION_WEIGHT);
      Document doc = ArticleFields.toDocument(article, hash, title, body, entities, mentions);
      ArticleFields.addSpellings(doc, spellings);
      return ArticleFields.FACETS.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of in-memory strings; no taxonomy I/O
    }
  }

  /**
   * Reads the entities off a field's tokens: each entity named counts for the facets, and every
   * mention adds to the entity's weight in the {@code entity} field, a name {@link
   * ArticleFields#NAME_WEIGHT} times as much as a demonym (<i>Soviet</i>), so that articles that
   * name a country rank above those that only mention its people.
   */
  private static void collectEntities(
      TokenStream source,
      String text,
      ReplayableTokens tokens,
      Map<EntityType, Set<String>> into,
      Map<String, Integer> mentions,
      Set<String> spellings,
      int weight)
      throws IOException {
    EntityAttribute entityAtt = source.addAttribute(EntityAttribute.class);
    CharTermAttribute term = source.addAttribute(CharTermAttribute.class);
    OffsetAttribute offset = source.addAttribute(OffsetAttribute.class);
    tokens.fill(
        source,
        () -> {
          Entity e = entityAtt.entity();
          if (e != null) {
            boolean demonym = entityAtt.reason() == Mention.Reason.DEMONYM;
            if (!demonym) {
              into.computeIfAbsent(e.type(), t -> new LinkedHashSet<>()).add(e.canonical());
            }
            mentions.merge(term.toString(), demonym ? weight : weight * ArticleFields.NAME_WEIGHT, Integer::sum);
            if (entityAtt.reason() != Mention.Reason.SHORT_MENTION) {
              String surface = ArticleFields.spelling(text, offset.startOffset(), offset.endOffset());
              if (!surface.isEmpty()) {
                spellings.add(ArticleFields.spellingValue(term.toString(), surface));
              }
            }
          }
        });
  }
}
