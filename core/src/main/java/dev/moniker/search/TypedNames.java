package dev.moniker.search;

import dev.moniker.analysis.EntityAttribute;
import dev.moniker.entities.Folding;
import dev.moniker.entities.Mention;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The entities a piece of query text names, each with the words the user typed for it, folded. */
final class TypedNames {

  private TypedNames() {}

  /** Entity term to the folded words of each spelling typed for it. */
  static Map<String, List<List<String>>> of(Analyzer queryAnalyzer, String text) {
    Map<String, List<List<String>>> out = new HashMap<>();
    try (TokenStream ts = queryAnalyzer.tokenStream("body", text)) {
      EntityAttribute entity = ts.addAttribute(EntityAttribute.class);
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (entity.entity() != null && needsUnlinked(entity.reason(), offset, text)) {
          List<String> words = words(text.substring(offset.startOffset(), offset.endOffset()));
          if (!words.isEmpty()) {
            List<List<String>> spellings = out.computeIfAbsent(term.toString(), k -> new ArrayList<>());
            if (!spellings.contains(words)) {
              spellings.add(words);
            }
          }
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a string
    }
    return out;
  }

  /**
   * A listed spelling of several words is linked wherever it stands in an article: only a single
   * word (a family name alone) or a spelling recognised by its syllables may have been left
   * unlinked there, where the article's context decided differently or not at all.
   */
  private static boolean needsUnlinked(Mention.Reason reason, OffsetAttribute offset, String text) {
    boolean listed = reason == Mention.Reason.DICTIONARY || reason == Mention.Reason.NATIVE_SCRIPT;
    return !listed || words(text.substring(offset.startOffset(), offset.endOffset())).size() == 1;
  }

  private static List<String> words(String spelling) {
    List<String> words = new ArrayList<>();
    try (StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(tokenizer)) {
      tokenizer.setReader(new StringReader(spelling));
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(Folding.fold(term.toString()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
