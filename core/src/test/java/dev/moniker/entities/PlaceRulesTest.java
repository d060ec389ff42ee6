package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Places that share a name, place names that are words, and abbreviations after a city. */
class PlaceRulesTest {

  @Test
  void aStateAbbreviationThatIsAWordOnlyAfterACity() {
    Recognized r = Recognized.in("JACKSON, Miss. (July 1) - Officials met.", 2021);
    assertEquals("Mississippi", r.canonical("Miss"), r.toString());
    assertNull(Recognized.in("Then Miss Okafor spoke.").canonical("Miss"));
  }

  @Test
  void aTownNamedLikeAWordWantsAPlace() {
    assertEquals("Mobile", Recognized.in("The storm hit Mobile, Ala., on Friday.").canonical("Mobile"));
    assertNull(Recognized.in("Mobile phones were banned.").canonical("Mobile"));
  }

  @Test
  void aCityBeforeItsProvinceOfTheSameName() {
    assertEquals("Moscow", Recognized.in("Then Moscow replied.").canonical("Moscow"));
  }

  @Test
  void aCountryBeforeAStateOfTheSameNameUnlessTheTextIsAboutTheOtherCountry() {
    assertEquals("Georgia", Recognized.in("Russia and Georgia fought in 2008.").canonical("Georgia"));
  }

  @Test
  void aPersonNamedEarlierBeatsATownOfTheSurname() {
    Recognized r = Recognized.in("Senator Henry Jackson spoke. Later Jackson left.", 1975);
    assertEquals("person", r.at("Jackson").orElseThrow().type(), r.toString());
  }
}
