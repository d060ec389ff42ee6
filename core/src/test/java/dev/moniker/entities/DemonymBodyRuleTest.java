package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DemonymBodyRuleTest {

  @Test
  void aCountrysBodyByItsPeoplesAdjective() {
    Recognized r = Recognized.in("The Bolivian Senate voted, and the Ugandan Parliament met.", 2006);
    assertEquals("Bolivian Senate", r.canonical("Senate"), r.toString());
    assertEquals("Ugandan Parliament", r.canonical("Parliament"), r.toString());
    assertEquals("Bolivia", r.canonical("Bolivian"), r.toString()); // the adjective stays the country's
    Recognized listed = Recognized.in("The Colombian Senate voted, and the Kenyan Parliament met.", 2016);
    assertEquals("Senate of Colombia", listed.canonical("Colombian Senate"), listed.toString()); // a listed body's spelling
    assertEquals("Parliament of Kenya", listed.canonical("Kenyan Parliament"), listed.toString());
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

  @Test
  void aCountrysNameBeforeTheKindAsItsPeoplesWordIs() {
    Recognized r = Recognized.in("China's Foreign Ministry said Monday.", 2012);
    assertEquals("Chinese Foreign Ministry", r.canonical("Foreign Ministry"), r.toString()); // listed as the Chinese one
    Recognized plain = Recognized.in("A China Foreign Ministry spokesman said Monday.", 2012);
    assertEquals("Chinese Foreign Ministry", plain.canonical("Foreign Ministry"), plain.toString());
    assertEquals("China", plain.canonical("China"), plain.toString());
    Recognized kenya = Recognized.in("Kenya's Parliament voted.", 2020);
    assertEquals("Parliament of Kenya", kenya.canonical("Parliament"), kenya.toString());
  }
}
