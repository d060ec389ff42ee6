package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Made-up pairings of common Japanese given and family names, in both orders. */
class JapaneseNameOrderTest {

  @Test
  void theEndingsTellTheFamilyName() {
    assertTrue(JapaneseNameOrder.familyLast("shohei", "kawamura"));
    assertFalse(JapaneseNameOrder.familyLast("kawamura", "shohei"));
    assertTrue(JapaneseNameOrder.familyLast("yukiko", "nakano"));
    assertFalse(JapaneseNameOrder.familyLast("yamashita", "daisuke"));
    assertFalse(JapaneseNameOrder.familyLast("mitoma", "kaoru"));
    assertTrue(JapaneseNameOrder.familyLast("shota", "hayafuji"));
  }

  @Test
  void whereTheEndingsSayNothingTheOrderStaysAsWritten() {
    assertTrue(JapaneseNameOrder.familyLast("yasumasa", "takeshi"));
    assertTrue(JapaneseNameOrder.familyLast("takeshi", "yasumasa"));
    assertTrue(JapaneseNameOrder.familyLast("yasumasa", "kishi")); // -ishi: Kishi, Oishi, Shiraishi
    assertFalse(JapaneseNameOrder.familyLast("kishi", "yasumasa"));
  }

  @Test
  void bothOrdersAreOnePersonGivenNameFirst() {
    Recognized r = Recognized.in("Daisuke Kawamura pitched. Kawamura Daisuke won. Kawamura smiled.", 2024);
    assertEquals("Daisuke Kawamura", r.canonical("Daisuke Kawamura"), r.toString());
    assertEquals("Daisuke Kawamura", r.canonical("Kawamura Daisuke"), r.toString());
    assertEquals("Daisuke Kawamura", r.canonical("Kawamura"), r.toString());
  }
}
