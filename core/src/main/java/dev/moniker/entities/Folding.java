package dev.moniker.entities;

import dev.moniker.Internal;
import java.text.Normalizer;

/**
 * Reduces a word to the form names are compared in: lower case, no accents or breves, no
 * strokes ({@code Đ} is {@code d}, {@code ł} is {@code l}), no apostrophes or dots. {@code Ch'oe}, {@code Chʻoe} and {@code CH'OE} all become {@code choe};
 * {@code U.S} becomes {@code us}. Hangul and Chinese characters pass unchanged.
 */
@Internal
public final class Folding {

  private Folding() {}

  /**
   * Folds {@code len} chars of {@code in} into {@code out}; returns the folded length. {@code out}
   * must hold {@link #maxFoldedLength(int) maxFoldedLength(len)} chars: decomposing for accent
   * removal makes a Hangul syllable three jamo before they are put back together.
   */
  public static int fold(char[] in, int len, char[] out) {
    int n = 0;
    for (int i = 0; i < len; i++) {
      char c = in[i];
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          out[n++] = (char) (c + ('a' - 'A'));
        } else if (c != '\'' && c != '.' && c != '`') {
          out[n++] = c;
        }
      } else {
        return foldSlow(in, len, out);
      }
    }
    return n;
  }

  /** Folds a whole string; for loading dictionaries, not for the per-token path. */
  public static String fold(String s) {
    char[] out = new char[maxFoldedLength(s.length())];
    int n = fold(s.toCharArray(), s.length(), out);
    return new String(out, 0, n);
  }

  /** The buffer {@link #fold(char[], int, char[])} needs for {@code len} chars. */
  public static int maxFoldedLength(int len) {
    return len * 4 + 4;
  }

  private static int foldSlow(char[] in, int len, char[] out) {
    String decomposed = Normalizer.normalize(new String(in, 0, len), Normalizer.Form.NFD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int t = Character.getType(c);
      if (t == Character.NON_SPACING_MARK || isApostrophe(c) || c == '.') {
        continue;
      }
      String letters = withoutStroke(Character.toLowerCase(c));
      if (letters != null) {
        kept.append(letters);
        continue;
      }
      kept.append(Character.toLowerCase(c));
    }
    // Hangul decomposes into jamo under NFD: put syllables back together.
    String recomposed = Normalizer.normalize(kept, Normalizer.Form.NFC);
    int n = Math.min(recomposed.length(), out.length); // never cut with maxFoldedLength
    recomposed.getChars(0, n, out, 0);
    return n;
  }

  /**
   * The Latin letters that carry their mark in the letter itself, which decomposition leaves as
   * they are: Vietnamese <i>đ</i> (<i>Đặng</i> is Dang), Polish <i>ł</i>, Danish <i>ø</i>, and
   * the ligatures, as ASCII letters; null for any other letter.
   */
  private static String withoutStroke(char lower) {
    return switch (lower) {
      case 'đ', 'ð' -> "d";
      case 'ł' -> "l";
      case 'ø' -> "o";
      case 'ħ' -> "h";
      case 'ı' -> "i";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'ß' -> "ss";
      case 'þ' -> "th";
      default -> null;
    };
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʻ' || c == 'ʼ' || c == '`' || c == '´';
  }

  /** The form of a canonical name inside an index term: lower case, spaces as underscores. */
  static String termForm(String canonical) {
    return canonical.trim().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
  }
}
