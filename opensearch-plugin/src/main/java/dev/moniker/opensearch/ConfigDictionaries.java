package dev.moniker.opensearch;

import dev.moniker.entities.EntityDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Entity dictionaries made of the bundled one plus the user's files from the node's config
 * directory, built once per list of files and shared by every index, analyzer and pipeline that
 * names them. A file edited in place is read again by the next index or pipeline that uses it,
 * and the dictionary built from the old version leaves the cache (analyzers already built keep
 * theirs until they are closed), so editing a file many times holds one dictionary, not many.
 */
final class ConfigDictionaries {

  /** One version of one file: an edit changes the key, so the edited file is read again. */
  private record FileVersion(Path path, long modified, long size) {}

  private final Path configDir;
  /** A dictionary and the versions of the files it was built from. */
  private record Built(List<FileVersion> versions, EntityDictionary dictionary) {}

  /** By the list of files, so that a newer version of the files replaces the older one. */
  private final ConcurrentMap<List<Path>, Built> built = new ConcurrentHashMap<>();

  ConfigDictionaries(Path configDir) {
    this.configDir = configDir.toAbsolutePath().normalize();
  }

  /**
   * The dictionary for {@code paths}, each relative to the config directory ({@code
   * moniker/newsroom.tsv}); the bundled dictionary when there are none.
   *
   * @throws IllegalArgumentException naming the setting and what is wrong, for a path outside
   *     the config directory, a missing file or a malformed line
   */
  EntityDictionary get(String setting, List<String> paths) {
    if (paths.isEmpty()) {
      return EntityDictionary.defaults();
    }
    List<FileVersion> versions = new ArrayList<>(paths.size());
    for (String p : paths) {
      versions.add(version(setting, p));
    }
    List<FileVersion> current = List.copyOf(versions);
    List<Path> files = current.stream().map(FileVersion::path).toList();
    return built
        .compute(
            files,
            (key, old) ->
                old != null && old.versions().equals(current) ? old : new Built(current, build(current)))
        .dictionary();
  }

  /** How many dictionaries the cache holds; for tests. */
  int cached() {
    return built.size();
  }

  private FileVersion version(String setting, String relative) {
    Path file = configDir.resolve(relative).normalize();
    if (!file.startsWith(configDir)) {
      throw new IllegalArgumentException(
          "[" + setting + "] must name a file inside the node's config directory, not " + relative);
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "["
              + setting
              + "] entity file not found: "
              + file
              + " (put it in the config directory of every node)");
    }
    try {
      return new FileVersion(file, Files.getLastModifiedTime(file).toMillis(), Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException("[" + setting + "] cannot read " + file, e);
    }
  }

  private static EntityDictionary build(List<FileVersion> files) {
    return EntityDictionary.withFiles(files.stream().map(FileVersion::path).toList());
  }
}
