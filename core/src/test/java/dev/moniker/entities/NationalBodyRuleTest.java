package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NationalBodyRuleTest {

  @Test
  void aGenericNameIsTheBodyOfTheCountryTheTextNamed() {
    Recognized us = Recognized.in("Officials in Chicago said the Army and the Air Force would help.", 2010);
    assertEquals("United States Army", us.canonical("Army"), us.toString());
    assertEquals("United States Air Force", us.canonical("Air Force"), us.toString());
    Recognized uk = Recognized.in("In London, Parliament voted on the budget.", 2010);
    assertEquals("Parliament of the United Kingdom", uk.canonical("Parliament"), uk.toString());
  }

  @Test
  void theBodyMustHaveExistedThen() {
    Recognized war = Recognized.in("In Tokyo the Army and the Navy met.", 1941);
    assertEquals("Imperial Japanese Army", war.canonical("Army"), war.toString());
    Recognized now = Recognized.in("In Tokyo the Army and the Navy met.", 2010);
    assertNull(now.canonical("Army"), now.toString());
  }

  @Test
  void nothingWithoutOneCountryOrInsideALongerName() {
    assertNull(Recognized.in("The Army said so.", 2010).canonical("Army"));
    Recognized two = Recognized.in("London and Chicago agreed; the Army left.", 2010);
    assertNull(two.canonical("Army"), two.toString());
    Recognized iraqi = Recognized.in("Officials in Chicago praised the Iraqi Army.", 2010);
    assertEquals("Iraqi Army", iraqi.canonical("Army"), iraqi.toString()); // its own (DemonymBodyRule), not the US Army
  }

  @Test
  void aUsBodysGenericNameInAStoryOfAnotherCountryThatNamedNothingAmerican() {
    assertEquals("Democratic Party of Korea",
        Recognized.in("In Seoul, the Democratic Party won seats.", 2022).canonical("Democratic Party"));
    assertEquals("Democratic Party",
        Recognized.in("In Chicago, the Democratic Party met. Seoul was discussed.", 2022).canonical("Democratic Party"));
    assertEquals("Democratic Party", Recognized.in("The Democratic Party won.", 2022).canonical("Democratic Party"));
    assertEquals("House of Representatives of Japan",
        Recognized.in("In Tokyo, the prime minister dissolved the House of Representatives.", 2024).canonical("House of Representatives"));
    assertEquals("United States House of Representatives",
        Recognized.in("The House of Representatives passed the bill.", 2024).canonical("House of Representatives"));
  }

  @Test
  void theCommunistPartyIsTheNamedCountrysOfItsYears() {
    Recognized vn = Recognized.in("Vietnam's ruling Communist Party chose a new leader.", 2016);
    assertEquals("Communist Party of Vietnam", vn.canonical("Communist Party"), vn.toString());
    Recognized su = Recognized.in("In the Soviet Union the Communist Party ruled.", 1970);
    assertEquals("Communist Party of the Soviet Union", su.canonical("Communist Party"), su.toString());
    Recognized ru = Recognized.in("In Russia the Communist Party lost seats.", 1999);
    assertEquals("Communist Party of the Russian Federation", ru.canonical("Communist Party"), ru.toString());
    Recognized cn = Recognized.in("Xi Jinping spoke in Beijing before the Party Congress opened.", 2022);
    assertEquals("National Congress of the Chinese Communist Party", cn.canonical("Party Congress"), cn.toString());
  }

  @Test
  void theHouseInAStoryOfTheUnitedStates() {
    Recognized r = Recognized.in("The Senate passed it 72-26 and the House agreed 342-85.", 2016);
    assertEquals("United States House of Representatives", r.canonical("House"), r.toString());
    assertNull(Recognized.in("The House voted on Tuesday.", 2016).canonical("House")); // no country named: whose?
  }

  @Test
  void aKindNobodyListedForTheOneCountryNamedIsThatCountrysBody() {
    Recognized r = Recognized.in("Fighting went on in Afghanistan. Interior Ministry spokesman Nasrat Rahimi said so. "
        + "Police said three died.", 2019);
    assertEquals("Afghan Interior Ministry", r.canonical("Interior Ministry"), r.toString());
    assertNull(r.canonical("Police"), r.toString()); // a town's police, not the country's
    Recognized two = Recognized.in("Envoys of Afghanistan and Ghana met. Interior Ministry officials spoke.", 2019);
    assertNull(two.canonical("Interior Ministry"), two.toString()); // whose?
    Recognized possessive = Recognized.in("Ghana's Foreign Ministry and the Ghanaian Foreign Ministry spoke.", 2016);
    assertEquals("Ghanaian Foreign Ministry", possessive.canonical("Foreign Ministry"), possessive.toString()); // one name
  }
}
