package dev.moniker.analysis;

import dev.moniker.entities.EntityDictionary;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class EntityFilterTest extends BaseTokenStreamTestCase {

  private static Analyzer chain(boolean queryMode) {
    return EntityChain.analyzer(EntityDictionary.defaults(), queryMode);
  }

  public void testMentionIsOnePositionWithItsWordsStacked() throws IOException {
    try (Analyzer a = chain(false)) {
      assertAnalyzesTo(
          a,
          "leader Kim Jong-un met",
          new String[] {"leader", "person:kim_jong-un", "Kim", "Jong", "un", "met"},
          new int[] {0, 7, 7, 7, 7, 19},
          new int[] {6, 18, 18, 18, 18, 22},
          new String[] {"<ALPHANUM>", "<PERSON>", "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>", "<ALPHANUM>"},
          new int[] {1, 1, 0, 0, 0, 1},
          new int[] {1, 1, 1, 1, 1, 1});
    }
  }

  public void testQueryModeReplacesTheWords() throws IOException {
    try (Analyzer a = chain(true)) {
      assertAnalyzesTo(
          a,
          "kim jong eun summit",
          new String[] {"person:kim_jong-un", "summit"},
          new int[] {0, 13},
          new int[] {12, 19},
          new int[] {1, 1});
    }
  }

  public void testCapitalsOnlyAbbreviationIsNotThePronoun() throws IOException {
    try (Analyzer a = chain(false)) {
      assertAnalyzesTo(a, "tell us", new String[] {"tell", "us"});
      assertAnalyzesTo(
          a, "the US said", new String[] {"the", "place:united_states", "US", "said"},
          new int[] {1, 1, 0, 1});
    }
  }

  public void testPossessiveAndNativeScript() throws IOException {
    try (Analyzer a = chain(false)) {
      assertAnalyzesTo(
          a,
          "Xi Jinping's 毛泽东",
          new String[] {"person:xi_jinping", "Xi", "Jinping", "person:mao_zedong", "毛", "泽", "东"},
          new int[] {1, 0, 0, 1, 0, 0, 0});
    }
  }

  public void testEmptyInput() throws IOException {
    try (Analyzer a = chain(false)) {
      assertAnalyzesTo(a, "", new String[0]);
    }
  }

  public void testRandomTextIndexMode() throws IOException {
    try (Analyzer a = chain(false)) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 30 * RANDOM_MULTIPLIER, 4096);
    }
  }

  public void testRandomTextQueryMode() throws IOException {
    try (Analyzer a = chain(true)) {
      checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER);
    }
  }

  /** Random text is mostly lower case; names must be exercised too, mixed with noise. */
  public void testRandomNamesAndNoise() throws IOException {
    String[] pieces = {
      "Kim Jong-un", "Kim Jong Il", "KIM JONG-UN", "Ch'oe Ryong-hae", "Chin's", "China", "U.S.",
      "us", "박근혜", "毛泽东", "Xi's", "Kim", "Hu Chin-tao", "the", "Pyongyang,", "Kim Min-jae",
      "Premier Zhou", "Mao", "-", "\n\n", ".", "People's Republic of China"
    };
    try (Analyzer index = chain(false);
        Analyzer query = chain(true)) {
      for (int i = 0; i < 200 * RANDOM_MULTIPLIER; i++) {
        StringBuilder sb = new StringBuilder();
        int n = random().nextInt(30);
        for (int k = 0; k < n; k++) {
          sb.append(pieces[random().nextInt(pieces.length)]).append(random().nextBoolean() ? " " : "");
        }
        checkAnalysisConsistency(random(), index, true, sb.toString());
        checkAnalysisConsistency(random(), query, true, sb.toString());
      }
    }
  }

  public void testFactoryBySpiName() throws IOException {
    TokenFilterFactory f = TokenFilterFactory.forName("monikerEntity", new java.util.HashMap<>(Map.of("mode", "query")));
    assertTrue(f instanceof EntityFilterFactory);
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class,
            () -> TokenFilterFactory.forName("monikerEntity", new java.util.HashMap<>(Map.of("bogus", "1"))));
    assertTrue(e.getMessage(), e.getMessage().contains("Unknown parameters"));
  }

  public void testAPossessiveIsReadOffTheWordEvenBehindACharFilter() throws IOException {
    // The char filter maps "&#39;" to an apostrophe: the token's offsets then span ten characters
    // for "Moon's", so the possessive cannot be told from offsets, only from the word.
    try (Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            org.apache.lucene.analysis.standard.StandardTokenizer t =
                new org.apache.lucene.analysis.standard.StandardTokenizer();
            TokenStream s =
                new EntityFilter(t, new dev.moniker.entities.EntityRecognizer(EntityDictionary.defaults(), false), true);
            return new TokenStreamComponents(t, new org.apache.lucene.analysis.en.EnglishPossessiveFilter(s));
          }

          @Override
          protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return new org.apache.lucene.analysis.charfilter.HTMLStripCharFilter(reader);
          }
        }) {
      TokenStream ts = a.tokenStream("body", "Moon Jae-in won. Moon&#39;s government fell.");
      EntityAttribute entity = ts.addAttribute(EntityAttribute.class);
      org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      int moons = 0;
      while (ts.incrementToken()) {
        if (entity.entity() != null && entity.entity().canonical().equals("Moon Jae-in")) {
          moons++;
          if (moons == 2) {
            assertEquals(17, offset.startOffset());
            assertEquals(27, offset.endOffset());
          }
        }
      }
      ts.end();
      ts.close();
      assertEquals("Moon Jae-in and then Moon's", 2, moons);
    }
  }
}
