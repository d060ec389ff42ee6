package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * A body by the generic name its own country's press gives it: <i>the Army</i>, <i>the Air
 * Force</i>, <i>Parliament</i>. Which country's depends on the text: the body of the one country
 * it named, among the bodies that go by the name ({@code context_aliases} in the organisation
 * data, with their years), and nothing when it named several of them or none.
 *
 * <p>Not a generic name: the end of a longer name (<i>the Salvation Army</i>, <i>the Iraqi
 * Army</i>: a capitalised word before it) or the start of one (<i>Army Corps of Engineers</i>). A
 * query reads no context, so there the words stay words.
 */
final class NationalBodyRule implements RecognitionRule {

  private final EntityDictionary dict;

  NationalBodyRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word first = c.first();
    Word previous = c.previous();
    if (c.queryMode() || !first.latin() || !first.capitalized() || first.shouting()
        || (previous != null && previous.capitalized() && first.joinedToPrevious()
            && !WordList.FUNCTION_WORDS.contains(previous.folded()))) {
      return null;
    }
    int n = 1;
    List<Integer> bodies = List.of();
    if (words.size() > 1 && words.get(1).joinedToPrevious() && words.get(1).capitalized()) {
      bodies = bodies(first.folded() + " " + words.get(1).folded());
      n = 2;
    }
    if (bodies.isEmpty()) {
      bodies = bodies(first.folded());
      n = 1;
    }
    if (bodies.isEmpty() || (n < words.size() && words.get(n).joinedToPrevious() && words.get(n).capitalized())) {
      return null;
    }
    int year = c.context().yearForLinking();
    int chosen = -1;
    for (int body : bodies) {
      PlaceFacts f = dict.placeFactsOf(body);
      if (c.context().namesCountry(f.country()) && f.fitIn(year) >= 1) {
        if (chosen >= 0) {
          return null; // the text named the countries of two such bodies
        }
        chosen = body;
      }
    }
    return chosen < 0 ? null : new Mention(n, dict.entity(chosen), Reason.DICTIONARY);
  }

  private List<Integer> bodies(String key) {
    List<Integer> out = new ArrayList<>();
    for (int o : dict.contextAliasOf(key)) {
      if (dict.entity(o).type() == EntityType.ORG) {
        out.add(o);
      }
    }
    return out;
  }
}
