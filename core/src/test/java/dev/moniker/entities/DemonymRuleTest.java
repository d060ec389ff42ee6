package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemonymRuleTest {

  @Test
  void aDemonymStandsForItsCountry() {
    Recognized r = Recognized.in("Soviet troops and North Korean forces crossed.", 1950);
    assertEquals("Soviet Union", r.canonical("Soviet"), r.toString());
    assertEquals("North Korea", r.canonical("North Korean"), r.toString());
    assertEquals("DEMONYM", r.reason("Soviet"));
  }

  @Test
  void aPluralOfCountriesStandsForEach() {
    Recognized r = Recognized.in("Talks between the two Koreas resumed.", 2018);
    assertEquals(List.of("North Korea", "South Korea"), r.allAt("Koreas").stream().sorted().toList(), r.toString());
  }

  @Test
  void aDemonymOfSeveralCountriesNamesNone() {
    assertTrue(Recognized.in("Korean officials met.", 2018).allAt("Korean").isEmpty());
  }

  @Test
  void theYearDecidesWhatSomeDemonymsMean() {
    assertEquals("Soviet Union", Recognized.in("Russian missiles were in Cuba.", 1962).canonical("Russian"));
    assertEquals("Russia", Recognized.in("Russian officials spoke.", 2008).canonical("Russian"));
  }

  @Test
  void demonymsCanBeTurnedOff() {
    EntityDictionary without = EntityDictionary.withSources(Map.of(), false);
    assertTrue(Recognized.in(without, "Soviet troops crossed.", 1950).allAt("Soviet").isEmpty());
    assertTrue(!without.fingerprint().equals(EntityDictionary.defaults().fingerprint()));
  }

  @Test
  void czechsWereCzechoslovakiasPeopleUntil1992() {
    assertEquals("Czechoslovakia", Recognized.in("They expelled Poles and Czechs.", 1954).canonical("Czechs"));
    assertEquals("Czech Republic", Recognized.in("They expelled Poles and Czechs.", 2004).canonical("Czechs"));
  }

  @Test
  void englishIsALanguageNoCountry() {
    assertEquals(null, Recognized.in("He tells about it on the Special English program.", 2003).canonical("English"));
  }

  @Test
  void aPeoplesWordOfTwoWordsIsNoPersonAndPhilippineIsThePhilippines() {
    Recognized r = Recognized.in("The Philippine constitution bars it. More than 600,000 Hong Kongers cast ballots.", 2020);
    assertEquals("Philippines", r.canonical("Philippine"), r.toString());
    assertEquals("Hong Kong", r.canonical("Hong Kongers"), r.toString());
    assertEquals("place", r.at("Hong Kongers").orElseThrow().type(), r.toString());
  }

  @Test
  void aPartysWordIsThatCountrysPartyWhereNothingSaysOtherwise() {
    Recognized us = Recognized.in("Democratic Sen. Okafor Warnock spoke with Republican lawmakers.", 2022);
    assertEquals("Democratic Party", us.canonical("Democratic"), us.toString());
    assertEquals("Republican Party", us.canonical("Republican"), us.toString());
    Recognized seoul = Recognized.in("Democratic presidential candidate Lee Jae-myung spoke in Seoul. Later Democratic lawmakers agreed.", 2022);
    assertEquals(java.util.List.of(), seoul.allAt("Democratic"), seoul.toString()); // Korea's party, not the U.S. one
  }

  @Test
  void indianBesideAWordOfTheNativePeoplesIsNoMentionOfIndia() {
    Recognized r = Recognized.in("Indian relics were found. American Indian groups met in Indian Country.", 1913);
    assertTrue(r.allAt("Indian").isEmpty(), r.toString());
    Recognized india = Recognized.in("The U.S. and Indian navies met. In New Delhi, Indian tribes protested.", 2009);
    assertEquals(List.of("India", "India"), india.allAt("Indian"), india.toString());
  }
}
