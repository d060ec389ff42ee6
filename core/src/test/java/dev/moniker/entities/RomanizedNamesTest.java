package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RomanizedNamesTest {

  private static final RomanizedNames NAMES = RomanizedNames.shared();

  private static List<SyllableKey> text(String lang, String... foldedWords) {
    return NAMES.keysOfText(lang, List.of(foldedWords));
  }

  private static boolean anyCompatible(List<SyllableKey> a, List<SyllableKey> b) {
    return a.stream().anyMatch(x -> b.stream().anyMatch(x::compatible));
  }

  @Test
  void familyNamesInAnySpelling() {
    assertTrue(NAMES.isSurname("ko", "kim"));
    assertTrue(NAMES.isSurname("ko", "gim"));
    assertTrue(NAMES.isSurname("ko", "lee"));
    assertTrue(NAMES.isSurname("ko", "choe"));
    assertTrue(NAMES.isSurname("zh", "xi"));
    assertTrue(NAMES.isSurname("zh", "hsi"));
    assertFalse(NAMES.isSurname("ko", "xyz"));
  }

  @Test
  void aKnownNameMatchesItsOtherSpellingsSyllableBySyllable() {
    List<SyllableKey> known = NAMES.keysOfKnownName("ko", List.of("kim", "jong", "un"), "김정은");
    assertTrue(anyCompatible(known, text("ko", "gim", "jeong", "eun")));
    assertTrue(anyCompatible(known, text("ko", "kim", "chong", "un")));
    // one syllable apart is another person, whatever the edit distance
    assertFalse(anyCompatible(known, text("ko", "kim", "jong", "il")));
    assertFalse(anyCompatible(known, text("ko", "kim", "jong")));

    List<SyllableKey> xi = NAMES.keysOfKnownName("zh", List.of("xi", "jinping"), null);
    assertTrue(anyCompatible(xi, text("zh", "hsi", "chin", "ping")));
    assertFalse(anyCompatible(xi, text("zh", "hu", "jintao")));
  }

  @Test
  void textThatIsNoSyllablesHasNoKey() {
    assertTrue(text("ko", "donald", "trump").isEmpty());
    assertTrue(text("zh", "qqq").isEmpty());
  }

  @Test
  void anUnknownNameGetsOneCanonicalFormForAllItsSpellings() {
    assertEquals("Kim Min-jae", NAMES.canonicalOf(text("ko", "gim", "min", "jae").get(0)));
    assertEquals("Kim Min-jae", NAMES.canonicalOf(text("ko", "kim", "min", "jae").get(0)));
    assertEquals("Wang Xiaoming", NAMES.canonicalOf(text("zh", "wang", "xiao", "ming").get(0)));
    assertEquals("Wang Xiaoming", NAMES.canonicalOf(text("zh", "wang", "hsiao", "ming").get(0)));
  }
}
