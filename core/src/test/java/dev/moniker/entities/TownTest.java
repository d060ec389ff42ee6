package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Towns (GeoNames places of 15,000 people, 2,500 in the US): read as places only where the words
 * show a place, and the one of several of a name that lies in the state the text names.
 */
class TownTest {

  @Test
  void aTownAfterAPrepositionOrBeforeItsState() {
    Recognized r = Recognized.in("The caucus met in Clive, a suburb. The boys were taken to Albemarle, N.C. for trial.", 2020);
    assertEquals("Clive", r.canonical("Clive"), r.toString());
    assertEquals("Albemarle", r.canonical("Albemarle"), r.toString());
  }

  @Test
  void theStateAfterTheCommaChoosesAmongTownsOfOneName() {
    Recognized nc = Recognized.in("He lives near Fairmont, N.C. with his family.", 1924);
    assertEquals("Fairmont, North Carolina", nc.canonical("Fairmont"), nc.toString());
    Recognized mn = Recognized.in("He lives near Fairmont, Minnesota, with his family.", 1924);
    assertEquals("Fairmont, Minnesota", mn.canonical("Fairmont"), mn.toString());
    Recognized none = Recognized.in("He lives in Fairmont with his family.", 1924);
    assertNull(none.canonical("Fairmont"), "three towns of the name, and nothing says which");
  }

  @Test
  void aTownsNameElsewhereIsAPersonOrNothing() {
    Recognized r = Recognized.in("Mr. Fairmont said the Malone family, and Michael Moore, agreed.", 2020);
    assertEquals("Fairmont", r.canonical("Fairmont"), r.toString());
    assertEquals(EntityType.PERSON.label(), r.at("Fairmont").orElseThrow().type());
    assertNull(r.canonical("Malone"), r.toString());
    assertEquals("Michael Moore", r.canonical("Michael Moore"), r.toString());
  }

  @Test
  void aQueryLeavesATownsNameAsWords() {
    EntityRecognizer query = new EntityRecognizer(EntityDictionary.defaults(), true);
    assertNull(query.recognize(java.util.List.of(new Word("Clive", "clive", -1)), null), "a town in a query");
    assertEquals("Seoul", query.recognize(java.util.List.of(new Word("Seoul", "seoul", -1)), null).entity().canonical());
  }

  @Test
  void aTownOnceReadAsAPlaceIsThatTownLaterToo() {
    Recognized r = Recognized.in("The fire started in Albemarle at night. Albemarle firemen came at once.", 1925);
    assertEquals(java.util.List.of("Albemarle", "Albemarle"), r.allAt("Albemarle"), r.toString());
  }
  @Test
  void aDatelineNamesTheTownAStoryWasFiledFrom() {
    Recognized r = Recognized.in("Clive, Dec. 4.—The new school was entered. Clive police came.", 1925);
    assertEquals("place", r.at("Clive").orElseThrow().type(), r.toString());
    Recognized person = Recognized.in("Malone, who came in December, left.", 1925);
    assertTrue(person.at("Malone").isEmpty(), person.toString());
  }

  @Test
  void aLaterTownOfTheOneStateThatAnEarlierUnlinkedTownCouldBeIn() {
    // Fairmont is in West Virginia, Minnesota or North Carolina; Lumberton in North Carolina or Texas
    Recognized r = Recognized.in("He lives in Fairmont. His son was in Lumberton at the time.", 1924);
    assertNull(r.canonical("Fairmont"), r.toString()); // read before anything said which
    assertEquals("Lumberton", r.canonical("Lumberton"), r.toString()); // Lumberton, North Carolina
    Recognized alone = Recognized.in("His son was in Lumberton at the time.", 1924);
    assertNull(alone.canonical("Lumberton"), alone.toString()); // alone, nothing decides
  }

  @Test
  void aBareNameAfterItsCountyInAStoryOfAnotherStateIsTheCounty() {
    Recognized r = Recognized.in(
        "The Cleveland county court met in North Carolina. Johnston is behind Cleveland in cotton.", 1931);
    assertEquals("Cleveland County", r.canonical("Cleveland county"), r.toString());
    assertEquals("Cleveland County", r.canonical("Cleveland"), r.toString()); // not Cleveland, Ohio
    // the city stays the city in its own state's story, and where the story names no state
    Recognized ohio = Recognized.in("The Cleveland County fair opened. Back in Cleveland, Ohio, it rained.", 1931);
    assertEquals("Cleveland", ohio.canonical("Cleveland"), ohio.toString());
    Recognized la = Recognized.in("Los Angeles County supervisors met. Los Angeles police said so.", 2020);
    assertEquals("Los Angeles", la.canonical("Los Angeles"), la.toString());
  }

  @Test
  void aTownNamedWithAnEnglishWordOnlyBesideItsStateOrNamedSoBefore() {
    Recognized r = Recognized.in("He moved to Emporia, Kan., last spring. Friends in Emporia miss him.", 1912);
    assertEquals(2, r.allAt("Emporia").size(), r.toString());
    Recognized bare = Recognized.in("He waited in Union Station. Emporia was quiet.", 1912);
    assertNull(bare.canonical("Union"), bare.toString());
    assertNull(bare.canonical("Emporia"), bare.toString());
  }

  @Test
  void aPlaceTheTextNamedKeepsItsSenseAgainstAFamousFamilyName() {
    Recognized r = Recognized.in("Lincoln, Neb., July 3. The road will run from Stromsburg to Lincoln.", 1906);
    assertEquals(List.of("Lincoln", "Lincoln"), r.allAt("Lincoln"), r.toString()); // the city, twice
    Recognized person = Recognized.in("Lincoln freed the slaves in 1863.", 1900);
    assertEquals("Abraham Lincoln", person.canonical("Lincoln"), person.toString());
  }

  @Test
  void aTownNamedWithAnEnglishWordAfterAPrepositionInAStoryOfItsState() {
    Recognized r = Recognized.in("New Jersey Gov. Chris Christie spoke in Hillside on Monday.", 2013);
    assertEquals("Hillside, New Jersey", r.canonical("Hillside"), r.toString());
    Recognized other = Recognized.in("He spoke in Hillside on Monday.", 2013);
    assertNull(other.canonical("Hillside"), other.toString());
  }
}
