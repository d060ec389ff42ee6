package dev.moniker.index;

import dev.moniker.Internal;
import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the folder that holds an index, and says in words what is wrong with it when Lucene
 * cannot use it. Refuses to write into a folder that holds other files, so a mistyped
 * {@code --index} never scatters index files among a user's documents. Internal: public for
 * {@code Moniker} and the command line; not part of the library's API.
 */
@Internal
public final class IndexDirectory {

  private IndexDirectory() {}

  /** True when {@code path} holds a Lucene index (at least one commit). */
  public static boolean exists(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Fails with a message saying how to create one unless {@code path} holds an index. */
  public static void requireIndex(Path path) {
    if (!exists(path)) {
      throw new MonikerException(
          Kind.INDEX_NOT_FOUND,
          "no index at " + path + "; create one with: moniker index --index " + path + " PATH...");
    }
  }

  /**
   * Fails unless {@code path} can hold a Moniker index: an existing index, or a missing or empty
   * folder.
   */
  public static void checkWritable(Path path) {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT, "index location " + path + " is a file, not a folder");
    }
    if (Files.isDirectory(path) && !exists(path) && !onlyLuceneFiles(path)) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT,
          "folder "
              + path
              + " is not empty and holds no index; choose an empty or new folder for --index");
    }
  }

  /** Fails unless the index at {@code path} was analysed the way this Moniker analyses. */
  public static void checkSearchable(Directory dir, Path path, ArticleSchema schema) {
    try {
      IndexMetadata.checkCompatible(dir, path, schema);
    } catch (IOException e) {
      throw explain(e, path);
    }
  }

  /** Opens the folder as a Lucene directory; this creates the folder if it is missing. */
  public static Directory open(Path path) {
    try {
      return FSDirectory.open(path);
    } catch (IOException e) {
      throw explain(e, path);
    }
  }

  /** True for an empty folder, or one left by a writer that never committed. */
  private static boolean onlyLuceneFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .allMatch(
              n ->
                  n.equals(IndexWriter.WRITE_LOCK_NAME)
                      || IndexFileNames.CODEC_FILE_PATTERN.matcher(n).matches()
                      || n.startsWith(IndexFileNames.PENDING_SEGMENTS));
    } catch (IOException e) {
      return false;
    }
  }

  /** Reads the analysis version recorded in the index's last commit, or null if none. */
  static String recordedAnalysisVersion(Directory dir) throws IOException {
    return DirectoryReader.listCommits(dir)
        .getLast()
        .getUserData()
        .get(IndexMetadata.ANALYSIS_VERSION_KEY);
  }

  /** Turns a Lucene or file-system failure on the index at {@code path} into a user message. */
  public static MonikerException explain(Exception e, Path path) {
    if (e instanceof MonikerException m) {
      return m;
    }
    if (e instanceof LockObtainFailedException) {
      return new MonikerException(
          Kind.INDEX_LOCKED,
          "index at "
              + path
              + " is locked by another process (is another 'moniker index' running?); "
              + "wait for it to finish and try again",
          e);
    }
    if (e instanceof IndexNotFoundException) {
      return new MonikerException(Kind.INDEX_NOT_FOUND, "no index at " + path, e);
    }
    if (e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException) {
      return new MonikerException(
          Kind.INDEX_INCOMPATIBLE,
          "index at "
              + path
              + " was written by an incompatible Lucene version; rebuild it into a new folder",
          e);
    }
    if (e instanceof CorruptIndexException
        || e instanceof EOFException
        || e instanceof NoSuchFileException) {
      return new MonikerException(
          Kind.INDEX_CORRUPT,
          "index at "
              + path
              + " is damaged ("
              + firstLine(e)
              + "); rebuild it into a new folder, or restore it from a backup",
          e);
    }
    if (e instanceof AccessDeniedException) {
      return new MonikerException(
          Kind.IO, "permission denied on index at " + path + ": " + e.getMessage(), e);
    }
    return new MonikerException(
        Kind.IO, "cannot use index at " + path + ": " + firstLine(e), e);
  }

  private static String firstLine(Exception e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
