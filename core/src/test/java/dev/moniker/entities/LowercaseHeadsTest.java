package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Names whose kind older papers printed in lower case (ShapeRule's lower-case heads). */
class LowercaseHeadsTest {

  @Test
  void aCountyOrStreetAsOldPapersPrintedIt() {
    Recognized r = Recognized.in("The sheriff of Bladen county drove down Hargett street at noon.", 1924);
    assertEquals("Bladen County", r.canonical("Bladen county"), r.toString());
    assertEquals("place", r.at("Hargett street").orElseThrow().type(), r.toString());
  }

  @Test
  void aBodyAsOldPapersPrintedIt() {
    Recognized r = Recognized.in("He worked for the Carolina Piedmont Light company until he fell ill.", 1922);
    assertEquals("Carolina Piedmont Light Company", r.canonical("Carolina Piedmont Light company"), r.toString());
  }

  @Test
  void aLowercaseKindInLaterTextOrAfterAPlaceOrPeopleDescribes() {
    assertNull(Recognized.in("A Zambian court ruled on Friday.", 2011).canonical("Zambian court"));
    assertNull(Recognized.in("A Ruritanian court ruled on Friday.", 2011).canonical("Ruritanian court"));
    Recognized texas = Recognized.in("He sold it to a Texas company in 1922.", 1922);
    assertEquals("Texas", texas.canonical("Texas"), texas.toString());
  }
}
