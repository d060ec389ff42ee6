package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import java.util.List;

/**
 * A team, band or choir nobody listed, named for its home as such bodies are: <i>the Los Angeles
 * Angels</i>, <i>the Boston Red Sox</i>, <i>the Kansas City Jubilee Singers</i>. The shape: a
 * lower-case word (<i>the</i>, <i>the well-known</i>, <i>and</i>), a known city, town, state or
 * country, then one to three capitalised words ending in a plural (<i>-s</i>, <i>-x</i>), and
 * nothing capitalised after. Running text writes residents and other plurals of a place in lower
 * case; the lower-case word before keeps headlines in title case out (<i>Seoul Residents
 * Flee</i>), as does, after a sentence's <i>The</i>, a lower-case word after the name (<i>The
 * Denver Broncos scored</i>); a plural of a kind (<i>the Miyagi Prefectures</i>), a title or a person's family
 * name inside (<i>Vermont Senator Bernie Sanders</i>) and a demonym last
 * (<i>the Chicago Democrats</i>) and events (<i>the Beijing Olympics</i>) are no body.
 */
final class TeamShapeRule implements RecognitionRule {

  private static final java.util.Set<String> NOT_BODIES = WordList.load("team-shape-not-bodies.txt");

  private final EntityDictionary dict;
  private final SpellingWalk walk;

  TeamShapeRule(EntityDictionary dict) {
    this.dict = dict;
    this.walk = new SpellingWalk(dict);
  }

  @Override
  public Mention match(Candidate c) {
    Word previous = c.previous();
    if (c.queryMode() || previous == null || !previous.latin() || !c.first().joinedToPrevious()
        || (previous.capitalized() && !previous.original().equals("The"))) {
      return null;
    }
    List<Word> words = c.words();
    int n = capitalisedRun(words);
    if (previous.capitalized() && !(n < words.size() && words.get(n).joinedToPrevious() && words.get(n).latin()
        && !words.get(n).capitalized())) {
      return null; // "The Denver Broncos scored" is running text; "The Seoul Residents Flee" a headline
    }
    int home = placeAtStart(words, n - 1);
    if (home == 0 || n - home > 3) {
      return null;
    }
    String after = words.get(home).folded();
    if (n - home >= 2 && (dict.givenNameBirths(after) >= GIVEN_NAME_BIRTHS
        || (dict.givenNameBirths(after) >= WesternNameRule.MIN_BIRTHS && !dict.isEnglishWord(after)))) {
      return null; // "Ambassador to Japan George Glass", "to Afghanistan Jan Kubis": a person after the place, no team
    }
    String last = words.get(n - 1).folded();
    if (!(last.endsWith("s") || last.endsWith("x")) || last.length() < 3 || NOT_BODIES.contains(last)
        || !dict.demonymOf(last, 0).isEmpty() || kindsOfNames(last) || !dict.withSurname(last).isEmpty()
        || CapitalisedPhrase.hasTitle(words, n)) {
      return null; // "Miyagi Prefectures", "Roosevelt Clubs": kinds; "Vermont Senator Bernie Sanders": a person
    }
    Entity team = new Entity(EntityType.ORG, CapitalisedPhrase.name(words, 0, n), "-", false);
    c.context().rememberUnknownName(ShapeRule.key(words, 0, n), team);
    return new Mention(n, team, Mention.Reason.ORG_SHAPE);
  }

  /** Births above which the word after the home is a given name (George), no team's word (Harmony). */
  private static final int GIVEN_NAME_BIRTHS = 100_000;

  private static final java.util.Set<String> KINDS = WordList.NAME_HEADS;

  /** A plural of a kind of place or body: several of them, no one team. */
  private static boolean kindsOfNames(String plural) {
    return KINDS.contains(plural.substring(0, plural.length() - 1))
        || (plural.endsWith("es") && KINDS.contains(plural.substring(0, plural.length() - 2)))
        || (plural.endsWith("ies") && KINDS.contains(plural.substring(0, plural.length() - 3) + "y"));
  }

  /** Capitalised Latin words in a row, none a function word, at most {@link CapitalisedPhrase#MAX_WORDS}. */
  private static int capitalisedRun(List<Word> words) {
    int n = 0;
    while (n < Math.min(words.size(), CapitalisedPhrase.MAX_WORDS)) {
      Word w = words.get(n);
      if (!w.capitalized() || !w.latin() || (n > 0 && !w.joinedToPrevious())
          || WordList.FUNCTION_WORDS.contains(w.folded())) {
        break;
      }
      n++;
      if (w.possessive()) {
        break;
      }
    }
    return n;
  }

  /** How many of the first {@code limit} words spell a known place (the longest), or 0. */
  private int placeAtStart(List<Word> words, int limit) {
    walk.restart();
    int found = 0;
    for (int i = 0; i < limit; i++) {
      if ((i > 0 && !walk.space()) || !walk.word(words.get(i).folded())) {
        break;
      }
      Alias[] here = walk.aliasesHere();
      if (here != null && anyPlace(here)) {
        found = i + 1;
      }
    }
    return found;
  }

  private boolean anyPlace(Alias[] aliases) {
    for (Alias a : aliases) {
      if (dict.entity(a.entity()).type() == EntityType.PLACE) {
        return true;
      }
    }
    return false;
  }
}
