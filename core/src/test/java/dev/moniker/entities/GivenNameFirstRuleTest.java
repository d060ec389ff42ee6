package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Korean and Chinese names nobody listed, written given name first. The people are made up; the
 * expected forms are the names written family name first in Revised Romanization (Korean) or
 * pinyin (Chinese), as a reader who knows the systems writes them.
 */
class GivenNameFirstRuleTest {

  @Test
  void aHyphenedGivenNameBeforeTheFamilyName() {
    Recognized r = Recognized.in("Midfielder Sang-hoon Baek scored twice. Baek later left the club.", 2024);
    assertEquals("Baek Sang-hun", r.canonical("Sang-hoon Baek"), r.toString());
    assertEquals("Baek Sang-hun", r.canonical("Baek"), r.toString()); // the family name alone is him
  }

  @Test
  void isTheSamePersonAsTheNameWrittenFamilyNameFirst() {
    String western = Recognized.in("Cellist Da-hye Yoon played Bach.", 2024).canonical("Da-hye Yoon");
    String korean = Recognized.in("Cellist Yoon Da-hye played Bach.", 2024).canonical("Yoon Da-hye");
    assertEquals("Yoon Da-hye", western);
    assertEquals(korean, western);
  }

  @Test
  void hyphenedSyllablesThatAreAlsoEnglishWords() {
    assertEquals("Ko U-sun", Recognized.in("Woo-Soon Ko, a South Korean, spoke.", 2024).canonical("Woo-Soon Ko"));
  }

  @Test
  void aGivenNameInOneWordBeforeAFamilyName() {
    assertEquals("Yoon Da-hye", Recognized.in("Cellist Dahye Yoon played Bach.", 2024).canonical("Dahye Yoon"));
    assertEquals("Zhou Meiling", Recognized.in("The paper by Meiling Zhou was cited.", 2024).canonical("Meiling Zhou"));
  }

  @Test
  void threeWordsWhoseLastIsAFarMoreFrequentFamilyName() {
    assertEquals("Kim Jae-won", Recognized.in("Defender Jae Won Kim was booked.", 2024).canonical("Jae Won Kim"));
    Recognized r = Recognized.in("Then Ji Hoon Park played at Yeonhui Park on Sunday.", 2024);
    assertEquals("Park Ji-hun", r.canonical("Ji Hoon Park"), r.toString()); // a man, not a park
    assertEquals("PLACE_SHAPE", r.reason("Yeonhui Park"), r.toString()); // a park after "at"
  }

  @Test
  void threeWordsEndingInAFamilyNameThatEndsNoGivenName() {
    assertEquals("Ryu Hyeon-u", Recognized.in("Outfielder Hyun Woo Ryu homered.", 2020).canonical("Hyun Woo Ryu"));
    assertEquals("Ko Da-eun", Recognized.in("Golfer Da Eun Ko won.", 2020).canonical("Da Eun Ko"));
    assertEquals("Ahn Min-jeong", Recognized.in("Governor Ahn Min Jung won.", 2020).canonical("Ahn Min Jung"));
  }

  @Test
  void threeWordsWithAFrequentFamilyNameFirstStayFamilyNameFirst() {
    // Kang and Song are both frequent family names: nothing says the order, so it stays as written
    assertEquals("Kang Jae-seong", Recognized.in("Minister Kang Jae Song spoke.", 2024).canonical("Kang Jae Song"));
  }

  @Test
  void aFamilyNameIsOneSyllableAsWritten() {
    // "Young" is a rare spelling of a family name, but not one of two syllables "Yo-ung"
    assertNull(Recognized.in("Golfer Sei Young Kim won.", 2024).canonical("Young Kim"));
  }

  @Test
  void capitalsAmidLowerCaseAreAnAbbreviationNotAFamilyName() {
    Recognized r = Recognized.in("Ai Weiwei spoke in Berlin. Later the AI debate went on.", 2020);
    assertEquals("Ai Weiwei", r.canonical("Ai Weiwei"), r.toString());
    assertNull(r.canonical("AI"), r.toString());
  }
}
