package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNameRuleTest {

  @Test
  void aFamilyNameThenSyllablesIsOnePersonAndTheGivenNameAloneLaterIsThem() {
    Recognized r = Recognized.in("Blogger Nguyễn Hữu Vinh, 60, was sentenced. Vinh, also known as Anh Ba Sam, "
        + "ran a blog. Nguyen Thi Minh Thuy got three years. Vinh's lawyer said Thuy would appeal.", 2016);
    assertEquals("Nguyen Huu Vinh", r.canonical("Nguyễn Hữu Vinh"), r.toString());
    assertEquals("NAME_SHAPE", r.reason("Nguyễn Hữu Vinh"));
    assertEquals(List.of("Nguyen Huu Vinh"), r.allAt("Vinh"), r.toString()); // not the town of Vinh
    assertEquals("Nguyen Huu Vinh", r.canonical("Vinh's"), r.toString());
    assertEquals("Nguyen Thi Minh Thuy", r.canonical("Nguyen Thi Minh Thuy"), r.toString());
    assertEquals("Nguyen Thi Minh Thuy", r.canonical("Thuy"), r.toString());
  }

  @Test
  void aFamilyNameOtherLanguagesShareWantsASyllableOnlyVietnameseWrites() {
    Recognized r = Recognized.in("Le Thang Long's trial began. Đặng Xuân Diệu was jailed.", 2012);
    assertEquals("Le Thang Long", r.canonical("Le Thang Long's"), r.toString());
    assertEquals("Dang Xuan Dieu", r.canonical("Đặng Xuân Diệu"), r.toString());
    Recognized others = Recognized.in("He read Lam Son and Le Pen in Paris. Ha Tae-keung spoke.", 2012);
    assertNull(others.canonical("Lam Son"), others.toString());
    assertNull(others.canonical("Le Pen"), others.toString());
    assertEquals("Ha Dae-geung", others.canonical("Ha Tae-keung"), others.toString()); // Korean, hyphened
  }

  @Test
  void aNameWrittenGivenNameFirstIsTheSamePerson() {
    Recognized r = Recognized.in("The novelist Viet Thanh Nguyen won the prize. Nguyen said he was surprised.", 2016);
    assertEquals("Nguyen Viet Thanh", r.canonical("Viet Thanh Nguyen"), r.toString());
    assertEquals("Nguyen Viet Thanh", r.canonical("Nguyen"), r.toString());
    assertEquals("Nguyen Viet Thanh", Recognized.in("Nguyen Viet Thanh spoke.", 2016).canonical("Nguyen Viet Thanh"));
  }

  @Test
  void aStreetNamedAfterAPersonIsAStreet() {
    Recognized r = Recognized.in("The Nguyen Van Thieu Street was renamed.", 2010);
    assertEquals("place", r.at("Nguyen Van Thieu Street").orElseThrow().type(), r.toString());
  }

  @Test
  void theFamilyNameAloneIsThePersonUnlessTwoShareIt() {
    Recognized r = Recognized.in("Activist Pham Minh Vu was arrested. Pham recognized his activities. Vu received a sentence.", 2018);
    assertEquals("Pham Minh Vu", r.canonical("Pham"), r.toString());
    assertEquals("Pham Minh Vu", r.canonical("Vu"), r.toString());
    Recognized two = Recognized.in("He met Nguyen Van An and Nguyen Thi Lan. Nguyen said so.", 2018);
    assertEquals("Nguyen Van An", two.canonical("Nguyen Van An"), two.toString());
    assertNull(two.canonical("Nguyen"), two.toString());
  }
}
