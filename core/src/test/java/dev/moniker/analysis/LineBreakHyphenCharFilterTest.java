package dev.moniker.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class LineBreakHyphenCharFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer analyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new StandardTokenizer();
        return new TokenStreamComponents(t);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new LineBreakHyphenCharFilter(reader);
      }
    };
  }

  public void testAWordSplitAtALineEndIsWholeWithItsPrintedOffsets() throws IOException {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(
          a,
          "in Pyong-\nyang today",
          new String[] {"in", "Pyongyang", "today"},
          new int[] {0, 3, 15},
          new int[] {2, 14, 20});
      assertAnalyzesTo(a, "the Pyong- \r\n  yang line", new String[] {"the", "Pyongyang", "line"});
    }
  }

  public void testOtherHyphensStay() throws IOException {
    try (Analyzer a = analyzer()) {
      assertAnalyzesTo(a, "Kim Jong-\nUn spoke", new String[] {"Kim", "Jong", "Un", "spoke"});
      assertAnalyzesTo(a, "a well-known fact", new String[] {"a", "well", "known", "fact"});
      assertAnalyzesTo(a, "2018-\n19 season", new String[] {"2018", "19", "season"});
      assertAnalyzesTo(a, "", new String[] {});
    }
  }

  public void testTheWholeChainFindsTheSplitName() throws IOException {
    try (Analyzer a = new MonikerAnalyzer(dev.moniker.entities.EntityDictionary.defaults(), MonikerAnalyzer.Mode.ENTITIES)) {
      assertAnalyzesTo(a, "Officials in Pyong-\nyang said", new String[] {"place:pyongyang"});
    }
  }

  public void testRandomData() throws IOException {
    try (Analyzer a = analyzer()) {
      checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
    }
    try (Analyzer w =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new WhitespaceTokenizer());
          }

          @Override
          protected Reader initReader(String fieldName, Reader reader) {
            return new LineBreakHyphenCharFilter(reader);
          }
        }) {
      checkRandomData(random(), w, 200 * RANDOM_MULTIPLIER, 1024);
    }
  }

  public void testTheFactoryIsFoundByItsSpiNameAndRefusesParameters() throws IOException {
    org.apache.lucene.analysis.CharFilterFactory f =
        org.apache.lucene.analysis.CharFilterFactory.forName("monikerLineBreakHyphen", new java.util.HashMap<>());
    try (Reader r = f.create(new java.io.StringReader("Pyong-\nyang"))) {
      char[] buf = new char[32];
      int n = r.read(buf);
      assertEquals("Pyongyang", new String(buf, 0, n));
    }
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> org.apache.lucene.analysis.CharFilterFactory.forName(
                "monikerLineBreakHyphen", new java.util.HashMap<>(java.util.Map.of("x", "y"))));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
  }
}
