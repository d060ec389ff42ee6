package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameShapeRuleTest {

  @Test
  void aChineseGivenNameOfOneSyllableThatIsAlsoAProperNoun() {
    Recognized r = Recognized.in("One reason is thirty-five-year-old Gao Jun. She won a medal.", 2004);
    assertEquals("NAME_SHAPE", r.reason("Gao Jun"), r.toString());
  }

  @Test
  void aCapitalisedEnglishSurnameOfTwoSyllablesStaysWestern() {
    Recognized r = Recognized.in("Then Kan Chapman spoke.", 2004);
    assertNull(r.canonical("Kan Chapman"), r.toString());
  }

  @Test
  void theReadingInItsStandardSpellingWins() {
    assertEquals("Sun Chunlan", Recognized.in("After the departure of Vice Premier Sun Chunlan, they met.", 2023).canonical("Sun Chunlan"));
    assertEquals("Kim Min-jae", Recognized.in("Defender Kim Minjae scored.", 2023).canonical("Kim Minjae"));
  }
}
