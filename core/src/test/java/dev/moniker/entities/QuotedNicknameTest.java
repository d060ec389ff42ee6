package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuotedNicknameTest {

  @Test
  void aQuotedNicknameStaysInsideTheName() {
    Recognized r = Recognized.in("Then John \"Jack\" Okafor spoke. Okafor left.", 2018);
    assertEquals("John Okafor", r.canonical("John \"Jack\" Okafor"), r.toString());
    assertEquals("John Okafor", r.canonical("Okafor"), r.toString());
  }

  @Test
  void curlyQuotesAndAKnownPerson() {
    Recognized r = Recognized.in("Speaker Thomas “Tip” O'Neill spoke.", 1985);
    assertEquals("Tip O'Neill", r.canonical("Thomas “Tip” O'Neill"), r.toString());
    assertNull(r.canonical("Thomas"), r.toString()); // not Clarence Thomas
  }

  @Test
  void theFamilyNameAfterTheNicknameIsThisPersonsNotAFamousOnes() {
    // without the nickname read, "Cha" alone later linked to Victor Cha, the scholar
    Recognized r = Recognized.in("Defendant Jin Chul \"Jacob\" Cha, 45, pleaded guilty. Cha admitted it.", 2018);
    assertNull(r.canonical("Cha"), r.toString());
  }

  @Test
  void quotedWordsOutsideANameAreNoNickname() {
    Recognized r = Recognized.in("Okafor said \"Yes\" Then Kim Jong Un left.", 2018);
    assertEquals("Kim Jong-un", r.canonical("Kim Jong Un"), r.toString());
  }
}
