package dev.moniker.entities;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A dictionary spelling read as the analysis reads text, so that a spelling is stored under the
 * words a text will give: tokenized, possessive dropped, folded. Also how a spelling is written
 * (capitals only, native script), which decides where it may match.
 */
final class SpellingWords {

  /**
   * One tokenizer per thread for spellings: building a StandardTokenizer allocates its scanner's
   * buffers, which for a dictionary of a hundred thousand spellings cost seconds.
   */
  private static final ThreadLocal<SpellingWords> PER_THREAD = ThreadLocal.withInitial(SpellingWords::new);

  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final TokenStream stream = new EnglishPossessiveFilter(tokenizer);
  private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);

  private SpellingWords() {}

  /** Words of a spelling as the analysis sees them: tokenized, possessive dropped, folded. */
  static List<String> folded(String spelling) {
    if (isPlainWords(spelling)) {
      // Letters and single spaces only, most of the world's place names: the tokenizer would
      // split at the spaces and change nothing else, so skip its cost.
      List<String> words = new ArrayList<>(4);
      for (String w : spelling.split(" ")) {
        words.add(Folding.fold(w));
      }
      return words;
    }
    return PER_THREAD.get().words(spelling);
  }

  /** A short spelling in capitals ({@code US}, {@code U.N.}): it matches only text in capitals. */
  static boolean isCapitalsOnly(String spelling) {
    boolean letter = false;
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter && spelling.replace(".", "").length() <= 6;
  }

  /**
   * Whether a one-word spelling is told from an English word only by its capitals inside
   * (<i>LeT</i> for Lashkar-e-Taiba, <i>MoD</i>): it is read only where the text writes capitals
   * inside or all capitals, never for <i>Let</i> starting a sentence.
   */
  static boolean isCaseMarked(String spelling) {
    if (spelling.length() < 2 || spelling.indexOf(' ') >= 0 || !Character.isUpperCase(spelling.charAt(0))) {
      return false;
    }
    boolean innerCapital = false;
    boolean lower = false;
    for (int i = 1; i < spelling.length(); i++) {
      innerCapital |= Character.isUpperCase(spelling.charAt(i));
      lower |= Character.isLowerCase(spelling.charAt(i));
    }
    return innerCapital && lower && WordList.English.WORDS.contains(spelling.toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a spelling has Hangul or Han characters. */
  static boolean isNativeScript(String s) {
    return s.codePoints()
        .anyMatch(
            cp -> {
              Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
              return sc == Character.UnicodeScript.HANGUL || sc == Character.UnicodeScript.HAN;
            });
  }

  private static boolean isPlainWords(String s) {
    if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && !(c == ' ' && s.charAt(i - 1) != ' ')) {
        return false;
      }
    }
    return true;
  }

  private List<String> words(String spelling) {
    List<String> words = new ArrayList<>(4);
    try {
      tokenizer.setReader(new StringReader(spelling));
      stream.reset();
      while (stream.incrementToken()) {
        words.add(Folding.fold(term.toString()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return words;
  }
}
