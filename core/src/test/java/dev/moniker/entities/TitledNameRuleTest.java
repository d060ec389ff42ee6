package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TitledNameRuleTest {

  @Test
  void aTitleBeforeTwoUnknownWordsNamesAPerson() {
    Recognized r = Recognized.in("They met Vice President Adeyemi Okonkwo on Monday. Okonkwo said little.", 2012);
    assertEquals("person", r.at("Adeyemi Okonkwo").orElseThrow().type(), r.toString());
    assertEquals("Adeyemi Okonkwo", r.canonical("Okonkwo"), r.toString());
  }

  @Test
  void wordsOfEnglishPlacesAndLongerNamesAreNot() {
    assertNull(Recognized.in("Governor Dark Horse won.", 2012).canonical("Dark Horse"));
    Recognized place = Recognized.in("Governor Kaduna Okafor spoke.", 2012);
    assertNull(place.canonical("Kaduna Okafor"), place.toString());
    assertNull(Recognized.in("President Zubair Tarkan Foundation gave money.", 2012).canonical("Zubair Tarkan"));
  }

  @Test
  void aLowerCaseWordForAPersonIntroducesANameNobodyListed() {
    Recognized r = Recognized.in("according to party spokesman Kyi Toe. Senior official Fru Jonathan spoke. Jonathan left.", 2021);
    assertEquals("Kyi Toe", r.canonical("Kyi Toe"), r.toString()); // "Toe" is a word of English: the role says name
    assertEquals("Fru Jonathan", r.canonical("Fru Jonathan"), r.toString());
    assertEquals("Fru Jonathan", r.canonical("Jonathan"), r.toString()); // not Goodluck Jonathan
    Recognized apposed = Recognized.in("The country's first president, Okonkwo Adeyemi, stepped down.", 1982);
    assertEquals("Okonkwo Adeyemi", apposed.canonical("Okonkwo Adeyemi"), apposed.toString());
    assertNull(Recognized.in("He met the minister Foreign Affairs chose.").canonical("Foreign Affairs")); // two words of English
  }

  @Test
  void aFamilyNameWithAParticleOrAHyphen() {
    Recognized r = Recognized.in("the killing of Sheikh Nimr al-Nimr drew protests.", 2016);
    assertEquals("Nimr al-Nimr", r.canonical("Nimr al-Nimr"), r.toString());
    Recognized hyphen = Recognized.in("said State Department spokeswoman Anna Richey-Allen.", 2016);
    assertEquals("Anna Richey-Allen", hyphen.canonical("Anna Richey-Allen"), hyphen.toString()); // Anna is a town too
  }

  @Test
  void aGivenNameTheWordListHasAsAProperNoun() {
    Recognized r = Recognized.in("Foreign Minister Sigmar Okonjo joined. Foreign Minister Gabriel Okonjo left.", 2017);
    assertEquals("Gabriel Okonjo", r.canonical("Gabriel Okonjo"), r.toString());
  }
}
