package dev.moniker.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.entities.EntityDictionary;
import dev.moniker.index.LiveIndex.Outcome;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleWriterTest {

  @TempDir Path tmp;

  private static Article article(int i, String body) {
    return Article.of("id-" + i, "Title " + i, body);
  }

  /**
   * An application that only ever adds must not grow memory with every id until a commit: the
   * ids remembered since the last reader reopen stay under the bound, and put() still tells
   * added, updated and unchanged apart, across the reopens. Nothing becomes durable by it.
   */
  @Test
  void idsRememberedBetweenCommitsAreBounded() throws IOException {
    int bound = 50;
    try (Directory dir = FSDirectory.open(tmp);
        ArticleWriter w =
            new ArticleWriter(dir, tmp, new ArticleSchema(EntityDictionary.defaults()), bound)) {
      for (int i = 0; i < 5 * bound + 7; i++) {
        assertEquals(Outcome.ADDED, w.put(article(i, "first")));
        assertTrue(w.pendingIds() < bound, "remembered " + w.pendingIds() + " ids");
      }
      assertEquals(Outcome.UNCHANGED, w.put(article(3, "first")));
      assertEquals(Outcome.UPDATED, w.put(article(3, "second")));
      assertEquals(Outcome.UNCHANGED, w.put(article(3, "second")));
      assertTrue(w.delete("id-4"));
      assertFalse(w.delete("id-4"));
      assertEquals(Outcome.ADDED, w.put(article(4, "again")));
      assertFalse(DirectoryReader.indexExists(dir), "reopening the lookup must not commit");
      w.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(5 * bound + 7, reader.numDocs());
      }
    }
  }
}
