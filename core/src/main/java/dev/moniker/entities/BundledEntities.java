package dev.moniker.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The dictionary files that come with the library, parsed once per process: what {@link
 * DictionaryBuilder} starts every dictionary from, and what {@link RomanizedNames} counts its
 * syllables in.
 */
final class BundledEntities {

  /** The people, places and organisations of news about East Asia; required. */
  private static final String ENTITIES = "/dev/moniker/entities/entities.tsv";
  /** Famous people of the whole world, with the years and priors that link a surname alone. */
  private static final String PEOPLE = "/dev/moniker/entities/people-world.tsv";
  /** Countries, states, regions and cities of the world, with populations (GeoNames, CLDR). */
  private static final String PLACES = "/dev/moniker/world/places.tsv";
  /** The organisations news names most. */
  private static final String ORGS = "/dev/moniker/world/orgs.tsv";

  private static final List<EntityFileParser.Line> LINES = read();

  private BundledEntities() {}

  /** Every line of the bundled files, in file order. */
  static List<EntityFileParser.Line> lines() {
    return LINES;
  }

  private static List<EntityFileParser.Line> read() {
    List<EntityFileParser.Line> lines = new ArrayList<>(readResource(ENTITIES, true));
    lines.addAll(readResource(PEOPLE, false));
    lines.addAll(readResource(PLACES, false));
    lines.addAll(readResource(ORGS, false));
    return List.copyOf(lines);
  }

  private static List<EntityFileParser.Line> readResource(String name, boolean required) {
    try (InputStream in = BundledEntities.class.getResourceAsStream(name)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException("missing resource " + name);
        }
        return List.of();
      }
      String file = name.substring(name.lastIndexOf('/') + 1);
      return EntityFileParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
