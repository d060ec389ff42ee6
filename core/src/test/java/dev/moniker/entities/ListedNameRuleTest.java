package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ListedNameRuleTest {

  @Test
  void theItemsOfAListOfPeopleArePeople() {
    Recognized r = Recognized.in("Speakers included Senators Maria Lopez, Tekle Haileab and Oyelaran Adebisi.", 2019);
    assertEquals("Maria Lopez", r.canonical("Maria Lopez"), r.toString());
    assertEquals("Tekle Haileab", r.canonical("Tekle Haileab"), r.toString());
    assertEquals("Oyelaran Adebisi", r.canonical("Oyelaran Adebisi"), r.toString());
  }

  @Test
  void aNameBeforeAndAPersonIsOneEvenWhenItsFamilyNameIsAWord() {
    Recognized r = Recognized.in("Jim Rowdy and Carol Baxter report.", 2010);
    assertEquals("James Rowdy", r.canonical("Jim Rowdy"), r.toString());
  }

  @Test
  void aGivenNameAloneBeforeAndSharesTheNextPersonsFamilyName() {
    Recognized r = Recognized.in("Miriam and Thomas Okereke, both engineers, were charged.", 2007);
    assertEquals("Miriam Okereke", r.canonical("Miriam"), r.toString());
    assertEquals("Thomas Okereke", r.canonical("Thomas Okereke"), r.toString());
  }

  @Test
  void noListWithoutAPersonBesideIt() {
    Recognized alone = Recognized.in("Tekle Haileab and the others came.", 2019);
    assertNull(alone.canonical("Tekle Haileab"), alone.toString());
    Recognized clubs = Recognized.in("Woodrow Wilson and Roosevelt Clubs were organized.", 1912);
    assertNull(clubs.canonical("Roosevelt Clubs"), clubs.toString());
    Recognized places = Recognized.in("Maria Lopez visited Lagos and Kano.", 2019);
    assertEquals("place", places.at("Kano").orElseThrow().type(), places.toString());
  }

  @Test
  void aMonthAfterAPrepositionIsADateNotAGivenName() {
    Recognized r = Recognized.in("She was born on the 19th day of July and Thomas W. Wedding was 80.", 1902);
    assertNull(r.canonical("July"), r.toString());
    assertEquals("Thomas Wedding", r.canonical("Thomas W. Wedding"), r.toString());
    Recognized name = Recognized.in("Guests were June and Thomas Okafor.", 1902);
    assertEquals("June Okafor", name.canonical("June"), name.toString());
  }
}
