package dev.moniker.analysis;

import dev.moniker.entities.Abstention;
import dev.moniker.entities.ArticleScope;
import dev.moniker.entities.EntityDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * What the analysis makes of a text, as {@code moniker analyze} shows it: every token, and every
 * recognised entity with the spelling that matched and why. How a user finds out why a search
 * missed.
 *
 * @param tokens the indexed terms, in order
 * @param entities the recognised mentions, in order
 * @param ambiguous words that several known entities fit and that nothing in the text decided,
 *     left unlinked
 */
public record TextReport(List<Token> tokens, List<Found> entities, List<Ambiguous> ambiguous) {

  /** Words left unlinked because several known entities fit them and nothing decided. */
  public record Ambiguous(String matched, int start, int end, List<String> candidates) {}

  /** One indexed term and where it came from. */
  public record Token(String term, int position, int start, int end, String type) {}

  /**
   * One recognised mention.
   *
   * @param matched the text as written
   * @param reason how it was recognised: {@code DICTIONARY}, {@code NATIVE_SCRIPT}, {@code
   *     ROMANIZATION}, {@code NAME_SHAPE}, {@code GIVEN_NAME}, {@code INITIALS}, {@code DEMONYM}, {@code SHORT_MENTION}, {@code
   *     SCAN_REPAIR} or {@code TYPO}
   * @param known false for a Korean or Chinese name recognised only by its shape
   */
  public record Found(
      String type, String canonical, String term, String matched, int start, int end,
      String reason, boolean known) {}

  /** Analyses {@code text} as article text without a date is analysed for the index. */
  public static TextReport of(EntityDictionary dictionary, String text) {
    return of(dictionary, text, 0);
  }

  /**
   * Analyses {@code text} as the body of an article of {@code year} (0: no date) is analysed for
   * the index; the year decides between people who share a name.
   */
  public static TextReport of(EntityDictionary dictionary, String text, int year) {
    return of(dictionary, text, year, null);
  }

  /**
   * As {@link #of(EntityDictionary, String, int)}, for an article whose {@code source} (null:
   * none) may say where its paper was published: that town and state are read first, as for the
   * index (see {@link PlaceOfPublication}).
   */
  public static TextReport of(EntityDictionary dictionary, String text, int year, String source) {
    List<Token> tokens = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    List<Ambiguous> ambiguous = new ArrayList<>();
    try (ArticleScope scope = ArticleScope.open(year, true);
        Analyzer analyzer = new MonikerAnalyzer(dictionary, MonikerAnalyzer.Mode.INDEX)) {
      new PlaceOfPublication(analyzer).readInto(source);
      int ownAbstentions = scope.abstentions().size();
      report(analyzer, text, tokens, found);
      for (Abstention a : scope.abstentions().subList(ownAbstentions, scope.abstentions().size())) {
        ambiguous.add(
            new Ambiguous(
                text.substring(a.start(), a.end()),
                a.start(),
                a.end(),
                a.candidates().stream().map(e -> e.canonical()).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TextReport(List.copyOf(tokens), List.copyOf(found), List.copyOf(ambiguous));
  }

  private static void report(Analyzer analyzer, String text, List<Token> tokens, List<Found> found)
      throws IOException {
    try (TokenStream ts = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      EntityAttribute entity = ts.addAttribute(EntityAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += posInc.getPositionIncrement();
        int start = offset.startOffset();
        int end = offset.endOffset();
        tokens.add(new Token(term.toString(), position, start, end, type.type()));
        if (entity.entity() != null) {
          found.add(
              new Found(
                  entity.entity().type().label(),
                  entity.entity().canonical(),
                  term.toString(),
                  text.substring(start, end),
                  start,
                  end,
                  entity.reason().name(),
                  entity.entity().known()));
        }
      }
      ts.end();
    }
  }
}
