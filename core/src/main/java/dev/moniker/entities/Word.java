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
 * gapBefore}, {@code possessive}, {@code marksBefore}).
 */
@Internal
public final class Word {

  private static final int CAPITALIZED = 1;
  private static final int LATIN = 2;
  private static final int NATIVE_SCRIPT = 4;
  private static final int INITIALS = 8;
  private static final int JOINED = 16;

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
  /** A hyphen (<i>Iringe-Koko</i>). */
  public static final int HYPHEN = 64;

  private final String original;
  private final String folded;
  private final int gapBefore;
  private final boolean possessive;
  private final int marksBefore;
  private final int shape;

  /**
   * @param original the word as written, without a possessive {@code 's}
   * @param folded its {@link Folding folded} form
   * @param gapBefore characters between the previous word's end and this word's start, or -1 for
   *     the first word of the text: 1 means a single space or hyphen, so the two belong together
   * @param possessive whether the text wrote it with a possessive ({@code Moon's})
   * @param marksBefore the punctuation in that gap, as {@link #COMMA}, {@link #PERIOD} ... bits, or
   *     {@link #UNKNOWN_MARKS} where the analysis could not see the text (a chain without the
   *     recorded text): then a two-character gap may be a comma or a period
   */
  public Word(String original, String folded, int gapBefore, boolean possessive, int marksBefore) {
    this.original = original;
    this.folded = folded;
    this.gapBefore = gapBefore;
    this.possessive = possessive;
    this.marksBefore = marksBefore;
    this.shape = shapeOf(original, gapBefore, marksBefore);
  }

  public Word(String original, String folded, int gapBefore, boolean possessive) {
    this(original, folded, gapBefore, possessive, UNKNOWN_MARKS);
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

  /** The punctuation marks (bits) in the gap before it, or {@link #UNKNOWN_MARKS}. */
  public int marksBefore() {
    return marksBefore;
  }

  /** The marks (bits) among {@code text[from, to)}; white space counts for none. */
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
      } else if (c == '-' || c == '\u2010') {
        marks |= HYPHEN;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
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
        || (gapBefore == 2 && (previous.initials() || ABBREVIATED_LEADS.contains(previous.original())
            || (GivenNameAbbreviations.FORMAL.containsKey(previous.original()) && (marksBefore == PERIOD || marksBefore == UNKNOWN_MARKS))))
        || afterPluralPossessive(previous) || afterAmpersand();
  }

  /**
   * After a plural's possessive apostrophe, which the tokenizer leaves out of the word: the
   * <i>Workers' Party</i>, <i>Veterans' Affairs</i>. Only where the text's punctuation was seen.
   */
  public boolean afterPluralPossessive(Word previous) {
    return gapBefore == 2 && marksBefore == APOSTROPHE && previous.folded().endsWith("s");
  }

  /** Joined to the word before by a hyphen alone (<i>García-López</i>), where the marks were seen. */
  public boolean afterHyphen() {
    return gapBefore == 1 && marksBefore == HYPHEN;
  }

  /** After an ampersand between spaces: <i>Delta &amp; Pine Land Company</i>. */
  public boolean afterAmpersand() {
    return gapBefore == 3 && marksBefore == AMPERSAND;
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

  private static int shapeOf(String original, int gapBefore, int marksBefore) {
    boolean joined = gapBefore == 1 && !separates(marksBefore) && !isWeekday(original);
    if (original.isEmpty()) {
      return joined ? JOINED : 0;
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
    if (joined || (gapBefore == 0 && (shape & NATIVE_SCRIPT) != 0)) {
      shape |= JOINED;
    }
    return shape;
  }

  /**
   * Whether the one character between two words keeps them apart although there is no space: a
   * slash, a bracket, a colon, a comma (<i>Steve Herman/VOA</i>, <i>Seoul/Pyongyang</i>). A
   * hyphen, an apostrophe or a period joins as a space does (<i>Jong-un</i>); unknown marks join.
   */
  private static boolean separates(int marksBefore) {
    return marksBefore != UNKNOWN_MARKS && (marksBefore & (OTHER | COMMA)) != 0;
  }

  private static final java.util.Set<String> WEEKDAYS = java.util.Set.of(
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  /**
   * A day of the week continues no name: news writes the day right after a name (<i>said in
   * Washington Wednesday</i>, <i>met Obama Friday</i>), and read as joined it made a longer,
   * unknown name of both. The cost: a name ending in a weekday (<i>Billy Sunday</i>).
   */
  private static boolean isWeekday(String original) {
    return original.length() >= 6 && original.endsWith("day") && WEEKDAYS.contains(original);
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
        && marksBefore == w.marksBefore
        && Objects.equals(original, w.original)
        && Objects.equals(folded, w.folded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, folded, gapBefore, possessive, marksBefore);
  }

  @Override
  public String toString() {
    return "Word[original=" + original + ", folded=" + folded + ", gapBefore=" + gapBefore
        + ", possessive=" + possessive + ", marksBefore=" + marksBefore + "]";
  }
}
