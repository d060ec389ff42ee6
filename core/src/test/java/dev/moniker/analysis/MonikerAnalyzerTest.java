package dev.moniker.analysis;

import dev.moniker.entities.EntityDictionary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class MonikerAnalyzerTest extends BaseTokenStreamTestCase {

  public void testWordsAreLowercasedFoldedAndStemmed() throws IOException {
    try (Analyzer a = new MonikerAnalyzer()) {
      assertAnalyzesTo(
          a,
          "café's walking leaders",
          new String[] {"cafe", "walk", "leader"},
          new int[] {0, 7, 15},
          new int[] {6, 14, 22},
          new int[] {1, 1, 1});
    }
  }

  public void testCapitalisedWordsNoMentionTookAreMarkedAsUnlinkedNames() throws IOException {
    try (Analyzer a = new MonikerAnalyzer()) {
      // "Okafor" is no common English word: a name nothing linked; "Walking" is an English word.
      assertAnalyzesTo(
          a,
          "Walking with Okafor's aides",
          new String[] {"walk", "with", "okafor", "~okafor", "aid"},
          new int[] {0, 8, 13, 13, 22},
          new int[] {7, 12, 21, 21, 27},
          new int[] {1, 1, 1, 0, 1});
    }
  }

  public void testPunctuationIsReadFromTheOriginalTextAfterALineBreakHyphen() throws IOException {
    // the recorded text must be the one the offsets point into: the hyphen filter removes
    // "-\n" before the tokenizer sees it, so a recording after it would put "In" after a comma
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.ENTITIES)) {
      assertAnalyzesTo(
          a,
          "Pyong-\nyang in Paris. In Gary, In.",
          new String[] {"place:pyongyang", "place:paris", "place:gary", "place:indiana"},
          new int[] {0, 15, 25, 31},
          new int[] {11, 20, 29, 33});
    }
  }

  public void testANameWhoseMeaningChangedWithTheEraStaysWordsInAQuery() throws IOException {
    // a query has no date: "Korea" meant the one country before 1948 and South Korea after, so
    // the query keeps the word and finds every article that writes it, as plain Lucene does
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.QUERY)) {
      assertAnalyzesTo(a, "Korea", new String[] {"korea"});
    }
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.ENTITIES)) {
      assertAnalyzesTo(a, "Korea", new String[] {"place:korea"});
    }
  }

  public void testAKoreanNameWrittenGivenNameFirstIsOneQueryTermWithItsFamilyFirstForm() throws IOException {
    // a made-up player: Western papers write him given name first, Korean ones family name first
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.QUERY)) {
      assertAnalyzesTo(a, "Sang-hoon Baek", new String[] {"person:baek_sang-hun"});
      assertAnalyzesTo(a, "Baek Sang-hoon", new String[] {"person:baek_sang-hun"});
    }
  }

  public void testAVietnameseNameWithOrWithoutDiacriticsIsOneQueryTerm() throws IOException {
    // a made-up name: Vietnamese papers write the marks and the stroked D, the Western press drops them
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.QUERY)) {
      assertAnalyzesTo(a, "Đỗ Thanh Bình", new String[] {"person:do_thanh_binh"});
      assertAnalyzesTo(a, "Do Thanh Binh", new String[] {"person:do_thanh_binh"});
    }
  }

  public void testEnglishWordsOfAQueryAreNotJoinedIntoAPlace() throws IOException {
    // "than a" written as one is Thane, a city in India; a query for the phrase means the words
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.QUERY)) {
      assertAnalyzesTo(a, "rather than a", new String[] {"rather", "than", "a"});
      assertAnalyzesTo(a, "was it", new String[] {"wa", "it"});
      assertAnalyzesTo(a, "indo china", new String[] {"place:indochina"});
    }
  }

  public void testRandomText() throws IOException {
    try (Analyzer a = new MonikerAnalyzer()) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 2048);
    }
  }

  public void testEntitiesModeKeepsOnlyEntityTokensAtTheirPositions() throws IOException {
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.ENTITIES)) {
      assertAnalyzesTo(
          a,
          "leader Kim Jong-un met Xi Jinping's aides in the United States",
          new String[] {"person:kim_jong-un", "person:xi_jinping", "place:united_states"},
          new int[] {7, 23, 49},
          new int[] {18, 35, 62},
          new String[] {"<PERSON>", "<PERSON>", "<PLACE>"},
          new int[] {2, 2, 4},
          new int[] {1, 1, 1});
      assertAnalyzesTo(a, "no names here at all", new String[0]);
    }
  }

  public void testEntitiesModeGivesTheIndexFlavoursEntityTerms() throws IOException {
    String text =
        "KIM JONG-UN met Hsi Chin-p'ing in Peking; the U.N. and the Korean Central News Agency "
            + "reported on 김정은 and Park Geun-hye's visit to Seoul and Pyongyang.";
    List<String> fromIndexFlavour =
        TextReport.of(EntityDictionary.defaults(), text).entities().stream()
            .map(TextReport.Found::term)
            .toList();
    List<String> fromEntitiesMode = new ArrayList<>();
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.ENTITIES);
        TokenStream ts = a.tokenStream("entity", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        fromEntitiesMode.add(term.toString());
      }
      ts.end();
    }
    // the mentions a reader finds in the text, in order, each spelling resolved to its entity
    List<String> expected =
        List.of(
            "person:kim_jong-un",
            "person:xi_jinping",
            "place:beijing",
            "org:united_nations",
            "org:korean_central_news_agency",
            "person:kim_jong-un",
            "person:park_geun-hye",
            "place:seoul",
            "place:pyongyang");
    assertEquals(expected, fromIndexFlavour);
    assertEquals(expected, fromEntitiesMode);
  }

  public void testEntitiesModeRandomText() throws IOException {
    try (Analyzer a = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.ENTITIES)) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
    }
  }
}
