package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Japanese names nobody listed, by their Hepburn shape, in VOA's order (given name first). */
class JapaneseNameRuleTest {

  @Test
  void twoHepburnWordsAreAPersonAndTheFamilyNameLaterToo() {
    Recognized r = Recognized.in("Party official Nobuteru Ishihara and Minoru Yanagida spoke. Later Ishihara left.", 2012);
    assertEquals("Nobuteru Ishihara", r.canonical("Nobuteru Ishihara"), r.toString());
    assertEquals("NAME_SHAPE", r.reason("Nobuteru Ishihara"));
    assertEquals("Minoru Yanagida", r.canonical("Minoru Yanagida"), r.toString());
    assertEquals("Nobuteru Ishihara", r.canonical("Ishihara"), r.toString());
  }

  @Test
  void aKnownFamilyNameMayBeSomebodyElsesToo() {
    Recognized r = Recognized.in("Organiser Yasumasa Kishi said so.", 2016);
    assertEquals("Yasumasa Kishi", r.canonical("Yasumasa Kishi"), r.toString());
  }

  @Test
  void wordsThatOnlyLookJapanese() {
    assertNull(Recognized.in("They climbed Mauna Kea at dawn.").canonical("Mauna Kea"), "Hawaiian");
    Recognized paper = Recognized.in("He read the Hokkaido Shimbun daily.");
    assertEquals("ORG_SHAPE", paper.reason("Hokkaido Shimbun"), paper.toString());
    Recognized western = Recognized.in("Then Anna Karenina arrived.");
    assertEquals("GIVEN_NAME", western.reason("Anna Karenina"), western.toString());
  }

  @Test
  void hepburnReadings() {
    assertEquals(4, Morae.count("yoshimasa"));
    assertEquals(4, Morae.count("shimbun"));
    assertEquals(5, Morae.count("hokkaido"));
    assertEquals(3, Morae.count("ohtani"), "oh for a long o");
    assertEquals(4, Morae.count("matsumura"));
    assertEquals(-1, Morae.count("hudson"));
    assertEquals(-1, Morae.count("zhou"));
    assertEquals(-1, Morae.count("situ"), "Kunrei spelling");
    assertEquals(-1, Morae.count("williams"));
  }
}
