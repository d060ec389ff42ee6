package dev.moniker.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class MonikerAnalyzerTest extends BaseTokenStreamTestCase {

  public void testWordsAreLowercasedFoldedAndStemmed() throws IOException {
    try (Analyzer a = new MonikerAnalyzer()) {
      assertAnalyzesTo(
          a,
          "Café's walking leaders",
          new String[] {"cafe", "walk", "leader"},
          new int[] {0, 7, 15},
          new int[] {6, 14, 22},
          new int[] {1, 1, 1});
    }
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = new MonikerAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 2048);
    }
  }
}
