package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KindOfCountryRuleTest {

  @Test
  void aKindOfBodyOfACountryIsThatCountrysBody() {
    Recognized r = Recognized.in("The Government of Iraq and the Government of the Philippines agreed.", 2010);
    assertEquals(List.of("Iraqi Government", "Iraq"), r.allAt("Government of Iraq"), r.toString());
    assertEquals(List.of("Philippine Government", "Philippines"), r.allAt("Government of the Philippines"), r.toString());
  }

  @Test
  void theSameBodyAsTheCountrysPeoplesWordNamesIt() {
    Recognized r = Recognized.in("Officials of Iraq spoke. The Iraqi Government and the Government of Iraq agreed.", 2010);
    assertEquals("Iraqi Government", r.canonical("Government"), r.toString());
    assertEquals("Iraqi Government", r.canonical("Government of Iraq"), r.toString());
  }

  @Test
  void noCountryAfterOfIsNoCountrysBody() {
    Recognized r = Recognized.in("Lee led the Army of Northern Virginia.", 1863);
    assertEquals(List.of("Army of Northern Virginia"), r.allAt("Army of Northern Virginia"), r.toString());
  }
}
