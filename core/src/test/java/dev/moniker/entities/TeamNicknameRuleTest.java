package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeamNicknameRuleTest {

  @Test
  void aNicknameAloneAfterTheTeamsFullName() {
    Recognized r = Recognized.in("The Buffalo Bills beat the New York Jets. The Bills led and the Jets never recovered.", 2020);
    assertEquals(List.of("Buffalo Bills"), r.allAt("Bills"), r.toString());
    assertEquals("New York Jets", r.canonical("Jets"), r.toString());
  }

  @Test
  void aNicknameThatIsAWordIsNoTeamInAStoryThatNamedNone() {
    assertNull(Recognized.in("The Bills passed the Senate on Monday.", 2020).canonical("Bills"));
  }

  @Test
  void aPrizeNamedAfterAPersonOrAPlaceIsNeither() {
    Recognized r = Recognized.in("They won a fourth Stanley Cup. He took the Conn Smythe Trophy and the Cy Young Award.", 2017);
    assertNull(r.canonical("Stanley"), r.toString());
    assertNull(r.canonical("Conn"), r.toString());
    assertNull(r.canonical("Cy Young Award"), r.toString());
    // still a place where it is one: Idaho's Stanley, which the gazetteer lacks (not the Falklands' capital)
    assertEquals("Stanley, Idaho", Recognized.in("They filmed in Stanley, Idaho.", 2017).canonical("Stanley"));
  }

  @Test
  void aTournamentNamedByAPeoplesWordIsNoCountry() {
    Recognized r = Recognized.in("She won the French Open and then lost in France.", 2021);
    assertNull(r.canonical("French"), r.toString());
    assertEquals("France", r.canonical("France"), r.toString());
  }

  @Test
  void aClubsLastWordAfterItsFullName() {
    Recognized r = Recognized.in("Manchester United beat Bayer Leverkusen. United dominated, and the United States watched.", 2021);
    assertEquals("Manchester United", r.canonical("United"), r.toString());
    assertEquals("United States", r.canonical("United States"), r.toString());
  }
}
