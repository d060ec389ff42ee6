package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void commentsAndBlankLinesAreNoWords() {
    assertTrue(WordList.FUNCTION_WORDS.contains("the"));
    assertFalse(WordList.FUNCTION_WORDS.contains(""));
    assertTrue(WordList.FUNCTION_WORDS.stream().noneMatch(w -> w.startsWith("#")));
  }

  @Test
  void theEnglishListIsLookedUpWithoutAString() {
    char[] text = "xthe dog".toCharArray();
    assertTrue(WordList.English.WORDS.contains(text, 1, 3), "the");
    assertFalse(WordList.English.WORDS.contains(text, 0, 4), "xthe");
    assertFalse(WordList.English.WORDS.contains(""));
    assertTrue(WordList.English.WORDS.contains(new StringBuilder("dog")));
  }

  @Test
  void tablesKeepTheirColumns() {
    assertEquals(
        "Ab\tAbraham|Abel|Abram|Abner|Abiel|Abijah|Absalom",
        WordList.lines("/dev/moniker/world/nicknames.tsv").get(0));
  }

  @Test
  void aMissingListSaysWhich() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.lines("/no/such-list.txt"));
    assertEquals("missing resource /no/such-list.txt", e.getMessage());
  }
}
