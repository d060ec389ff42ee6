package dev.moniker.entities;

import dev.moniker.Internal;

/**
 * One word of text as the recognizer sees it.
 *
 * @param original the word as written, without a possessive {@code 's}
 * @param folded its {@link Folding folded} form
 * @param gapBefore characters between the previous word's end and this word's start, or -1 for
 *     the first word of the text: 1 means a single space or hyphen, so the two belong together
 * @param possessive whether the text wrote it with a possessive ({@code Moon's})
 */
@Internal
public record Word(String original, String folded, int gapBefore, boolean possessive) {

  public Word(String original, String folded, int gapBefore) {
    this(original, folded, gapBefore, false);
  }

  public boolean capitalized() {
    return !original.isEmpty() && Character.isUpperCase(original.codePointAt(0));
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
    if (original.isEmpty()) {
      return false;
    }
    char c = original.charAt(0);
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.UnicodeScript.of(original.codePointAt(0)) == Character.UnicodeScript.LATIN;
  }

  public boolean nativeScript() {
    if (original.isEmpty() || original.charAt(0) < 0x80) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(original.codePointAt(0));
    return s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN;
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

  /** Joined to the word before by one space or hyphen (or nothing, between CJK characters). */
  public boolean joinedToPrevious() {
    return gapBefore == 1 || (gapBefore == 0 && nativeScript());
  }
}
