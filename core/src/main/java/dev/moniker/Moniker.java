package dev.moniker;

import dev.moniker.MonikerException.Kind;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.index.ArticleSchema;
import dev.moniker.index.ArticleWriter;
import dev.moniker.index.IndexDirectory;
import dev.moniker.index.IndexReport;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

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
 */
public final class Moniker implements AutoCloseable {

  /** An indexing run commits at least this often, bounding what a crash can cost. */
  public static final int COMMIT_EVERY_ARTICLES = 5_000;

  private final Path path;
  private volatile Directory directory;
  private final ArticleSchema schema;
  private final ArticleSearcher articleSearcher;
  private volatile ArticleWriter writer;
  private SearcherManager searchers;
  private boolean searchersFollowWriter;
  private static final long REFRESH_EVERY_NANOS = 1_000_000_000L;
  private volatile long lastCommitCheck = System.nanoTime();

  /** Writes made (only under the object's lock), and how many of them searchers show. */
  private volatile long writes;
  private volatile long visibleWrites;
  /** {@link #searchers} when nothing was written since its last refresh: searches skip the lock. */
  private volatile SearcherManager current;
  /**
   * Guards the searchers and the directory. Writes hold the object's own lock, for as long as a
   * whole {@code index(...)} call, so searches must not wait for it.
   */
  private final Object searchLock = new Object();

  private Moniker(Path path, ArticleSchema schema) {
    this.path = path;
    this.schema = schema;
    this.articleSearcher = new ArticleSearcher(schema);
  }

  /**
   * Opens the index in folder {@code indexDir}. The folder need not exist yet: it is created on
   * the first write.
   */
  public static Moniker open(Path indexDir) {
    return open(indexDir, List.of());
  }

  /**
   * Opens the index with the bundled entity dictionary plus the user's own dictionary files (see
   * {@link EntityDictionary#withFiles}). An index must always be opened with the same files: it
   * records which dictionary analysed it and refuses another.
   */
  public static Moniker open(Path indexDir, List<Path> entityFiles) {
    Path path = indexDir.toAbsolutePath().normalize();
    IndexDirectory.checkWritable(path);
    EntityDictionary dictionary;
    try {
      dictionary =
          entityFiles.isEmpty() ? EntityDictionary.defaults() : EntityDictionary.withFiles(entityFiles);
    } catch (IllegalArgumentException e) {
      throw new MonikerException(Kind.INVALID_ARGUMENT, e.getMessage(), e);
    }
    return new Moniker(path, new ArticleSchema(dictionary));
  }

  /** The entities this index recognises. */
  public EntityDictionary dictionary() {
    return schema.dictionary();
  }

  /** Where this index lives. */
  public Path path() {
    return path;
  }

  /**
   * Reads files and directories (recursively) and indexes every article in them, committing as
   * it goes. What cannot be read is skipped and reported; the rest of the batch still lands.
   */
  public IndexReport index(List<Path> paths) {
    return index(paths, IndexListener.NONE);
  }

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
      commit();
    } catch (UncheckedIOException e) {
      throw IndexDirectory.explain(e.getCause(), path);
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
      boolean deleted = writer().delete(id);
      if (deleted) {
        writes++;
      }
      return deleted;
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  /** Makes every write so far durable. */
  public synchronized void commit() {
    if (writer == null) {
      return;
    }
    try {
      writer.commit();
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  /** Searches with the default limit and highlighting. */
  public SearchResult search(String query) {
    return search(SearchRequest.of(query));
  }

  public SearchResult search(SearchRequest request) {
    Acquired a = acquire();
    try {
      return articleSearcher.search(a.searcher(), request);
    } finally {
      a.release();
    }
  }

  /** Number of articles in the index, uncommitted additions by this object included. */
  public int size() {
    Acquired a = acquire();
    try {
      return a.searcher().getIndexReader().numDocs();
    } finally {
      a.release();
    }
  }

  /** A searcher on loan from its manager. */
  private record Acquired(SearcherManager manager, IndexSearcher searcher, Path path) {
    void release() {
      try {
        manager.release(searcher);
      } catch (IOException e) {
        throw IndexDirectory.explain(e, path);
      }
    }
  }

  private Acquired acquire() {
    SearcherManager manager = searchers();
    try {
      try {
        return new Acquired(manager, manager.acquire(), path);
      } catch (AlreadyClosedException e) {
        // the first write of this object just replaced the searchers: take the new ones
        manager = refreshedSearchers();
        return new Acquired(manager, manager.acquire(), path);
      }
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  /** Commits what was written and releases the index. */
  @Override
  public synchronized void close() {
    synchronized (searchLock) {
      try {
        if (searchers != null) {
          searchers.close();
        }
        if (writer != null) {
          writer.commit();
          writer.close();
        }
        if (directory != null) {
          directory.close();
        }
      } catch (IOException e) {
        throw IndexDirectory.explain(e, path);
      } finally {
        writer = null;
        searchers = null;
        current = null;
      }
    }
  }

  private synchronized ArticleWriter writer() {
    if (writer == null) {
      writer = new ArticleWriter(directory(), path, schema);
      current = null; // searches must switch to the writer's near-real-time view
    }
    return writer;
  }

  /** Opened on first use: searching a missing index must not create its folder. */
  private Directory directory() {
    Directory d = directory;
    if (d != null) {
      return d;
    }
    synchronized (searchLock) {
      if (directory == null) {
        directory = IndexDirectory.open(path);
      }
      return directory;
    }
  }

  private SearcherManager searchers() {
    SearcherManager ready = current;
    if (ready != null && visibleWrites == writes) {
      if (writer == null) {
        followOtherWriters(ready);
      }
      return ready;
    }
    return refreshedSearchers();
  }

  /**
   * Without a writer of its own, this object sees what other writers (other processes) commit:
   * at most once a second, a search looks for a newer commit and swaps readers if there is one.
   */
  private void followOtherWriters(SearcherManager manager) {
    long now = System.nanoTime();
    if (now - lastCommitCheck < REFRESH_EVERY_NANOS) {
      return;
    }
    lastCommitCheck = now;
    try {
      manager.maybeRefresh(); // never blocks: a search already refreshing suffices
    } catch (AlreadyClosedException e) {
      // replaced meanwhile by a writer's searchers, which see everything
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  private SearcherManager refreshedSearchers() {
    synchronized (searchLock) {
      return refreshedSearchersLocked();
    }
  }

  private SearcherManager refreshedSearchersLocked() {
    ArticleWriter w = writer;
    long target = writes; // read before refreshing: the refresh shows at least these
    try {
      if (w != null && !searchersFollowWriter) {
        if (searchers != null) {
          searchers.close();
        }
        searchers = new SearcherManager(w.indexWriter(), null);
        searchersFollowWriter = true;
      } else if (searchers == null) {
        IndexDirectory.requireIndex(path);
        IndexDirectory.checkSearchable(directory(), path, schema);
        searchers = new SearcherManager(directory(), null);
      } else if (visibleWrites != target) {
        searchers.maybeRefreshBlocking();
      }
      visibleWrites = target;
      current = w == null || searchersFollowWriter ? searchers : null;
      return searchers;
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  /** Feeds ingested articles to the writer and keeps the counts. */
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
        switch (writer().put(article)) {
          case ADDED -> added++;
          case UPDATED -> updated++;
          case UNCHANGED -> unchanged++;
        }
        writes++; // only ever under the object's lock, so no update is lost
        if (++sinceCommit >= COMMIT_EVERY_ARTICLES) {
          writer.commit();
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
}
