package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordTest {

  @Test
  void shapeIsReadFromTheFirstCharacterAndTheGap() {
    Word seoul = new Word("Seoul", "seoul", 1);
    assertTrue(seoul.capitalized());
    assertTrue(seoul.latin());
    assertFalse(seoul.nativeScript());
    assertTrue(seoul.joinedToPrevious());
    assertFalse(seoul.initials());

    Word lower = new Word("kim", "kim", 2);
    assertFalse(lower.capitalized());
    assertTrue(lower.latin());
    assertFalse(lower.joinedToPrevious());

    Word accented = new Word("Émile", "emile", -1);
    assertTrue(accented.capitalized());
    assertTrue(accented.latin());

    Word hangul = new Word("김정은", "김정은", 0);
    assertTrue(hangul.nativeScript());
    assertFalse(hangul.latin());
    assertTrue(hangul.joinedToPrevious()); // CJK characters need no space between words

    Word digits = new Word("1955", "1955", 0);
    assertFalse(digits.latin());
    assertFalse(digits.capitalized());
    assertFalse(digits.joinedToPrevious());

    Word empty = new Word("", "", 1);
    assertFalse(empty.capitalized());
    assertFalse(empty.latin());
    assertTrue(empty.joinedToPrevious());
  }

  @Test
  void initialsAreOneToFourCapitalsWithPeriodsBetween() {
    assertTrue(new Word("J", "j", 1).initials());
    assertTrue(new Word("H.W", "h.w", 1).initials());
    assertFalse(new Word("HW", "hw", 1).initials());
    assertFalse(new Word("H.W.", "h.w.", 1).initials());
    assertFalse(new Word("j", "j", 1).initials());
  }

  @Test
  void continuesANameAfterAnInitialOrAnAbbreviatedLead() {
    assertTrue(new Word("Trump", "trump", 2).continuesName(new Word("J", "j", 1)));
    assertTrue(new Word("Louis", "louis", 2).continuesName(new Word("St", "st", 1)));
    assertFalse(new Word("Louis", "louis", 2).continuesName(new Word("Paris", "paris", 1)));
  }

  @Test
  void equalityIsThatOfItsFiveValues() {
    assertEquals(new Word("Moon", "moon", 1, true), new Word("Moon", "moon", 1, true));
    assertEquals(new Word("Moon", "moon", 1, true).hashCode(), new Word("Moon", "moon", 1, true).hashCode());
    assertNotEquals(new Word("Moon", "moon", 1, true), new Word("Moon", "moon", 1, false));
    assertNotEquals(new Word("Moon", "moon", 1), new Word("Moon", "moon", 2));
    assertNotEquals(new Word("Moon", "moon", 2, false, Word.COMMA), new Word("Moon", "moon", 2, false, Word.PERIOD));
    assertEquals("Word[original=Moon, folded=moon, gapBefore=1, possessive=false, marksBefore=-1]",
        new Word("Moon", "moon", 1).toString());
  }
}
