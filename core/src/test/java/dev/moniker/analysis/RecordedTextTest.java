package dev.moniker.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moniker.entities.Word;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class RecordedTextTest {

  private static RecordedText readWhole(RecordedText recorded, String text) throws IOException {
    Reader r = recorded.reading(new StringReader(text));
    char[] buffer = new char[3]; // small reads, as a tokenizer may make them
    while (r.read(buffer, 0, buffer.length) >= 0) {
      // read on
    }
    return recorded;
  }

  @Test
  void tellsACommaFromAPeriodBetweenTwoWords() throws IOException {
    RecordedText t = readWhole(new RecordedText(), "Paris. In Gary, In");
    assertEquals(Word.PERIOD, t.marksBetween(5, 7)); // ". "
    assertEquals(Word.COMMA, t.marksBetween(14, 16)); // ", "
    assertEquals(0, t.marksBetween(9, 10)); // " "
  }

  @Test
  void namesApostrophesAmpersandsAndOtherMarks() throws IOException {
    RecordedText t = readWhole(new RecordedText(), "Workers' Party; Delta & Pine \"Jacob\"");
    assertEquals(Word.APOSTROPHE, t.marksBetween(7, 9));
    assertEquals(Word.OTHER, t.marksBetween(14, 16));
    assertEquals(Word.AMPERSAND, t.marksBetween(21, 24));
    assertEquals(Word.QUOTE, t.marksBetween(28, 30));
  }

  @Test
  void aTextThatWentThroughACharFilterIsNotRecorded() throws IOException {
    // its offsets are not the tokens' offsets
    RecordedText t = readWhole(new RecordedText(), "a, b");
    Reader filtered = new LineBreakHyphenCharFilter(new StringReader("a. b"));
    Reader r = t.reading(filtered);
    while (r.read() >= 0) {
      // read on
    }
    assertEquals(Word.UNKNOWN_MARKS, t.marksBetween(1, 3));
  }

  @Test
  void whatWasNotReadIsUnknownAndANewTextStartsAfresh() throws IOException {
    RecordedText t = readWhole(new RecordedText(), "a, b");
    assertEquals(Word.UNKNOWN_MARKS, t.marksBetween(3, 9));
    readWhole(t, "a. b");
    assertEquals(Word.PERIOD, t.marksBetween(1, 3));
  }
}
