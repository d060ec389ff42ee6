package dev.moniker.entities;

/**
 * Whether a folded Latin word reads whole as Japanese in Hepburn romanization, the press's
 * spelling of Japanese names: morae of an optional consonant (<i>k, sh, ch, ts, ky, ...</i>) and a
 * vowel, the moraic <i>n</i> (<i>m</i> before <i>b, m, p</i>: <i>Shimbun</i>), and doubled
 * consonants (<i>Hokkaido</i>, <i>Matsuda</i>), and <i>oh</i> for a long o (<i>Ohtani</i>). Kunrei spellings (<i>si, ti, tu, hu, zi</i>) and
 * letters Japanese lacks (<i>l, c, q, v, x</i>) do not read, which keeps out most Western,
 * Chinese and Korean words: <i>Kishi</i> and <i>Yanagida</i> read, <i>Hudson</i> and <i>Zhou</i> do
 * not.
 */
final class Morae {

  private Morae() {}

  /** The number of morae in the word, or -1 when it does not read whole as Hepburn. */
  static int count(String w) {
    int morae = 0;
    int i = 0;
    int n = w.length();
    while (i < n) {
      char c = w.charAt(i);
      if (isVowel(c)) {
        i++;
        if (c == 'o' && i < n && w.charAt(i) == 'h' && (i + 1 == n || !isVowel(w.charAt(i + 1)))) {
          i++; // "Ohtani", "Ohno": oh writes a long o
        }
      } else if ((c == 'n' || c == 'm') && moraicN(w, i)) {
        i++;
      } else if (i + 1 < n && c == w.charAt(i + 1) && "kstpgbdzrm".indexOf(c) >= 0 && c != 'n') {
        i++; // a doubled consonant: its first half is a mora of its own
      } else if (c == 't' && w.startsWith("tch", i)) {
        i++;
      } else {
        int onset = onset(w, i);
        if (onset == 0 || i + onset >= n || !isVowel(w.charAt(i + onset)) || !allowed(w, i, onset)) {
          return -1;
        }
        i += onset + 1;
      }
      morae++;
    }
    return morae;
  }

  private static boolean moraicN(String w, int i) {
    char c = w.charAt(i);
    if (i + 1 >= w.length()) {
      return c == 'n' && i > 0; // a word-final n ("Ken", "Shinzen")
    }
    char next = w.charAt(i + 1);
    if (c == 'm') {
      return i > 0 && (next == 'b' || next == 'm' || next == 'p');
    }
    return i > 0 && !isVowel(next) && next != 'y';
  }

  /** The length of the consonant onset at i: one or two letters, or 0 for none Hepburn has. */
  private static int onset(String w, int i) {
    char c = w.charAt(i);
    char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
    if ((c == 's' || c == 'c') && next == 'h') {
      return 2; // sh, ch
    }
    if (c == 't' && next == 's') {
      return 2; // ts (tsu)
    }
    if ("kgnhbpmr".indexOf(c) >= 0 && next == 'y') {
      return 2; // kya, ryo, ...
    }
    return "kgsztdnhbpmyrwfj".indexOf(c) >= 0 ? 1 : 0;
  }

  /** Hepburn syllables only: no si, ti, tu, hu, zi, di, du, yi, ye, wi, wu, we; f only in fu. */
  private static boolean allowed(String w, int i, int onset) {
    String syllable = w.substring(i, i + onset + 1);
    if (onset == 2) {
      char v = syllable.charAt(2);
      return switch (syllable.substring(0, 2)) {
        case "sh", "ch" -> true;
        case "ts" -> v == 'u';
        default -> v == 'a' || v == 'u' || v == 'o';
      };
    }
    return switch (syllable) {
      case "si", "ti", "tu", "hu", "zi", "di", "du", "yi", "ye", "wi", "wu", "we", "wo" -> false;
      default -> syllable.charAt(0) != 'f' || syllable.equals("fu");
    };
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
  }
}
