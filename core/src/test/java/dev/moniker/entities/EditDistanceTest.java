package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

  @Test
  void oneTypoIsOneEditOfAnyKind() {
    assertTrue(EditDistance.isOneEdit("chin", "china")); // a letter dropped
    assertTrue(EditDistance.isOneEdit("china", "chin"));
    assertTrue(EditDistance.isOneEdit("chnia", "china")); // two letters swapped
    assertTrue(EditDistance.isOneEdit("chiba", "china")); // a letter changed
    assertTrue(EditDistance.isOneEdit("chinna", "china")); // a letter doubled
    assertTrue(EditDistance.isOneEdit("xchina", "china")); // at the very start
    assertTrue(EditDistance.isOneEdit("chinx", "china")); // at the very end
    assertTrue(EditDistance.isOneEdit("a", ""));
  }

  @Test
  void sameWordAndTwoEditsAreNotOneEdit() {
    assertFalse(EditDistance.isOneEdit("china", "china"));
    assertFalse(EditDistance.isOneEdit("", ""));
    assertFalse(EditDistance.isOneEdit("chin", "chinas")); // two letters longer
    assertFalse(EditDistance.isOneEdit("cihan", "china")); // two swaps
    assertFalse(EditDistance.isOneEdit("chnai", "china")); // a swap and a change
    assertFalse(EditDistance.isOneEdit("xhinx", "china")); // two changes, far apart
    assertFalse(EditDistance.isOneEdit("acb", "bca")); // a swap is of neighbours only
  }

  @Test
  void distanceCountsInsertionsDeletionsAndChanges() {
    assertEquals(0, EditDistance.distance("jeong", "jeong"));
    assertEquals(1, EditDistance.distance("jong", "jung"));
    assertEquals(1, EditDistance.distance("jeong", "jong"));
    assertEquals(2, EditDistance.distance("choi", "choe") + EditDistance.distance("choe", "chou"));
    assertEquals(3, EditDistance.distance("kitten", "sitting"));
    assertEquals(3, EditDistance.distance("", "eun"));
    assertEquals(3, EditDistance.distance("eun", ""));
    assertEquals(2, EditDistance.distance("ab", "ba")); // no swap operation: two changes
  }
}
