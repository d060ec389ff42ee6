package dev.moniker.index;

import dev.moniker.Internal;
import dev.moniker.analysis.KeywordLowercaseAnalyzer;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * How an article is laid out in the Lucene index: the one place that names fields.
 *
 * <p>What a hit shows (id, title, date, source, url, entities) is also in doc values, so that
 * listing the top hits never decompresses stored fields, whose blocks hold whole article bodies;
 * stored fields serve highlighting and users who read documents themselves.
 */
@Internal
public final class ArticleFields {

  /** Exact, stored: the key for idempotent updates and deletes. */
  public static final String ID = "id";

  /** Analysed and stored; searched with a boost. */
  public static final String TITLE = "title";

  /**
   * Analysed with offsets in the postings, so highlighting need not re-analyse; stored for
   * snippets.
   */
  public static final String BODY = "body";

  /**
   * Every entity the article mentions, one term each ({@code person:kim_jong-un}), its frequency
   * the title mentions counted twice plus the body mentions (the title boost, built in), a name
   * counted twice a demonym. A query
   * for an entity searches this one field instead of title or body: with no positions and one
   * posting list, top-10 collection skips as well as for any single word, where the title-or-body
   * disjunction of a name found in many headlines could skip little (see benchmarks/README.md).
   */
  public static final String ENTITY = "entity";

  /**
   * How each entity is spelled in the article: sorted-set doc values of {@code entity term US
   * spelling as written} ({@code person:kim_jong-un\u001fKim Jong Eun}), one value per distinct
   * spelling. Counting these over an entity's articles gives, in one doc-values pass and without
   * reading a single article, how many articles use each spelling (the entity page's table).
   * Reading the entity term's offsets in the postings instead would need every such article's
   * stored text. A family name alone (a short mention) is not a spelling of the name and is left
   * out; a possessive's {@code 's} is dropped.
   */
  public static final String SPELLING = "spelling";

  /** Separates the entity term from the spelling in {@link #SPELLING} values. */
  public static final char SPELLING_SEPARATOR = '\u001f';

  /** Mentions in a title weigh as the title's query boost does. */
  static final int TITLE_MENTION_WEIGHT = 2;

  /** A name weighs this many times a demonym (<i>Soviet</i> for the Soviet Union). */
  static final int NAME_WEIGHT = 2;

  /** Epoch milliseconds: points for range queries, doc values for sorting, stored for display. */
  public static final String DATE = "date";

  /** One case-insensitive term, stored as given. */
  public static final String SOURCE = "source";

  /** Stored only. */
  public static final String URL = "url";

  /** Stored digest of the article's content: re-indexing an unchanged article is a no-op. */
  static final String HASH = "hash";

  private static final FieldType BODY_TYPE = bodyType();
  private static final FieldType ENTITY_TYPE = entityType();

  /**
   * Entity facets: one multi-valued dimension per entity type, counted from sorted-set doc values
   * (no stored fields are read to count).
   */
  public static final FacetsConfig FACETS = facetsConfig();

  private ArticleFields() {}

  /** Stored canonical names of the entities an article mentions, one field per type. */
  public static String entities(EntityType type) {
    return "entity." + type.label();
  }

  /** Text fields get {@code text}; the id is exact and the source one case-insensitive term. */
  static Analyzer perField(Analyzer text) {
    return new PerFieldAnalyzerWrapper(
        text, Map.of(ID, new KeywordAnalyzer(), SOURCE, new KeywordLowercaseAnalyzer()));
  }

