package dev.moniker.opensearch;

import dev.moniker.entities.EntityDictionary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.opensearch.test.OpenSearchTestCase;

public class ConfigDictionariesTests extends OpenSearchTestCase {

  public void testAnEditedFileIsReadAgainAndTheOldDictionaryLeavesTheCache() throws Exception {
    Path config = createTempDir();
    Path file = Files.createDirectories(config.resolve("moniker")).resolve("newsroom.tsv");
    Files.writeString(file, "person\t-\tAlice Quux\n");
    ConfigDictionaries dictionaries = new ConfigDictionaries(config);

    EntityDictionary first = dictionaries.get("entities_path", List.of("moniker/newsroom.tsv"));
    assertSame(first, dictionaries.get("entities_path", List.of("moniker/newsroom.tsv")));

    for (int edit = 1; edit <= 3; edit++) {
      Files.writeString(file, "person\t-\tAlice Quux\n" + "person\t-\tBob Quux" + edit + "\n");
      Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L * edit));
      EntityDictionary edited = dictionaries.get("entities_path", List.of("moniker/newsroom.tsv"));
      assertNotSame(first, edited);
      assertNotEquals(first.fingerprint(), edited.fingerprint());
      first = edited;
    }
    assertEquals("one dictionary per list of files, the latest", 1, dictionaries.cached());

    Files.writeString(config.resolve("moniker/other.tsv"), "place\t-\tQuuxville\n");
    dictionaries.get("entities_path", List.of("moniker/other.tsv"));
    assertEquals(2, dictionaries.cached());
    assertSame(EntityDictionary.defaults(), dictionaries.get("entities_path", List.of()));
  }

  public void testAPathOutsideTheConfigDirectoryIsRefused() {
    ConfigDictionaries dictionaries = new ConfigDictionaries(createTempDir());
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> dictionaries.get("entities_path", List.of("../etc/passwd")));
    assertTrue(e.getMessage(), e.getMessage().contains("inside the node's config directory"));
  }
}
