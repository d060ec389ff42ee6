package dev.moniker.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Sentence boundaries for highlighted passages, found by one scan over the text: a sentence ends
 * after {@code .}, {@code !}, {@code ?} (and closing quotes or brackets) followed by white space
 * and a character that is not a lower-case letter, after an ideographic full stop, and at a line
 * break. Snippets only need plausible sentences; the JDK's rule-based sentence iterator, which the
 * highlighter uses by default, reads the text through a {@link CharacterIterator} character by
 * character and back again around every match, and cost about a fifth of the highlighting of a
 * search page. Boundaries are absolute indices into the text given, as the highlighter expects.
 */
final class SentenceBreaks extends BreakIterator {

  private CharacterIterator text = new StringCharacterIterator("");
  private int begin;
  private int end;
  /** Every boundary in order, {@code begin} and {@code end} included. */
  private int[] bounds = {0};
  private int count = 1;
  /** Index into {@link #bounds} of the current boundary. */
  private int at;

  @Override
  public void setText(String newText) {
    setText(new StringCharacterIterator(newText));
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    begin = newText.getBeginIndex();
    end = newText.getEndIndex();
    char[] chars = new char[end - begin];
    char c = newText.setIndex(begin);
    for (int i = 0; i < chars.length; i++, c = newText.next()) {
      chars[i] = c;
    }
    findBoundaries(chars);
    at = 0;
  }

  private void findBoundaries(char[] chars) {
    bounds = new int[16];
    count = 0;
    add(begin);
    int i = 0;
    while (i < chars.length) {
      char c = chars[i++];
      if (c == '\n' || c == '\u3002' || c == '\uff01' || c == '\uff1f') {
        i = skipSpaces(chars, i);
        add(begin + i);
      } else if (c == '.' || c == '!' || c == '?') {
        int after = skipClosers(chars, i);
        int next = skipSpaces(chars, after);
        if (next > after && (next == chars.length || !Character.isLowerCase(chars[next]))) {
          i = next;
          add(begin + i);
        }
      }
    }
    if (bounds[count - 1] != end) {
      add(end);
    }
  }

  private static int skipClosers(char[] chars, int i) {
    while (i < chars.length && "\"'\u201d\u2019)]".indexOf(chars[i]) >= 0) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(char[] chars, int i) {
    while (i < chars.length && Character.isWhitespace(chars[i])) {
      i++;
    }
    return i;
  }

  private void add(int boundary) {
    if (count > 0 && bounds[count - 1] == boundary) {
      return;
    }
    if (count == bounds.length) {
      bounds = Arrays.copyOf(bounds, count * 2);
    }
    bounds[count++] = boundary;
  }

  @Override
  public int first() {
    at = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    at = count - 1;
    return bounds[at];
  }

  @Override
  public int next(int n) {
    int target = at + n;
    if (target < 0 || target >= count) {
      at = target < 0 ? 0 : count - 1;
      return DONE;
    }
    at = target;
    return bounds[at];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  /** The first boundary after {@code offset}, or {@link #DONE} when it is the end. */
  @Override
  public int following(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    int index = i >= 0 ? i + 1 : -i - 1;
    if (index >= count) {
      at = count - 1;
      return DONE;
    }
    at = index;
    return bounds[at];
  }

  /** The last boundary before {@code offset}, or {@link #DONE} when it is the start. */
  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    int index = (i >= 0 ? i : -i - 1) - 1;
    if (index < 0) {
      at = 0;
      return DONE;
    }
    at = index;
    return bounds[at];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int i = Arrays.binarySearch(bounds, 0, count, offset);
    if (i >= 0) {
      at = i;
      return true;
    }
    following(offset);
    return false;
  }

  private void checkOffset(int offset) {
    if (offset < begin || offset > end) {
      throw new IllegalArgumentException("offset " + offset + " outside " + begin + ".." + end);
    }
  }

  @Override
  public int current() {
    return bounds[at];
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public Object clone() {
    SentenceBreaks copy = (SentenceBreaks) super.clone();
    copy.bounds = bounds.clone();
    return copy;
  }
}
