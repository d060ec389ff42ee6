package dev.moniker.search;

import dev.moniker.index.ArticleFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The passages of the hits' bodies in which the query matched, matches between {@code <mark>}
 * tags ({@link MarkedPassages}). Lucene's {@link UnifiedHighlighter} reading the offsets that the
 * body's postings store, so no article is analysed again (the entity analysis is by far the
 * dearest part of indexing), with two changes for speed: matches come from one {@link
 * OneWeightOffsets weight} for all hits instead of one per hit, sentences from a single scan
 * ({@link SentenceBreaks}) instead of the JDK's rule-based iterator, and passages scored without a
 * hash table each ({@link HashFreePassageScorer}).
 */
final class BodyHighlighter extends UnifiedHighlighter {

  static final int PASSAGES = 3;
  /** Characters of a body the highlighter reads; longer bodies are highlighted in their start. */
  static final int MAX_HIGHLIGHT_CHARS = 200_000;

  /**
   * A highlighter for one searcher: it may serve many searches at once, and keeping it saves
   * merging the field infos of every segment again for each search.
   */
  BodyHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new MarkedPassages())
            .withBreakIterator(SentenceBreaks::new)
            .withScorer(new HashFreePassageScorer())
            .withMaxLength(MAX_HIGHLIGHT_CHARS)
            .withMaxNoHighlightPassages(1));
  }

  /**
   * The passages of each hit, in the hits' order; a hit whose body did not match gets its first
   * sentence, and one without a body none.
   */
  @SuppressWarnings("unchecked")
  List<List<String>> passages(Query query, ScoreDoc[] hits) throws IOException {
    if (hits.length == 0) {
      return List.of();
    }
    int[] docIds = new int[hits.length];
    for (int i = 0; i < docIds.length; i++) {
      docIds[i] = hits[i].doc;
    }
    Object[] perDoc =
        highlightFieldsAsObjects(
                new String[] {ArticleFields.BODY}, query, docIds, new int[] {PASSAGES})
            .get(ArticleFields.BODY);
    List<List<String>> out = new ArrayList<>(docIds.length);
    for (Object passages : perDoc) {
      out.add(passages == null ? List.of() : List.copyOf((List<String>) passages));
    }
    return out;
  }

  /**
   * Matches from offsets in the postings, through one weight; any other source (a query the
   * postings cannot answer alone) as the highlighter decides.
   */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    Set<HighlightFlag> flags = components.highlightFlags();
    if (source == OffsetSource.POSTINGS && flags.contains(HighlightFlag.WEIGHT_MATCHES)) {
      try {
        return new OneWeightOffsets(components, searcher);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return super.getOffsetStrategy(source, components);
  }
}
