package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RememberedNameRuleTest {

  @Test
  void aDoubleBarrelledFamilyNameIsKeptWholeAndSaidAgainAlone() {
    Recognized r = Recognized.in("Then María Okafor-López spoke. Later Okafor-López left.", 2020);
    assertEquals("María Okafor-López", r.canonical("María Okafor-López"), r.toString());
    assertEquals("María Okafor-López", r.canonical("Okafor-López"), r.toString());
  }

  @Test
  void aTownReadBeforeItsStateIsThatTownLater() {
    Recognized r = Recognized.in("He was born at Okafor Ferry, West Virginia. Okafor Ferry is old.", 1920);
    assertEquals(2, r.allAt("Okafor Ferry").size(), r.toString());
    r.allAt("Okafor Ferry").forEach(name -> assertEquals("Okafor Ferry, West Virginia", name));
  }

  @Test
  void twoFamilyNamesWithASpaceStayBoth() {
    assertEquals("Debra Wong Yang", Recognized.in("Then Debra Wong Yang spoke.", 2006).canonical("Debra Wong Yang"));
    assertNull(Recognized.in("Then Okafor-López left.", 2020).canonical("Okafor-López"));
  }

  @Test
  void aCompanyNamedWithoutItsLegalFormIsTheCompany() {
    Recognized r = Recognized.in("VECO Corporation paid the fine. VECO, a subsidiary, agreed.", 2008);
    assertEquals(java.util.List.of("VECO Corporation"), r.allAt("VECO"), r.toString());
    Recognized person = Recognized.in("Durward G. Hall spoke. Hall said more.", 1961);
    assertEquals("Durward Hall", person.canonical("Hall"), person.toString());
  }

  @Test
  void aCompanysOneProperWordAloneIsTheCompany() {
    Recognized r = Recognized.in("Caddell Construction Company Inc. won the contract. Later Caddell said it would finish.", 2012);
    assertEquals("Caddell Construction Company", r.canonical("Caddell"), r.toString());
    Recognized english = Recognized.in("Tenet Healthcare Corporation paid. Tenet said so.", 2012);
    assertNull(english.canonical("Tenet"), english.toString()); // an English word alone says no company
  }
}
