package dev.moniker.analysis;

import dev.moniker.Internal;
import dev.moniker.entities.ArticleScope;
import dev.moniker.entities.Entity;
import dev.moniker.entities.EntityType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Where an article's paper was published, as archives write it in the source: a town and its
 * state or country after a comma, <i>The Goldsboro News (Goldsboro, N.C.)</i>, <i>Lawrence Daily
 * Journal-World (Lawrence, Kan.)</i>, <i>a Reidsville, N.C., newspaper</i> (the convention of
 * Chronicling America and the state newspaper programmes).
 *
 * <p>A reader of a local paper knows which state he holds: <i>Louisburg</i> in a Goldsboro paper is
 * Louisburg, North Carolina, not the larger Louisburg in Kansas. So the place of publication is
 * read into the article's context before its own text, as a dateline would be ({@link
 * #readInto}): the text then counts as having named that town and state, and the recognizer's
 * rules for a story that named its state apply. Nothing read there is a mention of the article.
 * A source that only names a publisher (<i>Voice of America</i>) or a place without a town
 * before it (<i>as republished by The Ohio Star</i>) gives nothing.
 *
 * <p>Thread-safe; what a source gives is kept, since an archive repeats each paper's source.
 * Internal: public for the index package; users give the source with the article.
 */
@Internal
public final class PlaceOfPublication {

  private static final Pattern COMMA_BETWEEN = Pattern.compile("\\s*,\\s*");

  /** Distinct sources kept before the memory is cleared: an archive has few papers. */
  static final int MAX_SOURCES = 4_096;

  private final Analyzer indexAnalyzer;
  private final Map<String, List<String>> known = new ConcurrentHashMap<>();

  /** @param indexAnalyzer the analyzer that reads articles for the index */
  public PlaceOfPublication(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  /**
   * The words of {@code source} that name a town and, after a comma, its state or country
   * (<i>Goldsboro, N.C.</i>), each pair once, in order; empty when it names none or is null.
   */
  public List<String> in(String source) {
    if (source == null || source.indexOf(',') < 0) {
      return List.of();
    }
    List<String> places = known.get(source);
    if (places == null) {
      places = read(source);
      if (known.size() >= MAX_SOURCES) {
        known.clear();
      }
      known.put(source, places);
    }
    return places;
  }

  /**
   * Reads where the paper of {@code source} was published into the article scope open on this
   * thread, before the article's own fields are analysed; does nothing without a scope.
   */
  public void readInto(String source) {
    for (String place : in(source)) {
      try (TokenStream ts = indexAnalyzer.tokenStream("", place)) {
        ts.reset();
        while (ts.incrementToken()) {
          // the context remembers what was named; the tokens are no part of the article
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a String's reader cannot fail
      }
    }
  }

  private List<String> read(String source) {
    List<String> places = new ArrayList<>();
    try (ArticleScope own = ArticleScope.open(0, false);
        TokenStream ts = indexAnalyzer.tokenStream("", source)) {
      EntityAttribute entity = ts.addAttribute(EntityAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int townStart = -1;
      int townEnd = -1;
      while (ts.incrementToken()) {
        Entity e = entity.entity();
        if (e == null) {
          continue;
        }
        int start = offset.startOffset();
        int end = offset.endOffset();
        if (e.type() != EntityType.PLACE) {
          townStart = -1;
        } else if (townStart >= 0 && start > townEnd
            && COMMA_BETWEEN.matcher(source.substring(townEnd, start)).matches()) {
          int stop = end < source.length() && source.charAt(end) == '.' ? end + 1 : end; // "N.C."
          String place = source.substring(townStart, stop);
          if (!places.contains(place)) {
            places.add(place);
          }
          townStart = -1;
        } else if (start >= townEnd) {
          townStart = start;
          townEnd = end;
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(places);
  }
}
