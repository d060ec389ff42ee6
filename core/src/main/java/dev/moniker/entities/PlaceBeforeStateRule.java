package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import java.util.List;

/**
 * A place nobody listed, named as papers name a town: before a comma and its state or country
 * (<i>Harpers Ferry, West Virginia</i>; <i>Orrum, N.C.</i>; <i>Bagnolet, France</i>). The town is
 * too small for the gazetteer, but the state after it says place. Its canonical name carries the
 * state (<i>Harpers Ferry, West Virginia</i>), as a town's in the gazetteer does, so two towns of
 * one name in two states stay two.
 *
 * <p>One to three capitalised words, no function word, title, demonym, day or month, one of them
 * English in neither case (<i>Police, Texas</i> is no town), none a known place's. A known place
 * of the name is the dictionary's; a person's name is the name rules' (a shape wins only when
 * longer).
 */
final class PlaceBeforeStateRule implements RecognitionRule {

  private static final java.util.Set<String> CALENDAR = WordList.load("calendar-words.txt");

  private final EntityDictionary dict;
  private final SpellingWalk walk;

  PlaceBeforeStateRule(EntityDictionary dict) {
    this.dict = dict;
    this.walk = new SpellingWalk(dict);
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    if (c.queryMode() || words.size() < 2) {
      return null;
    }
    int n = 0;
    while (n < words.size() && n < 3 && words.get(n).capitalized() && (n == 0 || words.get(n).joinedToPrevious())) {
      n++;
    }
    if (n == 0 || n >= words.size() || !words.get(n).afterComma() || !words.get(n).capitalized()) {
      return null; // most words: no comma and capital after them
    }
    for (int i = 0; i < n; i++) {
      if (!namePart(words.get(i)) || words.get(i).possessive()) {
        return null;
      }
    }
    if (!(oneWordNoEnglish(words, n) || (n == 1 && townsName(words.get(0)))) || personsName(c, n)) {
      return null;
    }
    int state = stateAt(words, n);
    if (state < 0 || placeInside(words, n, state)) {
      return null;
    }
    String name = CapitalisedPhrase.name(words, 0, n) + ", " + dict.entity(state).canonical();
    Entity place = new Entity(EntityType.PLACE, name, "-", false);
    c.context().rememberUnknownName(ShapeRule.key(words, 0, n), place);
    return new Mention(n, place, Mention.Reason.PLACE_SHAPE);
  }

  /**
   * Whether the analysis should read on past the comma so that the state's whole name is seen
   * (<i>Fairmont, North Carolina</i>; the look-ahead stops at the first word after a comma): the
   * words are capitalised words, a comma, and one or two capitalised words joined after it.
   */
  static boolean readsOn(List<Word> words) {
    int n = words.size();
    int k = 1;
    while (k < n && words.get(k).joinedToPrevious()) {
      k++;
    }
    if (k >= n || k > 3 || n - k > 2 || !words.get(k).afterComma()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      if (!w.capitalized() || !w.latin() || (i > k && !w.joinedToPrevious())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the words read as a person's name: after a title, or two or more words led by a given
   * name (<i>Ambassador Pamela Hamamoto, U.S. Chief Negotiator</i>; <i>Susan Okafor, Ohio</i> is a
   * woman from Ohio), which the rules for people read.
   */
  private boolean personsName(Candidate c, int n) {
    Word previous = c.previous();
    if (previous != null && Titles.SET.contains(previous.folded())) {
      return true;
    }
    String first = c.first().folded();
    return n >= 2 && (dict.givenNameBirths(first) >= MIN_GIVEN_NAME_BIRTHS || dict.formalGivenName(first) != null);
  }

  /** Births from which a first word counts as a given name (the SSA list holds names of 500 or more). */
  private static final int MIN_GIVEN_NAME_BIRTHS = 1000;

  private boolean namePart(Word w) {
    String f = w.folded();
    return w.latin() && w.capitalized() && !w.initials() && !w.shouting() && f.length() >= 2
        && !WordList.FUNCTION_WORDS.contains(f) && !Titles.SET.contains(f) && !CALENDAR.contains(f)
        && dict.demonymOf(f, 0).isEmpty();
  }

  /**
   * Whether a word of the name is English in neither case: the comma may be a sentence's period
   * (the analysis cannot tell), and capitalised English before it is a headline's or a
   * sentence's end (<i>Million Criminal Fine. Washington ...</i>, <i>Winter Olympian. Canada
   * ...</i>).
   */
  /** Whether some known town or city elsewhere has this one word for its name (<i>Davenport</i>, <i>Flint</i>). */
  private boolean townsName(Word w) {
    for (Alias a : dict.singleWordAliases(w.folded())) {
      PlaceFacts p = dict.placeFactsOf(a.entity());
      if (dict.entity(a.entity()).type() == EntityType.PLACE && (p.town() || "city".equals(p.kind()))) {
        return true;
      }
    }
    return false;
  }

  private boolean oneWordNoEnglish(List<Word> words, int n) {
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      if (!dict.isEnglishWord(w.folded()) && !dict.isEnglishWord(w.original())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "House New Delhi, India" (a line break the analysis cannot see): a known place's word inside is
   * no new town; but a town's name alone, known only in other states, is this state's town nobody
   * listed (<i>Davenport, Neb.</i>: not Davenport, Iowa).
   */
  private boolean placeInside(List<Word> words, int n, int state) {
    PlaceFacts named = dict.placeFactsOf(state);
    String division = "admin1".equals(named.kind()) ? named.division() : named.iso();
    for (int i = 0; i < n; i++) {
      for (Alias a : dict.singleWordAliases(words.get(i).folded())) {
        if (dict.entity(a.entity()).type() != EntityType.PLACE) {
          continue;
        }
        PlaceFacts p = dict.placeFactsOf(a.entity());
        boolean townElsewhere = n == 1 && (p.town() || "city".equals(p.kind()))
            && !division.isEmpty() && !division.equals(p.division()) && !division.equals(p.country());
        if (!townElsewhere) {
          return true;
        }
      }
    }
    return false;
  }

  /** The state (first-level division) or country spelled from {@code at}, or -1. */
  /** State codes that are also what a comma may start in speech (<i>Well, Oh</i>). */
  private static final java.util.Set<String> INTERJECTIONS = java.util.Set.of("oh", "hi", "ok", "me");

  private int stateAt(List<Word> words, int at) {
    String first = words.get(at).folded();
    if (!WordList.FUNCTION_WORDS.contains(first) && !INTERJECTIONS.contains(first)) {
      for (int o : dict.contextAliasOf(first)) {
        if (isStateOrCountry(o)) {
          return o; // "N.C.", "Tex.", "Pa.", "Mo." after a town and a comma ("In" and "Or" are words there)
        }
      }
    }
    walk.restart();
    int found = -1;
    for (int i = at; i < words.size() && i < at + 3; i++) {
      if ((i > at && (!words.get(i).joinedToPrevious() || !walk.space())) || !walk.word(words.get(i).folded())) {
        break;
      }
      Alias[] here = walk.aliasesHere();
      if (here != null) {
        int only = -1;
        for (Alias a : here) {
          if (isStateOrCountry(a.entity())) {
            only = only == -1 ? a.entity() : -2;
          }
        }
        found = only >= 0 ? only : found;
      }
    }
    return found;
  }

  private boolean isStateOrCountry(int ordinal) {
    if (dict.entity(ordinal).type() != EntityType.PLACE) {
      return false;
    }
    String kind = dict.placeFactsOf(ordinal).kind();
    return kind.equals("admin1") || kind.equals("country");
  }
}
