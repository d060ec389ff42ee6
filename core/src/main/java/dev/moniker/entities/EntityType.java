package dev.moniker.entities;

import java.util.Locale;

/** The kinds of entity Moniker recognises; {@link #label()} is the name used in files and JSON. */
public enum EntityType {
  PERSON,
  PLACE,
  ORG;

  /** Made once: the label is asked for per hit, per token and per facet value. */
  private final String label = name().toLowerCase(Locale.ROOT);

  public String label() {
    return label;
  }

  /**
   * Whether {@code term} is an entity's index term ({@code person:kim_jong-un}, see {@link
   * Entity#term()}) rather than a word.
   */
  public static boolean isEntityTerm(String term) {
    int colon = term.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    for (EntityType t : values()) {
      if (term.regionMatches(0, t.label(), 0, colon) && t.label().length() == colon) {
        return true;
      }
    }
    return false;
  }

  /** The type named {@code label} ({@code person}, {@code place} or {@code org}). */
  public static EntityType of(String label) {
    for (EntityType t : values()) {
      if (t.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    String shown = label.strip().replaceAll("[\\s\\p{Cc}]+", " ");
    throw new IllegalArgumentException(
        "unknown entity type '"
            + (shown.length() <= 40 ? shown : shown.substring(0, 40) + "…")
            + "' (expected person, place or org)");
  }
}
