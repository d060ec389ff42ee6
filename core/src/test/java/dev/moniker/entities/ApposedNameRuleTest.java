package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApposedNameRuleTest {

  @Test
  void anAppositionOfWhatThePersonIsNamesThem() {
    Recognized r = Recognized.in("Oyelaran Adebisi, a senior economist at the central bank, disagreed. Adebisi said more.", 2014);
    assertEquals("Oyelaran Adebisi", r.canonical("Oyelaran Adebisi"), r.toString());
    assertEquals("Oyelaran Adebisi", r.canonical("Adebisi"), "the family name alone links later");
  }

  @Test
  void whoAndAVerbOfSpeakingNameThemToo() {
    assertEquals("Tekle Haileab", Recognized.in("Tekle Haileab, who leads the party, spoke.", 2019).canonical("Tekle Haileab"));
    assertEquals("Zlatica Hokova", Recognized.in("Our reporter Zlatica Hokova reports from Prague.", 2019).canonical("Zlatica Hokova"));
  }

  @Test
  void placesBodiesAndWordsAreNotPeople() {
    Recognized place = Recognized.in("Kano Kaduna, a market town, grew.", 2019);
    assertNull(place.canonical("Kano Kaduna"), place.toString());
    Recognized words = Recognized.in("Silver Lining, a new film, opened.", 2019);
    assertNull(words.canonical("Silver Lining"), words.toString());
    Recognized noRole = Recognized.in("Tekle Haileab, a river in the north, flooded.", 2019);
    assertNull(noRole.canonical("Tekle Haileab"), noRole.toString());
  }

  @Test
  void theAnalysisReadsOnPastTheCommaOnlyWhileARoleMayCome() {
    List<Word> name = List.of(new Word("Endy", "endy", 1), new Word("Bayuni", "bayuni", 1));
    assertTrue(ApposedNameRule.readsOn(with(name, new Word("a", "a", 2))));
    assertTrue(ApposedNameRule.readsOn(with(name, new Word("a", "a", 2), new Word("senior", "senior", 1))));
    assertFalse(ApposedNameRule.readsOn(with(name, new Word("a", "a", 2), new Word("editor", "editor", 1))));
    assertFalse(ApposedNameRule.readsOn(with(name, new Word("The", "the", 2))), "a new sentence");
    assertFalse(ApposedNameRule.readsOn(List.of(new Word("Endy", "endy", 1), new Word("a", "a", 2), new Word("b", "b", 1))));
  }

  private static List<Word> with(List<Word> name, Word... more) {
    List<Word> out = new java.util.ArrayList<>(name);
    out.addAll(List.of(more));
    return out;
  }

  @Test
  void aNationalOfACountryIsAPerson() {
    Recognized r = Recognized.in("the death of Sarabjit Okonjo, an Indian national, shocked many.", 2024);
    assertEquals("Sarabjit Okonjo", r.canonical("Sarabjit Okonjo"), r.toString());
  }
}
