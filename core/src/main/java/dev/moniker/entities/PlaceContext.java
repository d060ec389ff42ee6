package dev.moniker.entities;

import java.util.List;
import java.util.Set;

/**
 * Whether the words around a name show a place: a preposition of place before it ("in Mobile",
 * "near Reading"), a state or country after it and a comma ("Mobile, Ala."), or a dateline's
 * month and day ("Albemarle, Dec. 4"). A place whose name is also a common English word is taken
 * for the place only then.
 */
final class PlaceContext {

  private static final Set<String> PREPOSITIONS = WordList.load("place-prepositions.txt");

  private PlaceContext() {}

  static boolean shows(RecognitionRule.Candidate c, int words) {
    if (prepositionBefore(c)) {
      return true;
    }
    if (words < c.words().size()) {
      Word next = c.words().get(words);
      return next.afterComma() && next.capitalized() && next.latin();
    }
    return false;
  }

  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec");

  /**
   * "Albemarle, Dec. 4—": a name, a comma and a month, as a newspaper's dateline names the town a
   * story was filed from (the look-ahead stops at the comma's next word, so the day is not seen).
   */
  static boolean datelineAfter(RecognitionRule.Candidate c, int words) {
    List<Word> w = c.words();
    if (words >= w.size() || !w.get(words).afterComma()) {
      return false;
    }
    Word month = w.get(words);
    return month.capitalized() && MONTHS.contains(month.folded());
  }

  /**
   * "in Mobile", "near Reading", "Hedley of Eudora", "the town of Clive": a preposition of place
   * right before the name.
   */
  static boolean prepositionBefore(RecognitionRule.Candidate c) {
    Word previous = c.previous();
    return previous != null && c.first().joinedToPrevious()
        && (PREPOSITIONS.contains(previous.folded()) || originAfterPerson(c) || destination(c)
            || KindOfPlaceRule.afterKindOfPlace(c));
  }

  /**
   * "J. W. Hedley of Eudora", "Sen. Okafor of Ohio": "of" right after a person's name says where
   * the person is from, as local papers introduce everyone; elsewhere "of" is no preposition of
   * place (<i>Secretary of State</i>, <i>the Bank of Mobile</i>).
   */
  /**
   * Words of going before "to": <i>moved to McMinnville</i>, <i>went to Newberg</i>, <i>moved his
   * family to</i>, <i>and then to</i>, <i>a visit to</i>, <i>the road to</i>.
   */
  private static final Set<String> GOING = Set.of("went", "moved", "came", "returned", "removed", "drove", "traveled",
      "travelled", "go", "goes", "going", "gone", "sailed", "flew", "walked", "rode", "journeyed", "motored", "move",
      "moving", "return", "returning", "come", "coming", "headed", "fled", "transferred", "relocated",
      "back", "then", "family", "way", "trip", "visit", "road", "train", "journey", "route", "moves");

  /** "moved to McMinnville": "to" after a word of going is a preposition of place. */
  private static boolean destination(RecognitionRule.Candidate c) {
    return c.previous().original().equals("to") && c.previous().joinedToPrevious() && c.beforePrevious() != null
        && GOING.contains(c.beforePrevious());
  }

  private static boolean originAfterPerson(RecognitionRule.Candidate c) {
    Word previous = c.previous();
    return previous.original().equals("of") && previous.joinedToPrevious()
        && c.context().personEndsWith(c.beforePrevious());
  }
}
