package dev.moniker.index;

import dev.moniker.Internal;
import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.ingest.Article;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * One index folder as this process sees it: the folder, at most one writer, and the searchers,
 * with the locking that lets many threads search while one writes. {@code Moniker} holds one and
 * keeps none of this plumbing itself; Lucene's {@link SearcherManager} does the reference
 * counting underneath. Internal: public only for {@code Moniker}; not part of the API.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li><b>Nothing is created before it is needed.</b> The folder is opened at the first search
 *       or write, the writer (and with it Lucene's write lock on the folder) at the first write:
 *       searching a missing index creates no folder, and any number of processes can search
 *       while one writes. A read-only instance never creates a writer.
 *   <li><b>One writer, one writing thread at a time.</b> Writes are {@code synchronized} on this
 *       object; a caller may hold that monitor across many writes (a whole indexing run).
 *   <li><b>Searches never wait for writes.</b> They take only {@link #lock}, never this object's
 *       monitor, and only to open or refresh searchers. On the fast path (nothing written since
 *       the last refresh) they take no lock at all.
 *   <li><b>Read your writes.</b> {@link #writes} counts writes; {@link #visibleWrites} is how
 *       many of them the searchers show, always {@code <= writes}. A search that finds them
 *       unequal refreshes first, so it sees every write made before it began.
 *   <li><b>{@link #fresh} is null or {@link #searchers}.</b> Null means "look under the lock":
 *       before the first search, when the first write switches the searchers to the writer's
 *       near-real-time view, and after {@link #close()}.
 *   <li><b>The searchers are replaced once at most</b>: from the folder's last commit to the
 *       writer's view, at the first write. A search that acquires from the replaced manager gets
 *       {@link AlreadyClosedException} and takes the new one; that is the only retry.
 *   <li><b>Without a writer, other writers are followed</b>: at most once a second a search
 *       looks for a newer commit (never blocking on another search that is already looking).
 *   <li><b>{@link #close()} releases everything</b>, the writer (and the write lock), the
 *       searchers and the folder, even when the final commit fails; the failure is then thrown.
 * </ul>
 */
@Internal
public final class LiveIndex implements Closeable {

  private static final long FOLLOW_EVERY_NANOS = 1_000_000_000L;

  private final Path path;
  private final ArticleSchema schema;
  private final boolean readOnly;

  /** Guards {@link #directory}, {@link #searchers}, {@link #closed} and the writer's creation. */
  private final Object lock = new Object();

  private Directory directory;
  private SearcherManager searchers;
  private boolean searchersFollowWriter;
  private boolean closed;

  /** Set once, under {@link #lock}, by the first write. */
  private volatile ArticleWriter writer;

  private volatile long writes;
  private volatile long visibleWrites;
  private volatile SearcherManager fresh;
  private volatile long lastFollow = System.nanoTime();

  private final Function<Path, Directory> opener;

  public LiveIndex(Path path, ArticleSchema schema, boolean readOnly) {
    this(path, schema, readOnly, IndexDirectory::open);
  }

  /** With another way to open the folder: for tests that make the disk fail. */
  LiveIndex(Path path, ArticleSchema schema, boolean readOnly, Function<Path, Directory> opener) {
    this.path = path;
    this.schema = schema;
    this.readOnly = readOnly;
    this.opener = opener;
  }

  /** What {@link #put} did with an article. */
  public enum Outcome {
    ADDED,
    UPDATED,
    UNCHANGED
  }

  /** A search on a searcher on loan, returned whatever happens. */
  @FunctionalInterface
  public interface SearchCall<T> {
    T search(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code call} on a searcher that shows every write made before this call. */
  public <T> T search(SearchCall<T> call) {
    try {
      SearcherManager manager = searchers();
      IndexSearcher searcher;
      try {
        searcher = manager.acquire();
      } catch (AlreadyClosedException e) {
        manager = refreshedSearchers(); // the first write replaced the searchers meanwhile
        searcher = manager.acquire();
      }
      try {
        return call.search(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw IndexDirectory.explain(e, path);
    }
  }

  /** Adds or replaces an article by id, taking the write lock on the first write. */
  public synchronized Outcome put(Article article) throws IOException {
    Outcome outcome = writer().put(article);
    writes++; // only ever under this object's monitor, so no update is lost
    return outcome;
  }

  /** Deletes the article with this id; returns whether the index had it. */
  public synchronized boolean delete(String id) throws IOException {
    boolean deleted = writer().delete(id);
    if (deleted) {
      writes++;
    }
    return deleted;
  }

  /** Makes every write so far durable; nothing to do before the first write. */
  public synchronized void commit() throws IOException {
    ArticleWriter w = writer;
    if (w != null) {
      w.commit();
    }
  }

  /** Commits what was written, then releases the writer, the write lock, searchers and folder. */
  @Override
  public synchronized void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      fresh = null;
      Throwable failure = null;
      try {
        commit();
      } catch (IOException | RuntimeException e) {
        failure = e;
      }
      try {
        // searchers first: their near-real-time readers come from the writer
        IOUtils.close(searchers, writer, directory);
      } catch (IOException | RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      } finally {
        searchers = null;
        writer = null;
        directory = null;
      }
      if (failure instanceof IOException io) {
        throw IndexDirectory.explain(io, path);
      } else if (failure instanceof RuntimeException r) {
        throw r;
      }
    }
  }

  private ArticleWriter writer() {
    ArticleWriter w = writer;
    if (w != null) {
      return w;
    }
    if (readOnly) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT,
          "index at " + path + " was opened read-only; open it without readOnly() to write");
    }
    synchronized (lock) {
      ensureOpen();
      w = new ArticleWriter(directory(), path, schema);
      writer = w;
      fresh = null; // searches must switch to the writer's near-real-time view
      return w;
    }
  }

  /** The folder, opened on first use; call under {@link #lock}. */
  private Directory directory() {
    if (directory == null) {
      directory = opener.apply(path);
    }
    return directory;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the index at " + path + " was closed");
    }
  }

  private SearcherManager searchers() throws IOException {
    SearcherManager ready = fresh;
    if (ready != null && visibleWrites == writes) {
      if (writer == null) {
        followOtherWriters(ready);
      }
      return ready;
    }
    return refreshedSearchers();
  }

  private void followOtherWriters(SearcherManager manager) throws IOException {
    long now = System.nanoTime();
    if (now - lastFollow < FOLLOW_EVERY_NANOS) {
      return;
    }
    lastFollow = now;
    try {
      manager.maybeRefresh(); // never blocks: a search already refreshing suffices
    } catch (AlreadyClosedException e) {
      // replaced meanwhile by the writer's searchers, which see everything
    }
  }

  private SearcherManager refreshedSearchers() throws IOException {
    synchronized (lock) {
      ensureOpen();
      ArticleWriter w = writer;
      long target = writes; // read before refreshing: the refresh shows at least these
      if (w != null && !searchersFollowWriter) {
        if (searchers != null) {
          searchers.close(); // searchers on loan stay usable until released
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
      fresh = searchers;
      return searchers;
    }
  }
}
