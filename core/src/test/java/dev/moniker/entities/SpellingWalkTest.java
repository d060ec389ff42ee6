package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.entities.EntityDictionary.Alias;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingWalkTest {

  private final EntityDictionary dict = EntityDictionary.defaults();
  private final SpellingWalk walk = new SpellingWalk(dict);

  @Test
  void aListedSpellingEndsWithItsEntity() {
    walk.restart();
    assertTrue(walk.word("kim"));
    assertTrue(walk.space());
    assertTrue(walk.word("jong"));
    assertNull(walk.aliasesHere(), "kim jong is no spelling");
    assertTrue(walk.space());
    assertTrue(walk.word("un"));
    assertEquals(List.of("Kim Jong-un"), canonicals(walk.aliasesHere()));
  }

  @Test
  void aWordNoSpellingHasStopsTheWalk() {
    walk.restart();
    assertFalse(walk.word("kimzq"));
  }

  @Test
  void aRestartForgetsTheWordsBefore() {
    walk.restart();
    assertTrue(walk.word("pyongyang"));
    walk.restart();
    assertTrue(walk.word("seoul"));
    assertEquals(List.of("Seoul"), canonicals(walk.aliasesHere()));
  }

  @Test
  void aWalkRetracingTheLastAnswersAsAFreshWalk() {
    // The words of one walk again, one more each time, as the look-ahead asks, then apart.
    List<List<String>> walks =
        List.of(
            List.of("kim"), List.of("kim", "jong"), List.of("kim", "jong", "un"), List.of("kim", "jong", "il"),
            List.of("kim", "jongun"), List.of("kimzq", "jong"), List.of("kimzq", "jong"), List.of("kim", "jong", "un"));
    for (List<String> words : walks) {
      assertEquals(answers(new SpellingWalk(dict, false), words), answers(walk, words), words.toString());
    }
  }

  /** Each step's answer and the canonical names where the walk ends, as far as it goes. */
  private List<String> answers(SpellingWalk w, List<String> words) {
    List<String> out = new java.util.ArrayList<>();
    w.restart();
    for (int i = 0; i < words.size(); i++) {
      boolean went = (i == 0 || w.space()) && w.word(words.get(i));
      out.add(went + " " + (went && w.aliasesHere() != null ? canonicals(w.aliasesHere()) : "-"));
      if (!went) {
        break;
      }
    }
    return out;
  }

  @Test
  void singleWordAliasesAreWholeSpellingsOnly() {
    assertTrue(dict.isSingleWordAlias("pyongyang"));
    assertFalse(dict.isSingleWordAlias("pyong"));
    assertFalse(dict.isSingleWordAlias("kim jong"));
  }

  private List<String> canonicals(Alias[] aliases) {
    return Arrays.stream(aliases).map(a -> dict.entity(a.entity()).canonical()).toList();
  }
}
