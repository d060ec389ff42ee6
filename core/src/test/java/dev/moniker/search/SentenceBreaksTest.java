package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static List<Integer> boundaries(BreakIterator it) {
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }

  @Test
  void sentencesEndAtStopsBeforeSpaceAndAtLineBreaks() {
    String text = "Kim met Xi. \"Talks went well!\" he said? Yes\nNew line.";
    SentenceBreaks it = new SentenceBreaks();
    it.setText(text);
    assertEquals(
        List.of(0, text.indexOf("\"Talks"), text.indexOf(" he said") + 10, text.indexOf("New"), text.length()),
        boundaries(it));
  }

  @Test
  void aStopBeforeALowerCaseWordOrInsideANumberIsNoEnd() {
    String text = "It cost 3.5 million, i.e. a lot. Then";
    SentenceBreaks it = new SentenceBreaks();
    it.setText(text);
    assertEquals(List.of(0, text.indexOf("Then"), text.length()), boundaries(it));
  }

  @Test
  void ideographicStopsEndSentencesWithoutSpace() {
    String text = "金正恩访问北京。习近平会见了他。";
    SentenceBreaks it = new SentenceBreaks();
    it.setText(text);
    assertEquals(List.of(0, 8, text.length()), boundaries(it));
  }

  @Test
  void agreesWithTheJdkOnPlainSentences() {
    String text = "The summit ended. Leaders left Dalian. Nothing was signed. Talks resume in May.";
    BreakIterator jdk = BreakIterator.getSentenceInstance(java.util.Locale.ROOT);
    jdk.setText(text);
    SentenceBreaks ours = new SentenceBreaks();
    ours.setText(text);
    assertEquals(boundaries(jdk), boundaries(ours));
    for (int offset = 0; offset <= text.length(); offset++) {
      assertEquals(jdk.following(offset), ours.following(offset), "following " + offset);
      assertEquals(jdk.preceding(offset), ours.preceding(offset), "preceding " + offset);
      assertEquals(jdk.isBoundary(offset), ours.isBoundary(offset), "isBoundary " + offset);
    }
  }

  @Test
  void boundariesAreIndicesIntoTheWholeTextWhenGivenASlice() {
    String text = "ignored|One. Two.|ignored";
    SentenceBreaks it = new SentenceBreaks();
    it.setText(new StringCharacterIterator(text, 8, 17, 8));
    assertEquals(List.of(8, 13, 17), boundaries(it));
    assertEquals(13, it.following(9));
    assertEquals(8, it.preceding(13));
    assertEquals(BreakIterator.DONE, it.following(17));
    assertTrue(it.isBoundary(13));
    assertFalse(it.isBoundary(14));
  }
}
