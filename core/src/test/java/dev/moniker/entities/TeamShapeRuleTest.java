package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TeamShapeRuleTest {

  @Test
  void aTeamNamedForItsCityIsABodyNotTheCity() {
    Recognized r = Recognized.in("He pitched for the Chicago Cubs before the Seattle Mariners signed him.", 2015);
    assertEquals("org", r.at("Chicago Cubs").orElseThrow().type(), r.toString());
    assertEquals("Seattle Mariners", r.canonical("Seattle Mariners"), r.toString());
    assertNull(r.canonical("Chicago"), r.toString());
  }

  @Test
  void aChoirOrBandOfATownToo() {
    Recognized r = Recognized.in("Music came from the Denver Harmony Singers all evening.", 1930);
    assertEquals("Denver Harmony Singers", r.canonical("Denver Harmony Singers"), r.toString());
  }

  @Test
  void headlinesEventsAndPeoplesAreNoTeams() {
    assertEquals("Seoul", Recognized.in("Seoul Residents Flee Floods", 2020).canonical("Seoul"));
    Recognized games = Recognized.in("Tickets for the Beijing Olympics sold out.", 2008);
    assertEquals("Beijing", games.canonical("Beijing"), games.toString());
    assertNull(games.canonical("Beijing Olympics"), games.toString());
  }
  @Test
  void afterAnyLowerCaseWordInRunningText() {
    Recognized r = Recognized.in("He chose them over the famous Chicago Cubs and Seattle Mariners.", 2018);
    assertEquals("Chicago Cubs", r.canonical("Chicago Cubs"), r.toString());
    assertEquals("Seattle Mariners", r.canonical("Seattle Mariners"), r.toString());
  }

  @Test
  void kindsTitlesAndPeopleAreNoTeams() {
    Recognized kinds = Recognized.in("Rain fell on both Kansas Counties and Ohio Clubs closed.", 2018);
    assertNull(kinds.canonical("Kansas Counties"), kinds.toString());
    assertNull(kinds.canonical("Ohio Clubs"), kinds.toString());
    Recognized person = Recognized.in("Crowds cheered Vermont Senator Bernie Sanders on Monday.", 2016);
    assertEquals("Vermont", person.canonical("Vermont"), person.toString());
  }

  @Test
  void aSentencesTheBeforeATeamInRunningText() {
    assertEquals("Denver Broncos", Recognized.in("The Denver Broncos scored twice.", 2022).canonical("Denver Broncos"));
    assertNull(Recognized.in("The Seoul Residents Flee", 2022).canonical("Seoul Residents"));
  }

  @Test
  void aPersonAfterThePlaceIsNoTeam() {
    assertNull(Recognized.in("The US Ambassador to Japan George Okafors spoke.", 2025).canonical("Japan George Okafors"));
  }

  @Test
  void aGivenNameOfNoEnglishWordAfterThePlaceStartsAPerson() {
    Recognized r = Recognized.in("The U.N. special representative to Afghanistan Jan Kubis spoke.", 2014);
    assertNull(r.canonical("Afghanistan Jan Kubis"), r.toString());
    assertEquals("Afghanistan", r.canonical("Afghanistan"), r.toString());
  }
}
