package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.ReaderSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link EntityDictionary} from dictionary files: reads the bundled lines, the user's
 * files in order and the demonym list, feeds them to {@link DictionaryTables}, and fingerprints
 * what it read, so that an index knows which dictionary built it. Used once, then dropped.
 */
final class DictionaryBuilder {

  private static final String DEMONYMS = "/dev/moniker/world/demonyms.tsv";

  private final DictionaryTables tables = new DictionaryTables();
  private final MessageDigest digest = sha256();

  private DictionaryBuilder() {}

  /**
   * The bundled files plus named sources in the dictionary format, read in order.
   *
   * @param demonyms whether words for a country's people or things stand for the country
   */
  static EntityDictionary build(Map<String, ReaderSource> sources, boolean demonyms) {
    DictionaryBuilder b = new DictionaryBuilder();
    b.addAll(BundledEntities.lines(), true);
    try {
      for (Map.Entry<String, ReaderSource> source : sources.entrySet()) {
        try (Reader r = source.getValue().open()) {
          b.addAll(EntityFileParser.parse(r, source.getKey()), false);
        }
      }
      if (demonyms) {
        b.readDemonyms();
      } else {
        b.digest.update("demonyms=off".getBytes(StandardCharsets.UTF_8));
      }
      return new EntityDictionary(b.tables.contents(HexFormat.of().formatHex(b.digest.digest(), 0, 6)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void addAll(List<EntityFileParser.Line> lines, boolean bundled) {
    for (EntityFileParser.Line line : lines) {
      digest.update(
          (line.type() + "\t" + line.lang() + "\t" + line.canonical() + "\t" + line.aliases()
                  + "\t" + line.attributes() + "\n")
              .getBytes(StandardCharsets.UTF_8));
      tables.add(line, bundled);
    }
  }

  /**
   * Reads {@code demonyms.tsv}: word, the places it stands for ({@code |}-separated), an optional
   * {@code plural-countries} flag and an optional era. Only the lines whose places this
   * dictionary knows count towards the fingerprint.
   */
  private void readDemonyms() throws IOException {
    try (InputStream in = DictionaryBuilder.class.getResourceAsStream(DEMONYMS)) {
      if (in == null) {
        return;
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          continue;
        }
        String[] targets = cols[1].split("\\|");
        boolean both = cols.length > 2 && cols[2].strip().equals("plural-countries");
        if (targets.length > 1 && !both) {
          continue; // "Korean": one of several countries, and the word does not say which
        }
        List<Integer> places = new ArrayList<>();
        for (String canonical : targets) {
          Integer o = tables.placeOrBody(canonical.strip()); // a party, for its members' word
          if (o != null) {
            places.add(o);
          }
        }
        if (places.isEmpty()) {
          continue; // a demonym of a place this dictionary does not know
        }
        int[] years = cols.length > 3 ? yearRange(cols[3].strip()) : null;
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        String key = String.join(" ", SpellingWords.folded(cols[0].strip()));
        if (!key.isEmpty()) {
          tables.addDemonym(key, places, years);
        }
      }
    }
  }

  private static int[] yearRange(String range) {
    int dash = range.indexOf('-', 1);
    if (range.isEmpty() || dash < 0) {
      return null;
    }
    return new int[] {Integer.parseInt(range.substring(0, dash).strip()), Integer.parseInt(range.substring(dash + 1).strip())};
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
