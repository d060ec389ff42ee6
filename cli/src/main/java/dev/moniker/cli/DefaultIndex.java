package dev.moniker.cli;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.MonikerOptions;
import dev.moniker.index.IndexDirectory;
import dev.moniker.index.IndexReport;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
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
   * Runs one search on the default index, seeding it with the samples first when it does not
   * exist, and rebuilding a samples-only index that an older Moniker analysed. The index is
   * opened once: a start-up cost every command pays otherwise.
   */
  static SearchResult search(SearchRequest request, PrintWriter err, MonikerOptions options) {
    Path index = location();
    if (IndexDirectory.exists(index)) {
      try (Moniker moniker = Moniker.open(index, options)) {
        return moniker.search(request);
      } catch (MonikerException e) {
        if (e.kind() != MonikerException.Kind.INDEX_INCOMPATIBLE || !Files.exists(samplesOnlyMarker(index))) {
          throw e;
        }
      }
      deleteIndex(index);
    }
    try (Moniker moniker = Moniker.open(index, options)) {
      seed(moniker, index, err);
      return moniker.search(request);
    }
  }

  /**
   * The default index, ready to search: seeded with the samples when it does not exist, and a
   * samples-only index that an older Moniker analysed rebuilt; for a server that keeps it open.
   */
  static Path prepareForSearch(PrintWriter err, MonikerOptions options) {
    search(SearchRequest.of("*:*").limit(1).highlight(false), err, options);
    return location();
  }

  /** The default index is about to receive the user's own articles: never rebuild it again. */
  static void claim(Path index) throws IOException {
    Files.deleteIfExists(samplesOnlyMarker(index));
  }

  /** Indexes the bundled samples into the (new) default index through {@code moniker}. */
  private static void seed(Moniker moniker, Path index, PrintWriter err) {
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
          report = moniker.index(List.of(jar.getPath("/dev/moniker/cli/seeds")));
        }
      } else {
        report = moniker.index(List.of(Path.of(uri)));
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
