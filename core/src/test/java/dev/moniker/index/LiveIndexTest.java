package dev.moniker.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.MonikerException;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveIndexTest {

  @TempDir Path tmp;

  /** A folder whose disk can be made to refuse syncing, as a full or failing disk does. */
  private static final class FailingDisk extends FilterDirectory {
    volatile boolean failSync;
    volatile boolean closed;

    FailingDisk(Directory in) {
      super(in);
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
      if (failSync) {
        throw new IOException("the disk refused to sync (test)");
      }
      super.sync(names);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  private static Article article(String id) {
    return Article.of(id, "Title " + id, "Kim Jong-un met Xi Jinping.");
  }

  @Test
  void aFailedFinalCommitStillReleasesWriterLockAndFolder() throws IOException {
    FailingDisk[] disk = new FailingDisk[1];
    LiveIndex live =
        new LiveIndex(
            tmp,
            new ArticleSchema(EntityDictionary.defaults()),
            false,
            p -> {
              try {
                return disk[0] = new FailingDisk(FSDirectory.open(p));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    live.put(article("a"));
    live.commit();
    live.put(article("b"));
    disk[0].failSync = true;
    MonikerException e = assertThrows(MonikerException.class, live::close);
    assertTrue(e.getMessage().contains("refused to sync"), e.getMessage());
    assertTrue(disk[0].closed, "the folder was not closed");

    // the write lock is free again in this process, and the committed article is there
    try (Directory dir = FSDirectory.open(tmp);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      assertEquals(1, writer.getDocStats().numDocs);
    }
    try (Directory dir = FSDirectory.open(tmp);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(1, reader.numDocs());
    }
  }
}
