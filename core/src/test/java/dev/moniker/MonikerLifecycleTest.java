package dev.moniker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.MonikerException.Kind;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening with options, and closing that releases the index whatever happens. */
class MonikerLifecycleTest {

  @TempDir Path tmp;

  private static Article article(String id) {
    return Article.of(id, "Title " + id, "Kim Jong-un met Xi Jinping, item " + id + ".");
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  @Test
  void aFailedFinalCommitStillReleasesTheWriteLock() throws IOException {
    Path idx = tmp.resolve("idx");
    Moniker m = Moniker.open(idx);
    m.add(List.of(article("a")));
    m.commit();
    m.add(List.of(article("b")));
    deleteTree(idx); // the final commit cannot write its files
    MonikerException e = assertThrows(MonikerException.class, m::close);
    assertTrue(e.getMessage().contains(idx.toString()), e.getMessage());

    // the same process can write to the folder again: the lock was released with the writer
    try (Moniker again = Moniker.open(idx)) {
      assertEquals(1, again.add(List.of(article("c"))).added());
      assertEquals(1, again.size());
    }
    m.close(); // a second close does nothing
  }

  @Test
  void aClosedMonikerSaysSo() {
    Moniker m = Moniker.open(tmp.resolve("idx"));
    m.add(List.of(article("a")));
    m.close();
    assertThrows(IllegalStateException.class, () -> m.search("Kim"));
    assertThrows(IllegalStateException.class, () -> m.add(List.of(article("b"))));
  }

  @Test
  void anIndexingRunCommitsAsOftenAsTheOptionsSay() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < 7; i++) {
      Files.writeString(in.resolve(String.format("a%02d.txt", i)), "Title " + i + "\n\nBody " + i);
    }
    Path idx = tmp.resolve("idx");
    List<String> committed = new ArrayList<>();
    MonikerOptions options = MonikerOptions.builder().commitEvery(3).build();
    try (Moniker m = Moniker.open(idx, options)) {
      m.index(
          List.of(in),
          (articles, skipped, bytes) -> {
            try (Moniker other = Moniker.open(idx, MonikerOptions.builder().readOnly(true).build())) {
              committed.add(articles + ":" + (articles < 3 ? 0 : other.size()));
            }
          });
      assertEquals(7, m.size());
    }
    assertEquals(List.of("1:0", "2:0", "3:3", "4:3", "5:3", "6:6", "7:6"), committed);
    assertEquals(3, options.commitEvery());
    assertEquals(5_000, MonikerOptions.defaults().commitEvery());
  }

  @Test
  void readOnlySearchesAndRefusesEveryWriteWithoutLocking() {
    Path idx = tmp.resolve("idx");
    try (Moniker writer = Moniker.open(idx)) {
      writer.add(List.of(article("a")));
      writer.commit();
      try (Moniker reader = Moniker.open(idx, MonikerOptions.builder().readOnly(true).build())) {
        assertEquals(1, reader.search("Kim Jong Eun").total());
        MonikerException e =
            assertThrows(MonikerException.class, () -> reader.add(List.of(article("b"))));
        assertEquals(Kind.INVALID_ARGUMENT, e.kind());
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals(Kind.INVALID_ARGUMENT, assertThrows(MonikerException.class, () -> reader.delete("a")).kind());
      }
      writer.add(List.of(article("b"))); // the writer still holds the lock, undisturbed
    }
    MonikerException missing =
        assertThrows(
            MonikerException.class,
            () -> {
              try (Moniker m =
                  Moniker.open(tmp.resolve("none"), MonikerOptions.builder().readOnly(true).build())) {
                m.search("Kim");
              }
            });
    assertEquals(Kind.INDEX_NOT_FOUND, missing.kind());
    assertTrue(Files.notExists(tmp.resolve("none")));
  }

  @Test
  void aSharedDictionaryServesSeveralIndexes() throws IOException {
    Path file = tmp.resolve("mine.tsv");
    Files.writeString(file, "person\t-\tAlice Quux\tA. Quux\tsurname=Quux\n");
    EntityDictionary shared = EntityDictionary.withFiles(List.of(file));
    MonikerOptions options = MonikerOptions.builder().dictionary(shared).build();
    try (Moniker one = Moniker.open(tmp.resolve("one"), options);
        Moniker two = Moniker.open(tmp.resolve("two"), options)) {
      assertTrue(one.dictionary() == shared && two.dictionary() == shared);
      one.add(List.of(Article.of("a", "Note", "A. Quux wrote.")));
      assertEquals(1, one.search("Alice Quux").total());
    }
    // the same files give the same dictionary, so the index opens with them too
    try (Moniker again = Moniker.open(tmp.resolve("one"), List.of(file))) {
      assertEquals(1, again.search("Alice Quux").total());
    }
  }

  @Test
  void badOptionsAreRefusedWhenBuilt() {
    assertThrows(IllegalArgumentException.class, () -> MonikerOptions.builder().commitEvery(0).build());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            MonikerOptions.builder()
                .dictionary(EntityDictionary.defaults())
                .entityFiles(List.of(Path.of("x.tsv")))
                .build());
  }
}
