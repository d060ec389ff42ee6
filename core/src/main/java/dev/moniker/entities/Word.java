package dev.moniker.entities;

import dev.moniker.Internal;
import java.util.Objects;

/**
 * One word of text as the recognizer sees it.
 *
 * <p>The facts of its shape that the rules ask for again and again (a capital, the script, the
 * gap before it, initials) are worked out once, when the word is made: about twenty rules look at
 * each capitalised word, and each read the first character anew, which showed in profiles. A
 * value with the equality of the record it was ({@code original}, {@code folded}, {@code
 * gapBefore}, {@code possessive}).
 */
@Internal
public final class Word {

  private static final int CAPITALIZED = 1;
  private static final int LATIN = 2;
  private static final int NATIVE_SCRIPT = 4;
  private static final int INITIALS = 8;
  private static final int JOINED = 16;

  private final String original;
  private final String folded;
  private final int gapBefore;
  private final boolean possessive;
  private final int shape;

  /**
   * @param original the word as written, without a possessive {@code 's}
   * @param folded its {@link Folding folded} form
   * @param gapBefore characters between the previous word's end and this word's start, or -1 for
   *     the first word of the text: 1 means a single space or hyphen, so the two belong together
   * @param possessive whether the text wrote it with a possessive ({@code Moon's})
   */
  public Word(String original, String folded, int gapBefore, boolean possessive) {
    this.original = original;
    this.folded = folded;
    this.gapBefore = gapBefore;
    this.possessive = possessive;
    this.shape = shapeOf(original, gapBefore);
  }

  public Word(String original, String folded, int gapBefore) {
    this(original, folded, gapBefore, false);
  }

  /** The word as written, without a possessive {@code 's}. */
  public String original() {
    return original;
  }

  /** Its {@link Folding folded} form. */
  public String folded() {
    return folded;
  }

  /** Characters since the previous word's end, or -1 for the first word of the text. */
  public int gapBefore() {
    return gapBefore;
  }

  /** Whether the text wrote it with a possessive ({@code Moon's}). */
  public boolean possessive() {
    return possessive;
  }

  public boolean capitalized() {
    return (shape & CAPITALIZED) != 0;
  }

  /** A word of two or more letters, all capitals: headline or cable style ({@code LET US}). */
  public boolean shouting() {
    int letters = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  public boolean hasLowercase() {
    for (int i = 0; i < original.length(); i++) {
      if (Character.isLowerCase(original.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  public boolean latin() {
    return (shape & LATIN) != 0;
  }

  public boolean nativeScript() {
    return (shape & NATIVE_SCRIPT) != 0;
  }

  /**
   * Whether this word can continue a name after {@code previous}: joined to it, or after an
   * initial or a place name's abbreviated first word and its period ({@code Donald J. Trump},
   * {@code Sung Y. Kim}, {@code St. Louis}, {@code Mt. Vernon}).
   */
  public boolean continuesName(Word previous) {
    return joinedToPrevious()
        || (gapBefore == 2 && (previous.initials() || ABBREVIATED_LEADS.contains(previous.original())));
  }

  /** Saint, Sainte, Mount, Fort and Point as names of places write them, with a period. */
  private static final java.util.Set<String> ABBREVIATED_LEADS = java.util.Set.of("St", "Ste", "Mt", "Ft", "Pt");

  /** One to four capitals written as initials: {@code J}, {@code H.W} (the last period is not part of it). */
  public boolean initials() {
    return (shape & INITIALS) != 0;
  }

  /** Joined to the word before by one space or hyphen (or nothing, between CJK characters). */
  public boolean joinedToPrevious() {
    return (shape & JOINED) != 0;
  }

  private static int shapeOf(String original, int gapBefore) {
    if (original.isEmpty()) {
      return gapBefore == 1 ? JOINED : 0;
    }
    int shape = 0;
    int cp = original.codePointAt(0);
    if (Character.isUpperCase(cp)) {
      shape |= CAPITALIZED;
    }
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
        shape |= LATIN;
      }
    } else {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.LATIN) {
        shape |= LATIN;
      } else if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN) {
        shape |= NATIVE_SCRIPT;
      }
    }
    if (isInitials(original)) {
      shape |= INITIALS;
    }
    if (gapBefore == 1 || (gapBefore == 0 && (shape & NATIVE_SCRIPT) != 0)) {
      shape |= JOINED;
    }
    return shape;
  }

  private static boolean isInitials(String original) {
    int n = original.length();
    if (n == 0 || n > 7) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = original.charAt(i);
      boolean letter = i % 2 == 0;
      if (letter ? !(c >= 'A' && c <= 'Z') : c != '.') {
        return false;
      }
    }
    return n % 2 == 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Word w
        && gapBefore == w.gapBefore
        && possessive == w.possessive
        && Objects.equals(original, w.original)
        && Objects.equals(folded, w.folded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, folded, gapBefore, possessive);
  }

  @Override
  public String toString() {
    return "Word[original=" + original + ", folded=" + folded + ", gapBefore=" + gapBefore
        + ", possessive=" + possessive + "]";
  }
}
