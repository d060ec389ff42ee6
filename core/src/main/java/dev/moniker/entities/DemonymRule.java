package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * A word for a country's people or things stands for the country: <i>Soviet</i>, <i>North
 * Korean</i>, <i>Chinese</i>, <i>Frenchmen</i>; a plural of countries stands for each of them
 * (<i>the two Koreas</i>). Capitalised, as English writes demonyms; up to three words, longest
 * first. The index weighs such a mention below a name of the country (see {@code ArticleFields}).
 */
final class DemonymRule implements RecognitionRule {

  private static final int MAX_WORDS = 3;

  private final EntityDictionary dict;

  DemonymRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    if (!dict.hasDemonyms() || !c.first().latin() || !c.first().capitalized()) {
      return null;
    }
    List<Word> words = c.words();
    StringBuilder key = new StringBuilder();
    List<String> keys = new ArrayList<>(MAX_WORDS);
    for (int i = 0; i < Math.min(MAX_WORDS, words.size()); i++) {
      Word w = words.get(i);
      if (i > 0 && (!w.joinedToPrevious() || !w.capitalized())) {
        break;
      }
      if (i > 0) {
        key.append(' ');
      }
      key.append(w.folded());
      keys.add(key.toString());
    }
    for (int n = keys.size(); n >= 1; n--) {
      List<Integer> places = dict.demonymOf(keys.get(n - 1), c.context().yearForLinking());
      if (!places.isEmpty()) {
        List<Entity> also = new ArrayList<>();
        for (int i = 1; i < places.size(); i++) {
          also.add(dict.entity(places.get(i)));
        }
        return new Mention(n, dict.entity(places.get(0)), Reason.DEMONYM, List.copyOf(also));
      }
    }
    return null;
  }
}
