package dev.moniker.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;

/**
 * Where the query matched in one document's field, read from the offsets in the postings through
 * one {@link Weight} built once for all the hits being highlighted. The highlighter's own
 * strategy for postings rewrites the query and builds a new weight for every document, looking up
 * every term of every field again; for a name query of a dozen clauses over title and body that
 * was a quarter of the highlighting of a search page.
 */
final class OneWeightOffsets extends FieldOffsetStrategy {

  private final List<LeafReaderContext> leaves;
  private final Weight weight;

  OneWeightOffsets(UHComponents components, IndexSearcher searcher) throws IOException {
    super(components);
    this.leaves = searcher.getIndexReader().leaves();
    this.weight =
        searcher.createWeight(
            searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  @Override
  public OffsetSource getOffsetSource() {
    return OffsetSource.POSTINGS;
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
      throws IOException {
    Matches matches = weight.matches(leafOf(reader), docId);
    MatchesIterator it = matches == null ? null : matches.getMatches(getField());
    return it == null ? OffsetsEnum.EMPTY : new OffsetsEnum.OfMatchesIteratorWithSubs(it);
  }

  /** The highlighter hands over the segment's reader; the weight needs its context. */
  private LeafReaderContext leafOf(LeafReader reader) {
    for (LeafReaderContext leaf : leaves) {
      if (leaf.reader() == reader) {
        return leaf;
      }
    }
    throw new IllegalStateException("not a segment of the searcher's reader: " + reader);
  }
}
