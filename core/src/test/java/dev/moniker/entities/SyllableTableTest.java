package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyllableTableTest {

  private static final SyllableTable KOREAN =
      SyllableTable.load("ko", "/dev/moniker/romanization/korean-syllables.tsv");
  private static final SyllableTable CHINESE =
      SyllableTable.load("zh", "/dev/moniker/romanization/chinese-syllables.tsv");

  @Test
  void everyRomanizationOfAKoreanSyllableLeadsToIt() {
    for (String spelling : List.of("choe", "choi", "ch'oe")) {
      assertTrue(KOREAN.natives(Folding.fold(spelling)).contains("최"), spelling);
    }
    assertEquals(Set.of("김"), KOREAN.natives("kim"));
    assertTrue(KOREAN.natives("jong").containsAll(Set.of("정", "종")));
    assertTrue(KOREAN.natives("chongun").isEmpty()); // two syllables, not one
    assertFalse(KOREAN.isSyllable("xyz"));
  }

  @Test
  void standardAndPressFormsOfAKoreanSyllable() {
    assertEquals("gim", KOREAN.standard("김"));
    assertEquals("jeong", KOREAN.standard("정"));
    assertEquals("choi", KOREAN.press("최"));
    assertEquals("gim", KOREAN.press("김")); // no other spelling listed: the standard one
    assertTrue(KOREAN.isNative("정"));
    assertFalse(KOREAN.isNative("jeong"));
  }

  @Test
  void wadeGilesLeadsToPinyin() {
    assertTrue(CHINESE.natives("hsi").contains("xi"));
    assertTrue(CHINESE.natives("chin").containsAll(Set.of("jin", "qin")));
    assertTrue(CHINESE.natives("xi").contains("xi")); // pinyin is itself a romanization
    assertEquals("xi", CHINESE.standard("xi"));
    assertTrue(CHINESE.isNative("jin"));
  }

  @Test
  void segmentationsCutAWordIntoSyllablesFewestFirst() {
    List<List<String>> cuts = KOREAN.segmentations("jongun", 3);
    assertTrue(cuts.contains(List.of("jong", "un")), cuts.toString());
    for (List<String> cut : cuts) {
      assertEquals("jongun", String.join("", cut));
      assertTrue(cut.size() <= 3);
    }
    for (int i = 1; i < cuts.size(); i++) {
      assertTrue(cuts.get(i - 1).size() <= cuts.get(i).size(), cuts.toString());
    }
    assertEquals(List.of(List.of("xi")), CHINESE.segmentations("xi", 1));
    assertTrue(KOREAN.segmentations("qqq", 3).isEmpty());
    assertTrue(KOREAN.segmentations("jongun", 1).isEmpty()); // not one syllable
    assertEquals(cuts, KOREAN.segmentations("jongun", 3)); // cached, same answer
  }

  @Test
  void aMissingTableIsAnError() {
    assertThrows(IllegalStateException.class, () -> SyllableTable.load("ko", "/no/such.tsv"));
  }
}
