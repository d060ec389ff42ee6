package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CantoneseNameRuleTest {

  @Test
  void aHongKongNameIsOnePersonAndTheFamilyNameAloneLaterIsThem() {
    Recognized r = Recognized.in("Lam Cheuk-ting unfurled a banner and Kwok Ka-ki spoke. Lam said he would stay.", 2020);
    assertEquals("Lam Cheuk-ting", r.canonical("Lam Cheuk-ting"), r.toString());
    assertEquals("NAME_SHAPE", r.reason("Lam Cheuk-ting"));
    assertEquals("Kwok Ka-ki", r.canonical("Kwok Ka-ki"), r.toString());
    assertEquals("Lam Cheuk-ting", r.canonical("Lam"), r.toString());
  }

  @Test
  void aKoreanNameStaysKoreanAndWithoutAHyphenTheShapeSaysNothing() {
    Recognized r = Recognized.in("Chung Eui-yong met them. Lam Cheuk spoke.", 2020);
    assertEquals("Chung Eui-yong", r.canonical("Chung Eui-yong"), r.toString());
    assertNotEquals("NAME_SHAPE", r.reason("Lam Cheuk"), r.toString()); // a Western reading, if any: no hyphened given name
  }
}
