package dev.moniker.entities;

import java.util.List;

/**
 * A recognised mention: the next {@code words} words of the text name {@code entity}.
 *
 * @param reason why the words were taken for the entity, for {@code moniker analyze}
 * @param also further entities the same words name at once (<i>the two Koreas</i>)
 */
public record Mention(int words, Entity entity, Reason reason, List<Entity> also) {

  /**
   * A rule's answer that these words name nothing and that no later rule may say otherwise: a
   * pronoun in capitals, or a name that several known people fit.
   */
  static final Mention STOP = new Mention(0, null, null, List.of());

  public Mention(int words, Entity entity, Reason reason) {
    this(words, entity, reason, List.of());
  }

  /**
   * A {@link #STOP} over the next {@code words} words: known entities share their spelling and
   * nothing told which one they mean. A shape of no more words may not make a new, unknown
   * entity of them (<i>Port Arthur</i>, Lüshun or the Texas town, is no third place).
   */
  static Mention ambiguous(int words) {
    return new Mention(words, null, null, List.of());
  }

  /** Whether this answer stops the rules: {@link #STOP}, or {@link #ambiguous}. */
  boolean stops() {
    return entity == null;
  }

  /** How a mention was recognised. */
  public enum Reason {
    /** A spelling listed in the dictionary (up to case, accents, apostrophes and hyphens). */
    DICTIONARY,
    /** Hangul or Chinese characters listed in the dictionary. */
    NATIVE_SCRIPT,
    /** An unlisted romanization whose syllables fit exactly one known Korean or Chinese name. */
    ROMANIZATION,
    /** An unknown East Asian personal name (Korean, Chinese, Cantonese, Japanese, Vietnamese), recognised by its shape. */
    NAME_SHAPE,
    /** An unknown personal name in Western order: a given name, initials, a surname. */
    GIVEN_NAME,
    /** An unknown person written as initials and a surname: <i>R.W. Hudson</i>. */
    INITIALS,
    /** An unknown organisation by its shape: <i>Allegheny County Sanitary Authority</i>. */
    ORG_SHAPE,
    /** An unknown place by its shape: <i>Sarasota County</i>, <i>Raeford Road</i>. */
    PLACE_SHAPE,
    /**
     * A family name alone: the person last named in full, or the one known bearer that the
     * article's date, the people it names and each bearer's prominence single out.
     */
    SHORT_MENTION,
    /** A word for a country's people or things (<i>Soviet</i>, <i>North Korean</i>). */
    DEMONYM,
    /** A known name damaged by print or scanning (<i>Sta1in</i>, <i>Pyong-</i> at a line end). */
    SCAN_REPAIR,
    /** A capitalised one-letter misspelling of an entity the text already names. */
    TYPO
  }
}
