package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DemonymBodyRuleTest {

  @Test
  void aCountrysBodyByItsPeoplesAdjective() {
    Recognized r = Recognized.in("The Colombian Senate voted, and the Kenyan Parliament met.", 2006);
    assertEquals("Colombian Senate", r.canonical("Senate"), r.toString());
    assertEquals("Kenyan Parliament", r.canonical("Parliament"), r.toString());
    assertEquals("Colombia", r.canonical("Colombian"), r.toString()); // the adjective stays the country's
  }

  @Test
  void theCountrysListedBodyWhenThereIsOneOfThatKindAndYear() {
    assertEquals("Imperial Japanese Navy", Recognized.in("The Japanese Navy attacked.", 1942).canonical("Navy"));
    assertEquals("Imperial Japanese Army", Recognized.in("Units of the Japanese Army landed.", 1937).canonical("Army"));
  }

  @Test
  void noBodyFromALowerCaseKindAnAdjectiveOfSeveralCountriesOrALongerName() {
    assertNull(Recognized.in("A Chinese court ruled on Monday.", 2010).canonical("court"));
    assertNull(Recognized.in("The Korean Army marched.", 1990).canonical("Army")); // which Korea?
    assertNull(Recognized.in("The Colombian Senate Committee met.", 2006).canonical("Senate"));
  }
}
