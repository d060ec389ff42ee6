package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.Moniker;
import dev.moniker.ingest.Article;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name typed as one word never finds less than a plain phrase query for it. */
class UnlinkedNamesTest {

  @TempDir Path tmp;

  @Test
  void aSurnameRecognitionLeftUnlinkedIsStillFoundByTheWordTyped() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(
          List.of(
              // undated: Chiang Kai-shek and Chiang Ching-kuo both fit, so "Chiang" stays unlinked
              Article.of("a", "Talks", "Officials said Chiang was absent."),
              Article.of("b", "Porcelain", "She collected fine china and teapots."),
              Article.of("c", "Trade", "China and Japan signed a trade pact.")));
      List<String> chiang =
          m.search(SearchRequest.of("Chiang").limit(10)).hits().stream().map(Hit::id).toList();
      assertEquals(List.of("a"), chiang);
      List<String> china =
          m.search(SearchRequest.of("China").limit(10)).hits().stream().map(Hit::id).toList();
      assertEquals(List.of("c"), china, "fine china is no country");
      // "Stalin" typed is Joseph Stalin; "A. B. Stalin" is somebody else by his initials, so the
      // article's Stalin stays unlinked, and the plain phrase "Stalin" would find it: so does Moniker
      m.add(List.of(Article.of("d", "Clerk", "The clerk A. B. Stalin signed the form.")));
      List<String> stalin =
          m.search(SearchRequest.of("Stalin").limit(10)).hits().stream().map(Hit::id).toList();
      assertEquals(List.of("d"), stalin);
      assertTrue(
          m.search(SearchRequest.of("Joseph Stalin").limit(10)).hits().isEmpty(),
          "the full name typed needs the person, not the word");
    }
  }
}
