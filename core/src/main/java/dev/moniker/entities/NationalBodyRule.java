package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * A body by the generic name its own country's press gives it: <i>the Army</i>, <i>the Air
 * Force</i>, <i>Parliament</i>. Which country's depends on the text: the body of the one country
 * it named, among the bodies that go by the name ({@code context_aliases} in the organisation
 * data, with their years), and nothing when it named several of them or none. A kind of a
 * country's own body that nobody listed for the country is that country's body when the text
 * named one country alone (see {@link #unlisted}).
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
    boolean twoWords = words.size() > 1 && words.get(1).joinedToPrevious() && words.get(1).capitalized();
    if (twoWords) {
      bodies = bodies(first.folded() + " " + words.get(1).folded());
      n = 2;
    }
    if (bodies.isEmpty() && !(twoWords && DemonymBodyRule.isKind(first.folded() + " " + words.get(1).folded()))) {
      bodies = bodies(first.folded());
      n = 1;
    }
    if (n < words.size() && words.get(n).joinedToPrevious()
        && (words.get(n).capitalized() || words.get(n).original().equals("of"))) {
      return null; // "Army Corps", "the Government of the Philippines": whose, or a longer name, follows
    }
    if (bodies.isEmpty()) {
      return unlisted(c, n);
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

  /** Kinds whose generic name is no single country's: police are a town's, an embassy is in the country. */
  private static final java.util.Set<String> NOT_THE_COUNTRYS = java.util.Set.of("police", "embassy", "consulate");

  /**
   * A country's body nobody listed, by its kind alone in a text that named that one country
   * (<i>Interior Ministry spokesman ...</i> in a story of Afghanistan): named as {@link
   * DemonymBodyRule} names it after the country's people's word (<i>Afghan Interior Ministry</i>).
   */
  private Mention unlisted(Candidate c, int n) {
    String kind = ShapeRule.key(c.words(), 0, n);
    if (!DemonymBodyRule.isKind(kind) || NOT_THE_COUNTRYS.contains(kind)) {
      return null;
    }
    String iso = c.context().onlyCountry();
    int country = iso == null ? -1 : dict.countryWithIso(iso);
    if (country < 0) {
      return null;
    }
    String name = DemonymBodyRule.adjectiveOf(dict, country) + " " + CapitalisedPhrase.name(c.words(), 0, n);
    return new Mention(n, new Entity(EntityType.ORG, name, "-", false), Reason.ORG_SHAPE);
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
