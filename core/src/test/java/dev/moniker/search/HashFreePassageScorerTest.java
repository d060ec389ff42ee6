package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class HashFreePassageScorerTest {

  private static Passage passage(int start, int end, String... termsAndDocFreqs) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int i = 0; i < termsAndDocFreqs.length; i += 2) {
      int at = start + i;
      p.addMatch(at, at + 1, new BytesRef(termsAndDocFreqs[i]), Integer.parseInt(termsAndDocFreqs[i + 1]));
    }
    return p;
  }

  @Test
  void scoresAsLucenesScorerDoes() {
    Passage[] passages = {
      passage(0, 90, "person:kim_jong-un", "4"),
      passage(120, 260, "person:kim_jong-un", "4", "missil", "2", "person:kim_jong-un", "4"),
      passage(5000, 5100, "a", "1", "b", "7", "a", "1", "c", "3", "b", "7", "a", "1"),
    };
    for (Passage p : passages) {
      assertEquals(new PassageScorer().score(p, 6000), new HashFreePassageScorer().score(p, 6000), 1e-6f);
    }
  }

  @Test
  void aRepeatedTermCountsOnceWithItsFrequencyInThePassage() {
    HashFreePassageScorer scorer = new HashFreePassageScorer();
    float once = scorer.score(passage(100, 200, "kim", "3"), 6000);
    float twice = scorer.score(passage(100, 200, "kim", "3", "kim", "3"), 6000);
    float expected = scorer.tf(2, 100) * scorer.weight(6000, 3) * scorer.norm(100);
    assertEquals(expected, twice, 1e-6f);
    assertEquals(scorer.tf(1, 100) * scorer.weight(6000, 3) * scorer.norm(100), once, 1e-6f);
  }
}
