package dev.moniker.entities;

/**
 * A recognised mention: the next {@code words} words of the text name {@code entity}.
 *
 * @param reason why the words were taken for the entity, for {@code moniker analyze}
 */
public record Mention(int words, Entity entity, Reason reason) {

  /** How a mention was recognised. */
  public enum Reason {
    /** A spelling listed in the dictionary (up to case, accents, apostrophes and hyphens). */
    DICTIONARY,
    /** Hangul or Chinese characters listed in the dictionary. */
    NATIVE_SCRIPT,
    /** An unlisted romanization whose syllables fit exactly one known Korean or Chinese name. */
    ROMANIZATION,
    /** An unknown Korean or Chinese personal name, recognised by its shape. */
    NAME_SHAPE,
    /** A family name alone, standing for the person last named in full, or the only one known. */
    SHORT_MENTION,
    /** A capitalised one-letter misspelling of an entity the text already names. */
    TYPO
  }
}
