package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.junit.jupiter.api.Test;

class QuickNegativeTest {

  @Test
  void everyWordOfTheSetMayBeThereAndMostOthersAreNot() {
    CharArraySet words = new CharArraySet(List.of("kim", "pyongyang", "xi", "jong"), false);
    QuickNegative quick = new QuickNegative(words);
    for (String w : List.of("kim", "pyongyang", "xi", "jong")) {
      assertTrue(quick.mayContain(w), w);
      assertTrue(quick.mayContain(new StringBuilder(w)), w + " as another CharSequence");
      assertTrue(quick.mayContain((w + "  ").toCharArray(), w.length()), w + " in a longer buffer");
    }
    int maybe = 0;
    for (int i = 0; i < 10_000; i++) {
      String other = "word" + i;
      boolean answer = quick.mayContain(other);
      assertEquals(answer, quick.mayContain(other.toCharArray(), other.length()), other + " as a buffer");
      maybe += answer ? 1 : 0;
    }
    assertTrue(maybe < 10, maybe + " of 10,000 other words said maybe with 4 words in 262,144 bits");
  }

  @Test
  void theDictionaryAnswersAsTheSetDoes() {
    EntityDictionary d = EntityDictionary.defaults();
    assertTrue(d.startsLowercaseName("kim"), "kim jong un");
    assertFalse(d.startsLowercaseName("the"));
    assertFalse(d.startsLowercaseName("harbor"));
    for (String w : List.of("kim", "the", "harbor")) {
      CharTermAttribute term = new CharTermAttributeImpl();
      term.append(w);
      assertEquals(d.startsLowercaseName(w), d.startsLowercaseName(term), w + " as a token's text");
    }
  }
}
