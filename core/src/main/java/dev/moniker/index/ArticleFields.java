package dev.moniker.index;

import dev.moniker.analysis.KeywordLowercaseAnalyzer;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** How an article is laid out in the Lucene index: the one place that names fields. */
public final class ArticleFields {

  /** Exact, stored: the key for idempotent updates and deletes. */
  public static final String ID = "id";

  /** Analysed and stored; searched with a boost. */
  public static final String TITLE = "title";

  /** Analysed and stored, with offsets in the postings so highlighting need not re-analyse. */
  public static final String BODY = "body";

  /** Epoch milliseconds: points for range queries, doc values for sorting, stored for display. */
  public static final String DATE = "date";

  /** One case-insensitive term, stored as given. */
  public static final String SOURCE = "source";

  /** Stored only. */
  public static final String URL = "url";

  /** Stored digest of the article's content: re-indexing an unchanged article is a no-op. */
  static final String HASH = "hash";

  private static final FieldType BODY_TYPE = bodyType();

  private ArticleFields() {}

  /** The analyzer for every field, at index and at query time. */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new MonikerAnalyzer(),
        Map.of(ID, new KeywordAnalyzer(), SOURCE, new KeywordLowercaseAnalyzer()));
  }

  static Document toDocument(Article article, String hash) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new TextField(TITLE, article.title(), Field.Store.YES));
    doc.add(new Field(BODY, article.body(), BODY_TYPE));
    if (article.date() != null) {
      long millis = article.date().toEpochMilli();
      doc.add(new LongPoint(DATE, millis));
      doc.add(new NumericDocValuesField(DATE, millis));
      doc.add(new StoredField(DATE, millis));
    }
    if (article.source() != null && !article.source().isBlank()) {
      doc.add(new TextField(SOURCE, article.source(), Field.Store.YES));
    }
    if (article.url() != null && !article.url().isBlank()) {
      doc.add(new StoredField(URL, article.url()));
    }
    doc.add(new StoredField(HASH, hash));
    return doc;
  }

  static String contentHash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
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
      md.update(MonikerAnalyzer.VERSION.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
