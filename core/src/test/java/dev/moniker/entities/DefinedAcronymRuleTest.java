package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinedAcronymRuleTest {

  @Test
  void anAbbreviationTheTextDefinedIsItsName() {
    Recognized r = Recognized.in("He spoke at the Foreign Correspondents' Club (FCC). The FCC refused.", 2018);
    assertEquals(2, r.allAt("FCC").size(), r.toString());
    assertEquals(java.util.List.of("Foreign Correspondents' Club", "Foreign Correspondents' Club"), r.allAt("FCC"));
  }

  @Test
  void withoutADefinitionTheDictionaryReadsIt() {
    assertEquals("Federal Communications Commission", Recognized.in("The FCC refused.", 2018).canonical("FCC"));
  }

  @Test
  void lettersThatAreNotTheInitialsDefineNothing() {
    Recognized r = Recognized.in("He spoke at the Foreign Correspondents' Club (NATO). NATO refused.", 2018);
    assertEquals("North Atlantic Treaty Organization", r.canonical("NATO"), r.toString());
  }

  @Test
  void anAbbreviationWithASmallLetterForASmallWord() {
    Recognized r = Recognized.in("The Department of Defense (DoD) paid the firm. Later DoD said so.", 2012);
    assertEquals(java.util.List.of("Pentagon", "Pentagon"), r.allAt("DoD"), r.toString());
  }

  @Test
  void anAbbreviationInQuotesInBracketsAsFilingsWriteIt() {
    Recognized r = Recognized.in("He sued the Okafor Department of Public Safety (\"ODPS\"). The ODPS denied it.", 2021);
    assertEquals(java.util.List.of("Okafor Department of Public Safety", "Okafor Department of Public Safety"),
        r.allAt("ODPS"), r.toString());
  }

  @Test
  void anAbbreviationAfterACommaIsDefinedToo() {
    // made-up bodies, as African and Asian papers write them: the name, a comma, its initials
    Recognized r = Recognized.in("The ruling Coalition for Democratic Change, CDC, won. The Boro Elections Commission, BEC, "
        + "counted. CDC members cheered and the BEC said so.", 2023);
    assertEquals(List.of("Coalition for Democratic Change", "Coalition for Democratic Change"), r.allAt("CDC"), r.toString());
    assertEquals("Boro Elections Commission", r.allAt("BEC").get(1), r.toString());
    Recognized other = Recognized.in("They met Ann Lee, CDC, and left.", 2023);
    assertEquals("Centers for Disease Control and Prevention", other.canonical("CDC"), other.toString()); // no initials of hers
  }
}
