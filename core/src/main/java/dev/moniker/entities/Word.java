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
 * @param marksBefore the punctuation in that gap, as {@link #COMMA}, {@link #PERIOD} ... bits, or
 *     {@link #UNKNOWN_MARKS} where the analysis could not see the text (a chain without the
 *     recording reader): then a two-character gap may be a comma or a period
 */
@Internal
public record Word(String original, String folded, int gapBefore, boolean possessive, int marksBefore) {

  /** The punctuation between two words was not seen. */
  public static final int UNKNOWN_MARKS = -1;
  /** A comma. */
  public static final int COMMA = 1;
  /** A period, question or exclamation mark. */
  public static final int PERIOD = 2;
  /** An apostrophe or right single quote (<i>Workers' Party</i>). */
  public static final int APOSTROPHE = 4;
  /** An ampersand (<i>Delta &amp; Pine</i>). */
  public static final int AMPERSAND = 8;
  /** Any other mark: brackets, colons, dashes. */
  public static final int OTHER = 16;
  /** A double quotation mark, straight or curly, or an opening single one. */
  public static final int QUOTE = 32;

  public Word(String original, String folded, int gapBefore, boolean possessive) {
    this(original, folded, gapBefore, possessive, UNKNOWN_MARKS);
  }

  public Word(String original, String folded, int gapBefore) {
    this(original, folded, gapBefore, false);
  }

  /** The marks (bits) among {@code text[from, to)}; white space and hyphens count for none. */
  public static int marksOf(char[] text, int from, int to) {
    int marks = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c == ',') {
        marks |= COMMA;
      } else if (c == '.' || c == '?' || c == '!') {
        marks |= PERIOD;
      } else if (c == '\'' || c == '\u2019') {
        marks |= APOSTROPHE;
      } else if (c == '&') {
        marks |= AMPERSAND;
      } else if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u2018') {
        marks |= QUOTE;
      } else if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && !Character.isSpaceChar(c)) {
        marks |= OTHER;
      }
    }
    return marks;
  }

  /**
   * A comma and a space before this word (<i>Lumberton, N.C.</i>; <i>Endy Bayuni, a senior
   * editor</i>); where the marks are unknown, any two-character gap.
   */
  public boolean afterComma() {
    return gapBefore == 2 && (marksBefore == UNKNOWN_MARKS || marksBefore == COMMA);
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
        || (gapBefore == 2 && (previous.initials() || ABBREVIATED_LEADS.contains(previous.original())))
        || afterPluralPossessive(previous) || afterAmpersand();
  }

  /**
   * After a plural's possessive apostrophe, which the tokenizer leaves out of the word: the
   * <i>Workers' Party</i>, <i>Veterans' Affairs</i>. Only where the text's punctuation was seen.
   */
  public boolean afterPluralPossessive(Word previous) {
    return gapBefore == 2 && marksBefore == APOSTROPHE && previous.folded().endsWith("s");
  }

  /** After an ampersand between spaces: <i>Delta &amp; Pine Land Company</i>. */
  public boolean afterAmpersand() {
    return gapBefore == 3 && marksBefore == AMPERSAND;
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
