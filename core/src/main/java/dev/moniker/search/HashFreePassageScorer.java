package dev.moniker.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighter's passage score ({@link #norm} times the sum over distinct matched terms of
 * {@link #weight} times {@link #tf}), with the distinct terms found by comparing the passage's
 * few matches with each other. Lucene's scorer finds them with a new {@code BytesRefHash} per
 * passage, whose first 32 KB block cost a seventh to a fifth of the highlighting of a search
 * page; a sentence holds a handful of matches, so comparing them pairwise is cheaper. Passages
 * with many matches are scored by Lucene's way.
 */
final class HashFreePassageScorer extends PassageScorer {

  /** Beyond this many matches in one passage, pairwise comparison would cost more than a hash. */
  static final int MAX_PAIRWISE = 32;

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    if (matches > MAX_PAIRWISE) {
      return super.score(passage, contentLength);
    }
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    double sum = 0;
    for (int i = 0; i < matches; i++) {
      if (seenBefore(terms, i)) {
        continue;
      }
      int inPassage = 1;
      for (int j = i + 1; j < matches; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          inPassage++;
        }
      }
      sum += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
    }
    return (float) (sum * norm(passage.getStartOffset()));
  }

  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) {
      if (terms[j].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }
}
