package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Office holders named in brackets after their office, as FRUS heads its documents. */
class BracketedOfficeHolderRuleTest {

  @Test
  void theFamilyNameInBracketsAfterAnOfficeIsItsHolder() {
    Recognized r = Recognized.in(
        "The Ambassador in Korea (Dowbridge) to the Department of State. Dowbridge called on the President.", 1954);
    assertEquals("person", r.at("Dowbridge").map(f -> f.type()).orElse(""), r.toString());
    assertEquals(2, r.allAt("Dowbridge").size(), r.toString()); // and alone later, the same man
  }

  @Test
  void wordsDaysPlacesAndAbbreviationsInBracketsAreNoPeople() {
    Recognized r = Recognized.in("The meeting in Japan (Tuesday) and the Embassy in Korea (Seoul) and the Office of State (Confidential) (USIA).", 1954);
    assertNull(r.canonical("Tuesday"), r.toString());
    assertEquals("Seoul", r.canonical("Seoul"), r.toString());
    assertNull(r.canonical("Confidential"), r.toString());
    Recognized defined = Recognized.in("The Oregon Department of Transportation (OrDOT) said.", 2008);
    assertNull(defined.at("OrDOT").filter(f -> f.type().equals("person")).orElse(null), defined.toString());
    Recognized plain = Recognized.in("Sales rose (Hendrix) last year.", 2000);
    assertNull(plain.canonical("Hendrix"), plain.toString()); // no office before the bracket
  }
}
