package dev.moniker.index;

import dev.moniker.index.LiveIndex.Outcome;
import dev.moniker.ingest.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.UnicodeUtil;

/**
 * Writes articles into the index, one id one document: an article whose id is present replaces
 * the old version, and one identical to the stored version is not written at all. Nothing is
 * visible to other processes before {@link #commit()}; memory held between commits is bounded
 * (see {@link #MAX_PENDING}).
 */
final class ArticleWriter implements Closeable {

  private static final String DELETED = "";
  private static final Set<String> HASH_ONLY = Set.of(ArticleFields.HASH);

  private final IndexWriter writer;
  private final ArticleSchema schema;
  private DirectoryReader lookup;
  private IndexSearcher lookupSearcher;
  /**
   * Ids written or deleted since {@link #lookup} was opened, with their hash ("" = deleted). At
   * most {@link #maxPending}: then the lookup reader is reopened from the writer, which flushes
   * what Lucene buffered but commits nothing, so an application that only ever adds holds
   * bounded memory here and durability is unchanged.
   */
  private final Map<String, String> pending = new HashMap<>();

  /** Ids {@link #pending} may hold before the lookup reader is reopened. */
  static final int MAX_PENDING = 10_000;

  private final int maxPending;

  ArticleWriter(Directory dir, Path path, ArticleSchema schema) {
    this(dir, path, schema, MAX_PENDING);
  }

  ArticleWriter(Directory dir, Path path, ArticleSchema schema, int maxPending) {
    this.schema = schema;
    this.maxPending = maxPending;
    try {
      if (IndexDirectory.exists(path)) {
        IndexMetadata.checkCompatible(dir, path, schema);
      }
      IndexWriterConfig config = new IndexWriterConfig(schema.indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      config.setCommitOnClose(false);
      writer = new IndexWriter(dir, config);
      useLookup(DirectoryReader.open(writer));
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  /**
   * @throws IllegalArgumentException when the id or the source is too long to be one index term
   *     (Lucene's limit of {@value IndexWriter#MAX_TERM_LENGTH} UTF-8 bytes); nothing is written
   */
  Outcome put(Article article) throws IOException {
    checkTermLength("id", article.id());
    checkTermLength("source", article.source());
    String hash = ArticleFields.contentHash(article, schema.analysisId());
    String previous = storedHash(article.id());
    if (hash.equals(previous)) {
      return Outcome.UNCHANGED;
    }
    Document doc = schema.toDocument(article, hash);
    if (previous == null && !pending.containsKey(article.id())) {
      writer.addDocument(doc); // no article has this id: nothing to delete, which costs at flush
    } else {
      writer.updateDocument(new Term(ArticleFields.ID, article.id()), doc);
    }
    remember(article.id(), hash);
    return previous == null ? Outcome.ADDED : Outcome.UPDATED;
  }

  private static void checkTermLength(String what, String value) {
    if (value != null && UnicodeUtil.calcUTF16toUTF8Length(value, 0, value.length())
        > IndexWriter.MAX_TERM_LENGTH) {
      throw new IllegalArgumentException(
          what + " is longer than " + IndexWriter.MAX_TERM_LENGTH + " bytes; the article was not indexed");
    }
  }

  /** Deletes the article with this id; returns whether there was one. */
  boolean delete(String id) throws IOException {
    boolean present = storedHash(id) != null;
    if (present) {
      writer.deleteDocuments(new Term(ArticleFields.ID, id));
      remember(id, DELETED);
    }
    return present;
  }

  private void remember(String id, String hash) throws IOException {
    pending.put(id, hash);
    if (pending.size() >= maxPending) {
      refreshLookup();
    }
  }

  /** For tests: how many ids wait for the lookup reader to be reopened. */
  int pendingIds() {
    return pending.size();
  }

  /** Makes everything written so far durable and visible to new readers. */
  void commit() throws IOException {
    writer.setLiveCommitData(IndexMetadata.current(schema).entrySet());
    writer.commit();
    refreshLookup();
  }

  /** The writer, for near-real-time readers that see uncommitted articles. */
  IndexWriter indexWriter() {
    return writer;
  }

  private String storedHash(String id) throws IOException {
    String p = pending.get(id);
    if (p != null) {
      return p.equals(DELETED) ? null : p;
    }
    if (lookup.numDocs() == 0) {
      return null;
    }
    TopDocs top = lookupSearcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    return lookupSearcher.storedFields().document(top.scoreDocs[0].doc, HASH_ONLY).get(ArticleFields.HASH);
  }

  private void refreshLookup() throws IOException {
    DirectoryReader newer = DirectoryReader.openIfChanged(lookup, writer);
    if (newer != null) {
      lookup.close();
      useLookup(newer);
    }
    pending.clear();
  }

  private void useLookup(DirectoryReader reader) {
    lookup = reader;
    lookupSearcher = new IndexSearcher(reader);
    lookupSearcher.setQueryCache(null);
  }

  /** Closes without committing: what was not committed is dropped, the index stays as it was. */
  @Override
  public void close() throws IOException {
    try {
      lookup.close();
    } finally {
      writer.close();
    }
  }
}
