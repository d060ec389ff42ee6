package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionOfPlaceRuleTest {

  @Test
  void aPartOfAPlaceByItsDirectionIsAPlaceInIt() {
    Recognized r = Recognized.in("Fires raged across Southern California and South Texas.", 2019);
    assertEquals(List.of("Southern California", "California"), r.allAt("Southern California"), r.toString());
    assertEquals(List.of("South Texas", "Texas"), r.allAt("South Texas"), r.toString());
  }

  @Test
  void listedPartsAreTheDictionarys() {
    Recognized r = Recognized.in("Envoys of North Korea and North Carolina met in West Africa.", 2019);
    assertEquals(List.of("North Korea"), r.allAt("North Korea"), r.toString());
    assertEquals(List.of("North Carolina"), r.allAt("North Carolina"), r.toString());
  }

  @Test
  void aLongerNameOrNoWholePlaceIsNoPart() {
    Recognized r = Recognized.in("He taught at Southern Illinois University near the Western Wombat Range.", 2019);
    assertEquals(List.of("Southern Illinois University"), r.allAt("Southern Illinois University"), r.toString());
    assertTrue(r.allAt("Western Wombat").isEmpty(), r.toString());
  }
}
