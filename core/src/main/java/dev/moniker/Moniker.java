package dev.moniker;

import dev.moniker.MonikerException.Kind;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.index.ArticleSchema;
import dev.moniker.index.IndexDirectory;
import dev.moniker.index.IndexReport;
import dev.moniker.index.LiveIndex;
import dev.moniker.ingest.Article;
import dev.moniker.ingest.Decoding;
import dev.moniker.ingest.IngestSink;
import dev.moniker.ingest.Ingester;
import dev.moniker.ingest.Notice;
import dev.moniker.ingest.Skipped;
import dev.moniker.search.ArticleSearcher;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A Moniker index on disk: the one object an embedding application needs.
 *
 * <pre>{@code
 * try (Moniker moniker = Moniker.open(Path.of("news-index"))) {
 *   moniker.index(List.of(Path.of("articles")));
 *   SearchResult result = moniker.search("Kim Jong Un");
 * }
 * }</pre>
 *
 * <p>Searches may run from many threads at once; writes are serialised. Articles added with
 * {@link #add} are visible to this object's searches at once and durable after {@link #commit()}
 * or {@link #close()}; {@link #index} commits by itself as it goes. The write lock on the folder
 * is taken on the first write, so any number of processes can search an index while one writes.
 * How readers, the writer and the lock work together is {@link LiveIndex}'s business.
 */
public final class Moniker implements AutoCloseable {

  private final Path path;
  private final ArticleSchema schema;
  private final ArticleSearcher articleSearcher;
  private final MonikerOptions options;
  private final LiveIndex live;

  private Moniker(Path path, ArticleSchema schema, MonikerOptions options) {
    this.path = path;
    this.schema = schema;
    this.options = options;
    this.articleSearcher = new ArticleSearcher(schema);
    this.live = new LiveIndex(path, schema, options.readOnly());
  }

  /**
   * Opens the index in folder {@code indexDir} with the bundled entity dictionary. The folder
   * need not exist yet: it is created on the first write.
   */
  public static Moniker open(Path indexDir) {
    return open(indexDir, MonikerOptions.defaults());
  }

  /**
   * Opens the index with the bundled entity dictionary plus the user's own dictionary files;
   * short for {@code open(indexDir, MonikerOptions.builder().entityFiles(entityFiles).build())}.
   */
  public static Moniker open(Path indexDir, List<Path> entityFiles) {
    return open(indexDir, MonikerOptions.builder().entityFiles(entityFiles).build());
  }

  /**
   * Opens the index in folder {@code indexDir} as {@code options} say. An index must always be
   * opened with the same entity files: it records which dictionary analysed it and refuses
   * another.
   */
  public static Moniker open(Path indexDir, MonikerOptions options) {
    Path path = indexDir.toAbsolutePath().normalize();
    if (!options.readOnly()) {
      IndexDirectory.checkWritable(path);
    }
    EntityDictionary dictionary = options.dictionary();
    if (dictionary == null) {
      try {
        dictionary = EntityDictionary.withFiles(options.entityFiles(), options.demonyms());
      } catch (IllegalArgumentException e) {
        throw new MonikerException(Kind.INVALID_ARGUMENT, e.getMessage(), e);
      }
    }
    return new Moniker(path, new ArticleSchema(dictionary), options);
  }

  /** The entities this index recognises. */
  public EntityDictionary dictionary() {
    return schema.dictionary();
  }

  /** Where this index lives. */
  public Path path() {
    return path;
  }

  /** The options this index was opened with. */
  public MonikerOptions options() {
    return options;
  }

  /**
   * Reads files and directories (recursively) and indexes every article in them, committing as
   * it goes. What cannot be read is skipped and reported; the rest of the batch still lands.
   */
  public IndexReport index(List<Path> paths) {
    return index(paths, IndexListener.NONE);
  }

  /** As {@link #index(List)}, telling {@code listener} how far it has got after each file. */
  public synchronized IndexReport index(List<Path> paths, IndexListener listener) {
    return index(paths, null, listener);
  }

  /**
   * Like {@link #index(List, IndexListener)}, reading every input without a byte-order mark in
   * {@code encoding} instead of the encoding it declares or is detected in ({@code null}: detect).
   */
  public synchronized IndexReport index(List<Path> paths, Charset encoding, IndexListener listener) {
    Batch batch = new Batch(listener);
    try {
      new Ingester(encoding).read(paths, batch);
      live.commit();
    } catch (UncheckedIOException e) {
      throw IndexDirectory.explain(e.getCause(), path);
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
    return batch.report();
  }

  /** Adds or replaces articles by id; see the class comment for when they become durable. */
  public synchronized IndexReport add(Collection<Article> articles) {
    Batch batch = new Batch(IndexListener.NONE);
    try {
      articles.forEach(batch::article);
    } catch (UncheckedIOException e) {
      throw IndexDirectory.explain(e.getCause(), path);
    }
    return batch.report();
  }

  /** Deletes the article with this id; returns whether the index had it. */
  public synchronized boolean delete(String id) {
    try {
      return live.delete(id);
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  /** Makes every write so far durable. */
  public synchronized void commit() {
    try {
      live.commit();
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  /** Searches with the default limit and highlighting. */
  public SearchResult search(String query) {
    return search(SearchRequest.of(query));
  }

  public SearchResult search(SearchRequest request) {
    return live.search(searcher -> articleSearcher.search(searcher, request));
  }

  /** Number of articles in the index, uncommitted additions by this object included. */
  public int size() {
    return live.search(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * Commits what was written and releases the index. If the commit fails, the index is still
   * released (its write lock too) and the failure is thrown.
   */
  @Override
  public synchronized void close() {
    live.close();
  }

  /** Feeds ingested articles to the index, keeps the counts, and commits every so often. */
  private final class Batch implements IngestSink {
    private final IndexListener listener;
    private final List<Skipped> skipped = new ArrayList<>();
    private final List<Decoding> decodings = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private int added;
    private int updated;
    private int unchanged;
    private int sinceCommit;
    private long bytes;

    Batch(IndexListener listener) {
      this.listener = listener;
    }

    @Override
    public void article(Article article) {
      try {
        switch (live.put(article)) {
          case ADDED -> added++;
          case UPDATED -> updated++;
          case UNCHANGED -> unchanged++;
        }
        if (++sinceCommit >= options.commitEvery()) {
          live.commit();
          sinceCommit = 0;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void skipped(Skipped s) {
      skipped.add(s);
    }

    @Override
    public void decoded(Decoding decoding) {
      decodings.add(decoding);
    }

    @Override
    public void notice(Notice notice) {
      notices.add(notice);
    }

    @Override
    public void fileDone(String input, long size) {
      bytes += size;
      listener.progress(added + updated + unchanged, skipped.size(), bytes);
    }

    IndexReport report() {
      return new IndexReport(added, updated, unchanged, skipped, decodings, notices);
    }
  }

  /**
   * Everything the archive says about the {@code type} entity named {@code name} in any
   * spelling: its spellings with counts, time line, co-occurring entities and latest articles.
   *
   * @throws MonikerException of kind {@code INVALID_ARGUMENT} when no such entity is known or
   *     indexed
   */
  public dev.moniker.search.EntityProfile entity(dev.moniker.entities.EntityType type, String name) {
    return live.search(
        searcher ->
            new dev.moniker.search.EntityProfiles(articleSearcher, schema.dictionary())
                .profile(searcher, type, name));
  }

  /** The article with this id, its entities marked; empty when the index has no such article. */
  public java.util.Optional<dev.moniker.search.ArticleView> article(String id) {
    return live.search(searcher -> dev.moniker.search.ArticleView.read(searcher, schema.dictionary(), id));
  }
}
