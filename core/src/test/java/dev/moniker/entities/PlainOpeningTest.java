package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainOpeningTest {

  private static final EntityDictionary DICT = EntityDictionary.defaults();
  private final DictionaryRule dictionary = new DictionaryRule(DICT);
  private final TextContext context = new TextContext(2019, false);

  /** A sentence's first word after {@code previous} and a period, then {@code next} after a space. */
  private boolean startsNoMention(String previous, String first, String next) {
    Word before = previous == null ? null : new Word(previous, Folding.fold(previous), 1, false, 0);
    List<Word> words = List.of(
        new Word(first, Folding.fold(first), 2, false, previous == null ? 0 : Word.PERIOD),
        new Word(next, Folding.fold(next), 1, false, 0));
    return DICT.plainOpening().startsNoMention(words, before, context, dictionary);
  }

  @Test
  void aWordOnlyTheSentenceCapitalisedStartsNoMention() {
    assertTrue(startsNoMention("rained", "Another", "pet"));
    assertTrue(startsNoMention("2019", "Officials", "said"));
    assertTrue(startsNoMention(null, "Another", "pet"));
  }

  @Test
  void aPeriodAfterATitleOrACapitalisedWordEndsNoSentence() {
    assertFalse(startsNoMention("Sen", "Another", "pet"));
    assertFalse(startsNoMention("rev", "Another", "pet"));
    assertFalse(startsNoMention("Calif", "Another", "pet"));
  }

  @Test
  void aNextWordThatCarriesANameOnIsLeftToTheRules() {
    assertFalse(startsNoMention("rained", "Another", "Pet"));
    assertFalse(startsNoMention("rained", "Bank", "of"));
    assertFalse(startsNoMention("rained", "Another", "ministry"));
    assertFalse(startsNoMention("rained", "Another", "spokesman"));
    assertFalse(startsNoMention("rained", "The", "hague"));
  }

  @Test
  void aWordSomeListNamesIsLeftToTheRules() {
    assertFalse(startsNoMention("rained", "Bush", "said")); // family name of people the dictionary knows
    assertFalse(startsNoMention("rained", "Chinese", "officials")); // a demonym
    assertFalse(startsNoMention("rained", "Senator", "said")); // a title
    assertFalse(startsNoMention("rained", "Seoul", "said")); // no English word
    assertFalse(startsNoMention("rained", "Nice", "is")); // a city named like an English word
  }

  @Test
  void aWordTheTextNamedSomebodyByIsLeftToTheRules() {
    assertTrue(startsNoMention("rained", "Hedge", "knew"));
    context.rememberUnknownPerson("hedge", new Entity(EntityType.PERSON, "Walter Hedge", "-", false));
    assertFalse(startsNoMention("rained", "Hedge", "knew"));
  }

  @Test
  void theRulesStillReadNamesAtASentenceStart() {
    Recognized r = Recognized.in("Walter Hedge spoke first. It rained. Hedge knew it. Bush said no.", 2004);
    assertEquals("Walter Hedge", r.canonical("Hedge"), r.toString());
    assertEquals("person", r.at("Bush").map(f -> f.type()).orElse(null), r.toString());
  }

  @Test
  void englishWordsAtASentenceStartAreNoPlace() {
    Recognized r = Recognized.in("It rained. Was it good? Med in the town was fine.", 2016);
    assertNull(r.canonical("Was it"), r.toString());
    assertNull(r.canonical("Med in"), r.toString());
  }
}
