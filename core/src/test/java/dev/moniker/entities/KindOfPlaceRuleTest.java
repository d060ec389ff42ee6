package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KindOfPlaceRuleTest {

  @Test
  void aNameAfterAKindOfPlaceAndOfIsThatPlace() {
    Recognized r = Recognized.in("Bombs went off in the district of Qaryat Ulya and the suburb of Zawbaa.", 2014);
    assertEquals("Qaryat Ulya", r.canonical("Qaryat Ulya"), r.toString());
    assertEquals("place", r.at("Zawbaa").map(f -> f.type()).orElse(""), r.toString());
  }

  @Test
  void whateverItsWordsAndLaterAloneToo() {
    Recognized r = Recognized.in("The firemen of the village of Harold Springs won. Harold Springs cheered.", 1906);
    assertEquals(List.of("Harold Springs", "Harold Springs"), r.allAt("Harold Springs"), r.toString());
    assertTrue(r.at("Harold").isEmpty() && r.at("Harold Springs").map(f -> f.type()).orElse("").equals("place"), r.toString());
  }

  @Test
  void listedPlacesAreTheDictionarysAndWordsOfStyleNoPlace() {
    Recognized r = Recognized.in("He flew from the state of Georgia to the city of New York.", 1990);
    assertEquals("New York", r.canonical("New York"), r.toString());
    assertTrue(r.canonical("Georgia").startsWith("Georgia"), r.toString());
    Recognized style = Recognized.in("The governor declared a State of Emergency.", 1990);
    assertNull(style.canonical("Emergency"), style.toString());
    Recognized body = Recognized.in("He called the Department of State.", 1990);
    assertEquals("State Department", body.canonical("Department of State"), body.toString());
  }
}
