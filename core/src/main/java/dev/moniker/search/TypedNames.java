package dev.moniker.search;

import dev.moniker.analysis.EntityAttribute;
import dev.moniker.entities.EntityType;
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

/** The entities a piece of query text names, each with the words the user typed for it. */
final class TypedNames {

  /**
   * What a query for one entity also searches as words.
   *
   * @param unlinked folded spellings to match as unlinked-name tokens (a surname alone, a
   *     spelling read by its syllables)
   * @param surnameAndRest a person's full name typed as listed: the folded surname first (matched
   *     where it stands unlinked), then the other words as typed (matched as plain words)
   */
  record Typed(List<List<String>> unlinked, List<List<String>> surnameAndRest) {}

  private TypedNames() {}

  /** Entity term to what its typed spellings also search. */
  static Map<String, Typed> of(Analyzer queryAnalyzer, String text) {
    Map<String, Typed> out = new HashMap<>();
    try (TokenStream ts = queryAnalyzer.tokenStream("body", text)) {
      EntityAttribute entity = ts.addAttribute(EntityAttribute.class);
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (entity.entity() == null) {
          continue;
        }
        String typed = text.substring(offset.startOffset(), offset.endOffset());
        List<String> words = words(typed);
        if (words.isEmpty()) {
          continue;
        }
        Typed t = out.computeIfAbsent(term.toString(), k -> new Typed(new ArrayList<>(), new ArrayList<>()));
        if (!needsUnlinked(entity.reason(), offset, text)) {
          continue; // a listed spelling of several words: linked wherever it stands
        }
        if (!t.unlinked().contains(words)) {
          t.unlinked().add(words);
        }
        if (entity.entity().type() == EntityType.PERSON && words.size() >= 2) {
          // "Thomas Chippendale" where an article says "Thomas" and, unlinked, "Chippendale":
          // what a plain query for all the words finds, kept to the surname as a name.
          List<String> raw = List.of(typed.split("[\\s]+"));
          boolean western = entity.entity().lang().equals("-");
          List<String> net = new ArrayList<>();
          net.add(western ? words.get(words.size() - 1) : words.get(0));
          net.addAll(western ? raw.subList(0, raw.size() - 1) : raw.subList(1, raw.size()));
          if (net.size() >= 2 && !t.surnameAndRest().contains(net)) {
            t.surnameAndRest().add(net);
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

  /** Words as the index holds them outside names: lower case, accents folded, stemmed. */
  private static final Analyzer INDEXED_WORDS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          StandardTokenizer t = new StandardTokenizer();
          TokenStream s = new EnglishPossessiveFilter(t);
          s = new org.apache.lucene.analysis.LowerCaseFilter(s);
          s = new org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter(s);
          return new TokenStreamComponents(t, new org.apache.lucene.analysis.en.PorterStemFilter(s));
        }
      };

  /** The index terms of words typed, as {@code MonikerAnalyzer} indexes words that name nobody. */
  static List<String> indexedWords(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = INDEXED_WORDS.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
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
