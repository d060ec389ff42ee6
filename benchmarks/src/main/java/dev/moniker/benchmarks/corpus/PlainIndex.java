package dev.moniker.benchmarks.corpus;

import dev.moniker.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.util.BytesRef;

/**
 * The plain-Lucene baseline's index layout and writer settings: what a competent Lucene user
 * writes for a search page. Id and title are in doc values for showing hits (a few reads per hit)
 * and also stored with the body, so the same index serves the stored-fields baseline and the
 * highlighter, which reads the stored body.
 */
public final class PlainIndex {

  private static final FieldType BODY = bodyType();

  private PlainIndex() {}

  /** Moniker's RAM buffer, Lucene's defaults otherwise. */
  public static IndexWriterConfig config(Analyzer analyzer) {
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(64);
    return config;
  }

  /**
   * The fields Moniker has (id, title, body with offsets, id and title also in doc values, as
   * Moniker keeps them), without entities.
   */
  public static Document document(Article a) {
    Document doc = new Document();
    doc.add(new StringField("id", a.id(), Field.Store.YES));
    doc.add(new BinaryDocValuesField("id", new BytesRef(a.id())));
    doc.add(new TextField("title", a.title(), Field.Store.YES));
    doc.add(new BinaryDocValuesField("title", new BytesRef(a.title())));
    doc.add(new Field("body", a.body(), BODY));
    return doc;
  }

  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  private static FieldType bodyType() {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
