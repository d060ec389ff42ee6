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
  void singleWordAliasesAreWholeSpellingsOnly() {
    assertTrue(dict.isSingleWordAlias("pyongyang"));
    assertFalse(dict.isSingleWordAlias("pyong"));
    assertFalse(dict.isSingleWordAlias("kim jong"));
  }

  private List<String> canonicals(Alias[] aliases) {
    return Arrays.stream(aliases).map(a -> dict.entity(a.entity()).canonical()).toList();
  }
}
