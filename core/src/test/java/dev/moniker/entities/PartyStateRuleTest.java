package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyStateRuleTest {

  @Test
  void aLawmakersPartyAndStateAfterTheName() {
    Recognized r = Recognized.in("Senator Okafor (R-FL) and Rep. Wall (D-N.Y.) and Senator Eze (I-VT) spoke.", 2018);
    assertEquals(List.of("Florida", "Republican Party"), r.allAt("R-FL"), r.toString());
    assertEquals(List.of("New York State", "Democratic Party"), r.allAt("D-N.Y"), r.toString());
    assertEquals(List.of("Vermont"), r.allAt("I-VT"), r.toString()); // an independent: no party
  }

  @Test
  void aPostalCodeThatSpellsACompanyJoinedIsTheState() {
    Recognized r = Recognized.in("Rep. Cruz (R-TX) spoke.", 2018);
    assertEquals(List.of("Texas", "Republican Party"), r.allAt("R-TX"), r.toString()); // not Raytheon's RTX
  }

  @Test
  void onlyAfterABracketOrAComma() {
    Recognized r = Recognized.in("The grade was D-IN in the ledger.", 2018);
    assertTrue(r.allAt("D-IN").isEmpty(), r.toString());
  }
}
