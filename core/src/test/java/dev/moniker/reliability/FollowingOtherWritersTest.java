package dev.moniker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.ingest.Article;
import dev.moniker.search.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader that never writes still sees what another writer commits, and fuzzy terms are bounded. */
class FollowingOtherWritersTest {

  @TempDir Path tmp;

  @Test
  void aSearchOnlyMonikerSeesLaterCommitsOfAnotherWriter() throws Exception {
    Path dir = tmp.resolve("idx");
    try (Moniker writer = Moniker.open(dir)) {
      writer.add(List.of(Article.of("a", "One", "zebra crossing")));
      writer.commit();
      try (Moniker reader = Moniker.open(dir)) {
        assertEquals(1, reader.search("zebra").total());
        writer.add(List.of(Article.of("b", "Two", "zebra herd")));
        writer.commit();
        long total = 0;
        for (int i = 0; i < 60 && total < 2; i++) { // the reader looks for commits once a second
          Thread.sleep(100);
          total = reader.search("zebra").total();
        }
        assertEquals(2, total);
        assertEquals(2, reader.size());
      }
    }
  }

  @Test
  void fuzzyTermsAreLimitedInNumberAndLength() {
    try (Moniker m = Moniker.open(tmp.resolve("fuzzy"))) {
      m.add(List.of(Article.of("a", "One", "Pyongyang said")));
      assertEquals(1, m.search(SearchRequest.of("pyongyng~1")).total());
      String many = String.join(" OR ", java.util.Collections.nCopies(17, "kim~2"));
      MonikerException e = assertThrows(MonikerException.class, () -> m.search(many));
      assertEquals(MonikerException.Kind.INVALID_QUERY, e.kind());
      assertThrows(MonikerException.class, () -> m.search("a".repeat(65) + "~1"));
    }
  }
}
