package dev.moniker.search;

import dev.moniker.entities.EntityType;
import java.util.Objects;

/**
 * A drill-down: only articles that mention this entity. {@code value} may be any spelling; it is
 * resolved to the canonical name before searching.
 */
public record EntityFilterValue(EntityType type, String value) {

  public EntityFilterValue {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Parses {@code type:value}, e.g. {@code person:Kim Jong-un} or {@code place:"North Korea"}.
   *
   * @throws IllegalArgumentException naming the expected form
   */
  public static EntityFilterValue parse(String spec) {
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) {
      String shown = spec.strip().replaceAll("[\\s\\p{Cc}]+", " ");
      throw new IllegalArgumentException(
          "filter '"
              + (shown.length() <= 40 ? shown : shown.substring(0, 40) + "…")
              + "' is not TYPE:VALUE (e.g. person:\"Kim Jong-un\"; types: person, place, org)");
    }
    String value = spec.substring(colon + 1).strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    return new EntityFilterValue(EntityType.of(spec.substring(0, colon)), value);
  }
}