  /**
   * The document for an article. Title and body arrive analysed already (the entities were read
   * off those same token streams), so they are indexed from the streams and stored separately.
   */
  static Document toDocument(
      Article article,
      String hash,
      TokenStream analysedTitle,
      TokenStream analysedBody,
      Map<EntityType, Set<String>> entities,
      Map<String, Integer> entityMentions) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new BinaryDocValuesField(ID, new BytesRef(article.id())));
    doc.add(new TextField(TITLE, analysedTitle));
    doc.add(new StoredField(TITLE, article.title()));
    doc.add(new BinaryDocValuesField(TITLE, new BytesRef(article.title())));
    doc.add(new Field(BODY, analysedBody, BODY_TYPE));
    doc.add(new StoredField(BODY, article.body()));
    if (!entityMentions.isEmpty()) {
      doc.add(new Field(ENTITY, new EntityTerms(entityMentions), ENTITY_TYPE));
    }
    entities.forEach(
        (type, names) ->
            names.forEach(
                n -> {
                  doc.add(new StoredField(entities(type), n));
                  doc.add(new SortedSetDocValuesFacetField(type.label(), n));
                }));
    if (article.date() != null) {
      long millis = article.date().toEpochMilli();
      doc.add(new LongPoint(DATE, millis));
      doc.add(new NumericDocValuesField(DATE, millis));
      doc.add(new StoredField(DATE, millis));
    }
    if (article.source() != null && !article.source().isBlank()) {
      doc.add(new TextField(SOURCE, article.source(), Field.Store.YES));
      doc.add(new BinaryDocValuesField(SOURCE, new BytesRef(article.source())));
    }
    if (article.url() != null && !article.url().isBlank()) {
      doc.add(new StoredField(URL, article.url()));
      doc.add(new BinaryDocValuesField(URL, new BytesRef(article.url())));
    }
    doc.add(new StoredField(HASH, hash));
    return doc;
  }

  /** The text between the offsets as a spelling: spaces collapsed, a possessive dropped. */
  static String spelling(String text, int start, int end) {
    if (start < 0 || end > text.length() || start >= end) {
      return "";
    }
    String s = SPACES.matcher(text.substring(start, end)).replaceAll(" ").strip();
    return POSSESSIVE_END.matcher(s).replaceFirst("");
  }

  /**
   * The patterns of {@link #spelling}, compiled once: it runs for every mention indexed, and
   * {@code String.replaceAll} compiles its pattern on every call (3% of indexing in a profile).
   */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019][sS]?$");

  static String spellingValue(String entityTerm, String spelling) {
    return entityTerm + SPELLING_SEPARATOR + spelling;
  }

  static void addSpellings(Document doc, Set<String> values) {
    for (String v : values) {
      if (UnicodeUtil.calcUTF16toUTF8Length(v, 0, v.length()) <= MAX_SPELLING_BYTES) {
        doc.add(new SortedSetDocValuesField(SPELLING, new BytesRef(v)));
      }
    }
  }

  /** Doc values terms may be at most 32,766 bytes; a real name is far shorter. */
  private static final int MAX_SPELLING_BYTES = 1_000;

  static String contentHash(Article a, String analysisId) {
    try {
      MessageDigest md = sha256();
      for (String part :
          new String[] {
            a.title(),
            a.body(),
            a.date() == null ? "" : a.date().toString(),
            a.source() == null ? "" : a.source(),
            a.url() == null ? "" : a.url()
          }) {
        md.update(part.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      md.update(analysisId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * A fresh SHA-256, cloned from one looked up once: the provider look-up of {@code
   * MessageDigest.getInstance} cost a fifth of the hashing of every article indexed.
   */
  private static MessageDigest sha256() throws NoSuchAlgorithmException {
    try {
      return (MessageDigest) SHA256.clone();
    } catch (CloneNotSupportedException e) {
      return MessageDigest.getInstance("SHA-256"); // a provider whose digests cannot be cloned
    }
  }

  private static final MessageDigest SHA256 = sha256Prototype();

  private static MessageDigest sha256Prototype() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (EntityType t : EntityType.values()) {
      config.setMultiValued(t.label(), true);
    }
    return config;
  }

  private static FieldType entityType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    // Length normalisation would punish articles for naming many entities, not for being long.
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
