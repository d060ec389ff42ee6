package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectionCountryRuleTest {

  @Test
  void theNorthAndTheSouthAreTheDividedCountrysHalvesTheTextNamed() {
    Recognized r = Recognized.in("North Korea fired missiles from Wonsan, and Seoul protested. The North said the South "
        + "must stop. The North's envoy left.", 2018);
    assertEquals(List.of("North Korea", "North Korea"), List.of(r.canonical("North"), r.canonical("North's")), r.toString());
    assertEquals("South Korea", r.canonical("South"), r.toString());
  }

  @Test
  void withoutSuchACountryTheDirectionIsNobody() {
    Recognized r = Recognized.in("He moved to the South in 1950. The North won the war.", 1950);
    assertNull(r.canonical("South"), r.toString());
    assertNull(r.canonical("North"), r.toString()); // not Oliver North
    Recognized oliver = Recognized.in("Oliver North testified. North said he was proud.", 1987);
    assertEquals("Oliver North", oliver.canonical("North"), oliver.toString());
  }
}
