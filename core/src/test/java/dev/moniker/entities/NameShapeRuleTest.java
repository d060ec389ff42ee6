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

  @Test
  void aLowerCaseWordAfterASpaceIsNoSyllableOfTheName() {
    Recognized r = Recognized.in("It was countrywoman Ha Ri Bak in 1998.", 2016);
    assertNull(r.canonical("Ri Bak in"), r.toString());
    assertEquals("Park Ha-ri", r.canonical("Ha Ri Bak"), r.toString());
  }

  @Test
  void aSyllableThatIsAlsoATownEndsANameOfThreeWords() {
    // Ho is a town in Ghana; here it is the last syllable of the given name
    assertEquals("NAME_SHAPE", Recognized.in("Director Bong Jun Ho spoke.", 2020).reason("Bong Jun Ho"));
  }

  @Test
  void aWordThatIsOneSyllableIsNotCutInTwo() {
    assertNull(Recognized.in("Hur Jae recited the oath.", 1988).canonical("Hur Jae")); // no "Heo Ja-e"
  }

  @Test
  void aNameGoesOnPastAHyphenedSyllable() {
    Recognized choi = Recognized.in("Minister Choi Hyun-woo spoke.", 2024);
    assertEquals("Choi Hyeon-u", choi.canonical("Choi Hyun-woo"), "no Choe Hyon, a known man of the shorter name");
    Recognized pak = Recognized.in("Pak Se-ri won. Then it was Pak.", 2019);
    assertEquals("Park Se-ri", pak.canonical("Pak Se-ri"), "no Pakse, a city of Laos: " + pak);
    assertEquals("Park Se-ri", pak.canonical("Pak"), pak.toString());
  }
}
