package dev.moniker.entities;

/**
 * A person, place or organisation under its one canonical name.
 *
 * @param type what it is
 * @param canonical the name shown for it in results and facets
 * @param lang naming tradition: {@code ko}, {@code zh}, or {@code -}; decides which romanization
 *     rules apply and that the first word of a person's name is the family name
 * @param known whether it comes from a dictionary, rather than being recognised from the shape
 *     of an unknown Korean or Chinese name
 */
public record Entity(EntityType type, String canonical, String lang, boolean known) {

  /** The term that stands for this entity in the index, e.g. {@code person:kim_jong-un}. */
  public String term() {
    return type.label() + ":" + Folding.termForm(canonical);
  }
}
