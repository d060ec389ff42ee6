package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Set;

/**
 * A country's own body named by its people's adjective and its kind: <i>the Colombian Senate</i>,
 * <i>the Iraqi Army</i>, <i>the Kenyan Parliament</i>. The bundled organisations list the bodies of
 * few countries, and the kind's word alone would be another country's (<i>Senate</i> is the United
 * States'), so the adjective's country decides: its body that goes by the kind ({@code
 * context_aliases}, with their years: the Japanese Navy of 1942 is the Imperial Japanese Navy), or
 * else a body nobody listed, named as written (<i>Colombian Senate</i>), one facet value for every
 * article that names it so. The mention is the kind's words; the adjective stays the country's
 * mention. Only a capitalised kind (<i>a Chinese court</i>, <i>the Iraqi army</i> describe or may),
 * only after an adjective of one country, and no longer name after it (<i>Colombian Senate
 * Committee</i> is the shapes').
 */
final class DemonymBodyRule implements RecognitionRule {

  private static final Set<String> KINDS = WordList.load("national-body-kinds.txt");

  private final EntityDictionary dict;

  DemonymBodyRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    Word previous = c.previous();
    Word first = c.first();
    if (c.queryMode() || previous == null || !first.joinedToPrevious() || !first.capitalized() || first.shouting()
        || !previous.capitalized() || !previous.latin() || previous.possessive()) {
      return null;
    }
    List<Word> words = c.words();
    int n = kindLength(words);
    if (n == 0 || (n < words.size() && words.get(n).joinedToPrevious() && words.get(n).capitalized())) {
      return null;
    }
    int year = c.context().yearForLinking();
    List<Integer> places = dict.demonymOf(previous.folded(), year);
    if (places.size() != 1 || !isCountry(places.get(0))) {
      return null;
    }
    String country = dict.placeFactsOf(places.get(0)).iso();
    String kind = ShapeRule.key(words, 0, n);
    for (int body : country.isEmpty() ? List.<Integer>of() : dict.contextAliasOf(kind)) {
      PlaceFacts f = dict.placeFactsOf(body);
      if (dict.entity(body).type() == EntityType.ORG && country.equals(f.country()) && f.fitIn(year) >= 1) {
        return new Mention(n, dict.entity(body), Reason.DICTIONARY);
      }
    }
    String name = previous.original() + " " + CapitalisedPhrase.name(words, 0, n);
    return new Mention(n, new Entity(EntityType.ORG, name, "-", false), Reason.ORG_SHAPE);
  }

  private static int kindLength(List<Word> words) {
    if (words.size() > 1 && words.get(1).joinedToPrevious() && words.get(1).capitalized()
        && KINDS.contains(words.get(0).folded() + " " + words.get(1).folded())) {
      return 2;
    }
    return KINDS.contains(words.get(0).folded()) ? 1 : 0;
  }

  private boolean isCountry(int place) {
    String kind = dict.placeFactsOf(place).kind();
    return "country".equals(kind) || "historical-country".equals(kind);
  }
}
