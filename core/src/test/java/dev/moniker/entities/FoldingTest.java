package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void lowerCasesAndDropsApostrophesAndDots() {
    assertEquals("choe", Folding.fold("CH'OE"));
    assertEquals("choe", Folding.fold("Ch`oe"));
    assertEquals("us", Folding.fold("U.S"));
    assertEquals("kim", Folding.fold("Kim"));
    assertEquals("", Folding.fold(""));
    assertEquals("", Folding.fold("'.'"));
  }

  @Test
  void dropsAccentsBrevesAndEveryKindOfApostrophe() {
    assertEquals("chongun", Folding.fold("Chŏngŭn"));
    assertEquals("choe", Folding.fold("Chʻoe"));
    assertEquals("choe", Folding.fold("Ch’oe"));
    assertEquals("choe", Folding.fold("Chʼoe"));
    assertEquals("cafe", Folding.fold("Café"));
    assertEquals("pyongyang", Folding.fold("P'yŏngyang"));
  }

  @Test
  void hangulAndChineseStayAsTheyAre() {
    assertEquals("김정은", Folding.fold("김정은"));
    assertEquals("박근혜", Folding.fold("박근혜"));
    assertEquals("毛泽东", Folding.fold("毛泽东"));
    assertEquals("習近平", Folding.fold("習近平"));
  }

  @Test
  void hangulLongerThanFourSyllablesIsFoldedWhole() {
    assertEquals("조선중앙통신", Folding.fold("조선중앙통신"));
    assertEquals("조선민주주의인민공화국", Folding.fold("조선민주주의인민공화국"));
  }

  @Test
  void theCharArrayFormFoldsInPlaceOfTheGivenLength() {
    char[] in = "KIM Jong-un".toCharArray();
    char[] out = new char[32];
    int n = Folding.fold(in, 3, out);
    assertEquals("kim", new String(out, 0, n));
    char[] accented = "Ŏnjŏng".toCharArray();
    n = Folding.fold(accented, accented.length, out);
    assertEquals("onjong", new String(out, 0, n));
  }

  @Test
  void termFormIsLowerCaseWithUnderscores() {
    assertEquals("kim_jong-un", Folding.termForm(" Kim Jong-un "));
    assertEquals("korean_central_news_agency", Folding.termForm("Korean Central News Agency"));
  }

  @Test
  void lettersWithAStrokeOrLigaturesBecomeAsciiLetters() {
    assertEquals("dang", Folding.fold("Đặng"));
    assertEquals("lodz", Folding.fold("Łódź"));
    assertEquals("soren", Folding.fold("Søren"));
    assertEquals("strasse", Folding.fold("Straße"));
  }
}
