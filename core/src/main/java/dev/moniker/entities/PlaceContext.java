package dev.moniker.entities;

import java.util.Set;

/**
 * Whether the words around a name show a place: a preposition of place before it ("in Mobile",
 * "near Reading") or a state or country after it and a comma ("Mobile, Ala."). A place whose name
 * is also a common English word is taken for the place only then.
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
      return next.gapBefore() == 2 && next.capitalized() && next.latin();
    }
    return false;
  }

  /** "in Mobile", "near Reading": a preposition of place right before the name. */
  static boolean prepositionBefore(RecognitionRule.Candidate c) {
    Word previous = c.previous();
    return previous != null && c.first().joinedToPrevious() && PREPOSITIONS.contains(previous.folded());
  }
}
