package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceBeforeStateRuleTest {

  @Test
  void aTownTooSmallForTheGazetteerBeforeItsState() {
    Recognized r = Recognized.in("We stopped at Quillan Ford, West Virginia, for the night.", 2015);
    assertEquals("Quillan Ford, West Virginia", r.canonical("Quillan Ford"), r.toString());
    assertEquals("West Virginia", r.canonical("West Virginia"), r.toString());
    Recognized abbreviated = Recognized.in("The mill at Dunnagan, N.C. burned.", 1924);
    assertEquals("Dunnagan, North Carolina", abbreviated.canonical("Dunnagan"), abbreviated.toString());
  }

  @Test
  void aStateOfTwoWordsChoosesAmongTownsOfOneName() {
    Recognized r = Recognized.in("He lives in Fairmont, North Carolina, with his family.", 1924);
    assertEquals("Fairmont, North Carolina", r.canonical("Fairmont"), r.toString());
  }

  @Test
  void wordsPeopleAndDatesAreNoTowns() {
    Recognized word = Recognized.in("Police, Texas officials said, came late.", 2015);
    assertNull(word.canonical("Police"), word.toString());
    Recognized day = Recognized.in("On Monday, Texas voted.", 2015);
    assertNull(day.canonical("Monday"), day.toString());
    Recognized person = Recognized.in("Then Maria Lopez, Texas's new senator, spoke.", 2015);
    assertEquals("person", person.at("Maria Lopez").orElseThrow().type(), person.toString());
  }

  @Test
  void theAnalysisReadsOnForTheStatesWholeName() {
    List<Word> town = List.of(new Word("Fairmont", "fairmont", 1), new Word("North", "north", 2));
    assertTrue(PlaceBeforeStateRule.readsOn(town));
    assertFalse(PlaceBeforeStateRule.readsOn(List.of(town.get(0), town.get(1), new Word("Carolina", "carolina", 1), new Word("Beach", "beach", 1))));
    assertFalse(PlaceBeforeStateRule.readsOn(List.of(town.get(0), new Word("and", "and", 2))));
  }

  @Test
  void aPersonsNameBeforeACountryIsNoTown() {
    Recognized r = Recognized.in("On May 19, Ambassador Pamela Okafor, U.S. Chief Negotiator, will lead.", 2024);
    assertEquals("Pamela Okafor", r.canonical("Pamela Okafor"), r.toString());
    Recognized s = Recognized.in("Then Susan Adebisi, Ohio, spoke.", 2024);
    assertEquals("person", s.at("Susan Adebisi").orElseThrow().type(), s.toString());
  }
}
