package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Set;

/**
 * A place nobody listed, by its shape: a capitalised phrase that ends in a word naming a kind of
 * place (<i>Sarasota County</i>, <i>Grand Teton National Park</i>, <i>Raeford Road</i>) or that
 * starts with one and <i>of</i> (<i>Gulf of Tonkin</i>), or <i>Mount</i>, <i>Lake</i> or
 * <i>Fort</i> before a name. The canonical name is the phrase as written.
 */
final class PlaceShapeRule implements RecognitionRule {

  private static final Set<String> HEADS = WordList.load("place-heads.txt");
  private static final Set<String> LEADS = Set.of("mount", "mt", "lake", "fort", "port", "cape", "isle");
  private static final Set<String> FUNCTION_WORDS = WordList.load("function-words.txt");

  private final EntityDictionary dict;

  PlaceShapeRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    if (!c.first().latin() || !c.first().capitalized() || FUNCTION_WORDS.contains(c.first().folded())
        || Titles.SET.contains(c.first().folded())) {
      return null; // "President Park ...": a title before a name, no place or body
    }
    int n = CapitalisedPhrase.length(words);
    if (n < 2 || !dict.demonymOf(c.first().folded(), 0).isEmpty()) {
      return null; // "Soviet Council of ...": the demonym names the country, the rest the body
    }
    for (int k = 0; k + 2 < n; k++) {
      // "University of Iowa", "Texas Department of Transportation": a head word, "of", a name
      if (HEADS.contains(words.get(k).folded()) && words.get(k + 1).folded().equals("of")
          && CapitalisedPhrase.onlyAndInside(words, k + 1) && !CapitalisedPhrase.hasTitle(words, n)) {
        return mention(words, n);
      }
    }
    if (LEADS.contains(words.get(0).folded()) && !CapitalisedPhrase.isConnector(words.get(1))) {
      return mention(words, n);
    }
    for (int end = n; end >= 2; end--) {
      Word last = words.get(end - 1);
      if (!CapitalisedPhrase.isConnector(last) && HEADS.contains(last.folded())
          && CapitalisedPhrase.onlyAndInside(words, end) && !eponym(words, end)
          && !CapitalisedPhrase.hasTitle(words, end) && CapitalisedPhrase.hasProperWord(dict, words, end - 1)) {
        return mention(words, end);
      }
    }
    return null;
  }

  /** "the Truman Administration": a person's name and a word for what is theirs. */
  private static boolean eponym(List<Word> words, int end) {
    return end == 2 && EPONYM_HEADS.contains(words.get(1).folded());
  }

  private static final Set<String> EPONYM_HEADS = WordList.load("eponym-heads.txt");

  private static Mention mention(List<Word> words, int n) {
    String name = CapitalisedPhrase.name(words, 0, n);
    return new Mention(n, new Entity(EntityType.PLACE, name, "-", false), Reason.PLACE_SHAPE);
  }
}
