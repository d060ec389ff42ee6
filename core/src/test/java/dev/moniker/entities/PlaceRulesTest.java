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
  void aLandmarkKeepsItsNameBesideATownOfTheSameName() {
    // White House, Tennessee (11,000 people) must not turn the White House into a town
    Recognized r = Recognized.in("The White House said on Monday that talks would go on.", 2016);
    assertEquals("White House", r.canonical("White House"), r.toString());
  }

  @Test
  void aCityBeforeTheStateNamedAfterIt() {
    // Kano State has more people than the city of Kano; papers write "Kano State" for the state
    Recognized r = Recognized.in("Fighting broke out in the cities of Zaria and Kano on Monday.", 2011);
    assertEquals("Kano", r.canonical("Kano"), r.toString());
  }

  @Test
  void seasAndRegionsAloneOrStartingLongerNames() {
    Recognized r = Recognized.in("Ships crossed the Atlantic and the Indian Ocean to North Africa.", 1950);
    assertEquals("Atlantic Ocean", r.canonical("Atlantic"), r.toString());
    assertEquals("Indian Ocean", r.canonical("Indian Ocean"), r.toString());
    assertEquals("North Africa", r.canonical("North Africa"), r.toString());
    Recognized fleet = Recognized.in("He served in the Pacific Fleet for years.", 1950);
    assertNull(fleet.canonical("Pacific"), fleet.toString());
  }

  @Test
  void twoPlacesJoinedByAndAreNotOnePlace() {
    Recognized r = Recognized.in("He flew between the South Pole and Mexico City twice.", 2010);
    assertEquals("South Pole", r.canonical("South Pole"), r.toString());
    assertEquals("Mexico City", r.canonical("Mexico City"), r.toString());
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

  @Test
  void aPeriodIsNoCommaBeforeAStateAbbreviation() {
    // "In", "Ok", "Me" are postal codes of Indiana, Oklahoma, Maine only after a place and a comma
    Recognized r = Recognized.in("He was born in Paris. In 1920 he moved to Dallas. Ok, he said.", 1950);
    assertNull(r.canonical("In"), r.toString());
    assertNull(r.canonical("Ok"), r.toString());
    assertEquals("Indiana", Recognized.in("He lived in Gary, In. until 1950.", 1950).canonical("In"));
  }

  @Test
  void aPlaceNameWithItsLeadingWordAbbreviated() {
    Recognized r = Recognized.in("He flew to Ft. Worth and St. Paul, Minn., then to Port St. Lucie.", 1990);
    assertEquals("Fort Worth", r.canonical("Ft. Worth"), r.toString());
    assertEquals("Saint Paul", r.canonical("St. Paul"), r.toString());
    assertEquals("Port Saint Lucie", r.canonical("Port St. Lucie"), r.toString());
  }

  @Test
  void theLastWordOfAnUnlinkedPlaceNameIsNoTownOfItsOwn() {
    // Mount Vernon is a town in several states; "Vernon" inside it is not Vernon, Texas
    Recognized r = Recognized.in("From Fort Worth, Texas, the team drove to Mt. Vernon and back.", 1990);
    assertNull(r.canonical("Vernon"), r.toString());
    assertEquals("Fort Worth", r.canonical("Fort Worth"), r.toString());
  }

  @Test
  void venuesByTheirKind() {
    Recognized r = Recognized.in("They played at Busch Stadium and at the Horizon Arena.", 2018);
    assertEquals("Busch Stadium", r.canonical("Busch Stadium"), r.toString());
    assertEquals("Horizon Arena", r.canonical("Horizon Arena"), r.toString());
  }

  @Test
  void aTownWithAnotherStateAfterItIsThatStatesTown() {
    Recognized r = Recognized.in("The Davenport, Neb., team beat Paris, Tex., and went on to Davenport, Iowa.", 1913);
    assertEquals("Davenport, Nebraska", r.allAt("Davenport").get(0), r.toString()); // not Davenport, Iowa
    assertEquals("Paris, Texas", r.canonical("Paris"), r.toString());
    assertEquals("Davenport", r.allAt("Davenport").get(1), r.toString());
  }

  @Test
  void ofAfterAPersonsNameSaysWhereTheyAreFrom() {
    Recognized r = Recognized.in("Mr. J. W. Hedley of Eudora visited relatives here.", 1913);
    assertEquals("Eudora", r.canonical("Eudora"), r.toString());
    assertEquals("place", r.at("Eudora").map(f -> f.type()).orElse(null), r.toString());
  }

  @Test
  void aStatesAbbreviationIsNoTitle() {
    Recognized r = Recognized.in("He lived in Jackson, Miss. Later he moved.", 1913);
    assertNull(r.canonical("Later"), r.toString());
  }

  @Test
  void toAfterAWordOfGoingIsAPrepositionOfPlace() {
    Recognized r = Recognized.in("He moved his family to McMinnville and then to Newberg. He wrote to Lincoln.", 1900);
    assertEquals("McMinnville", r.canonical("McMinnville"), r.toString());
    assertEquals("Newberg", r.canonical("Newberg"), r.toString());
    assertEquals("person", r.at("Lincoln").map(f -> f.type()).orElse(null), r.toString()); // wrote to: a person
  }

  @Test
  void aStatesAbbreviationThatIsAWordAfterATownAndAComma() {
    Recognized r = Recognized.in("He was born in Williamsburg, Pa. in 1870.", 1900);
    assertEquals("Williamsburg, Pennsylvania", r.canonical("Williamsburg"), r.toString()); // not Williamsburg, Virginia
  }

  @Test
  void aStateTheDictionaryGaveThePlainNameKeepsItBesideItsCity() {
    Recognized r = Recognized.in("Okinawa Reversion. The talks then turned to trade.", 1972);
    assertEquals("Okinawa", r.canonical("Okinawa"), r.toString());
    Recognized city = Recognized.in("He lives in Okinawa City now.", 2014);
    assertEquals("Okinawa City", city.canonical("Okinawa City"), city.toString());
  }
}
