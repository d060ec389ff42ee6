package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TitledNameRuleTest {

  @Test
  void aTitleBeforeTwoUnknownWordsNamesAPerson() {
    Recognized r = Recognized.in("They met Vice President Adeyemi Okonkwo on Monday. Okonkwo said little.", 2012);
    assertEquals("person", r.at("Adeyemi Okonkwo").orElseThrow().type(), r.toString());
    assertEquals("Adeyemi Okonkwo", r.canonical("Okonkwo"), r.toString());
  }

  @Test
  void wordsOfEnglishPlacesAndLongerNamesAreNot() {
    assertNull(Recognized.in("Governor Dark Horse won.", 2012).canonical("Dark Horse"));
    Recognized place = Recognized.in("Governor Kaduna Okafor spoke.", 2012);
    assertNull(place.canonical("Kaduna Okafor"), place.toString());
    assertNull(Recognized.in("President Zubair Tarkan Foundation gave money.", 2012).canonical("Zubair Tarkan"));
  }
}
