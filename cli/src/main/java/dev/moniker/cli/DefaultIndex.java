package dev.moniker.cli;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.index.IndexDirectory;
import dev.moniker.index.IndexReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The index used when no {@code --index} is given: {@code $MONIKER_INDEX}, else the platform's
 * per-user data folder. On first use it is filled with the sample articles bundled in the jar, so
 * that a first search has something to find; such a sample-only index is rebuilt silently when a
 * newer Moniker analyses text differently.
 */
final class DefaultIndex {

  private DefaultIndex() {}

  static Path location() {
    String env = System.getenv("MONIKER_INDEX");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String home = System.getProperty("user.home");
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String local = System.getenv("LOCALAPPDATA");
      return Path.of(local != null ? local : home, "Moniker", "index");
    }
    if (os.contains("mac")) {
      return Path.of(home, "Library", "Application Support", "Moniker", "index");
    }
    String data = System.getenv("XDG_DATA_HOME");
    return Path.of(data != null && !data.isBlank() ? data : home + "/.local/share", "moniker", "index");
  }

  /** Marks a default index that holds nothing but the bundled samples. */
  private static Path samplesOnlyMarker(Path index) {
    return index.resolveSibling(index.getFileName() + ".samples-only");
  }

  /**
   * Makes sure the default index exists (seeding it with the samples) and is usable; returns its
   * location.
   */
  static Path prepareForSearch(PrintWriter err, List<Path> entityFiles) {
    Path index = location();
    if (IndexDirectory.exists(index)) {
      if (!Files.exists(samplesOnlyMarker(index)) || isCompatible(index, entityFiles)) {
        return index;
      }
      deleteIndex(index);
    }
    seed(index, err, entityFiles);
    return index;
  }

  /** The default index is about to receive the user's own articles: never rebuild it again. */
  static void claim(Path index) throws IOException {
    Files.deleteIfExists(samplesOnlyMarker(index));
  }

  private static boolean isCompatible(Path index, List<Path> entityFiles) {
    try (Moniker m = Moniker.open(index, entityFiles)) {
      m.size();
      return true;
    } catch (MonikerException e) {
      return e.kind() != MonikerException.Kind.INDEX_INCOMPATIBLE;
    }
  }

  private static void seed(Path index, PrintWriter err, List<Path> entityFiles) {
    try {
      Files.createDirectories(index);
      URL samples = DefaultIndex.class.getResource("seeds");
      if (samples == null) {
        throw new MonikerException(
            MonikerException.Kind.INDEX_NOT_FOUND,
            "no index at " + index + " and no bundled samples; run: moniker index PATH...");
      }
      URI uri = samples.toURI();
      IndexReport report;
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          report = indexInto(index, jar.getPath("/dev/moniker/cli/seeds"), entityFiles);
        }
      } else {
        report = indexInto(index, Path.of(uri), entityFiles);
      }
      Files.writeString(samplesOnlyMarker(index), "bundled sample articles only\n");
      err.printf(
          "First run: indexed the %d bundled sample articles into %s%n",
          report.indexed(), index);
      err.flush();
    } catch (IOException | URISyntaxException e) {
      throw new MonikerException(
          MonikerException.Kind.IO, "cannot create the default index at " + index + ": " + e, e);
    }
  }

  private static IndexReport indexInto(Path index, Path samples, List<Path> entityFiles) {
    try (Moniker moniker = Moniker.open(index, entityFiles)) {
      return moniker.index(List.of(samples));
    }
  }

  private static void deleteIndex(Path index) {
    try (Stream<Path> files = Files.walk(index)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new MonikerException(
          MonikerException.Kind.IO,
          "cannot rebuild the sample index at " + index + ": " + e.getMessage(),
          e);
    }
  }
}
