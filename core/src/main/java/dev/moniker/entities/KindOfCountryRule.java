package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * A country's own body by its kind and the country's name after "of": <i>the Government of
 * Iraq</i>, <i>the Army of the Philippines</i>, as diplomatic and legal English writes them. The
 * same body as <i>the Iraqi Government</i> ({@link DemonymBodyRule}): the one the organisation
 * data lists for the country by the kind ({@code context_aliases}, with their years), or else a
 * body nobody listed, named after the country's people's word (<i>Iraqi Government</i>). The
 * mention spans the words and names the country too.
 */
final class KindOfCountryRule implements RecognitionRule {

  /** Most words of a country's name after "of" (<i>the Democratic Republic of the Congo</i> is the dictionary's). */
  private static final int MAX_COUNTRY_WORDS = 3;

  private final EntityDictionary dict;

  KindOfCountryRule(EntityDictionary dict) {
    this.dict = dict;
  }

  /** Whether the look-ahead should read on: a kind, then "of", then perhaps "the". */
  static boolean readsOn(List<Word> words) {
    int n = words.size();
    if (n < 2 || n > 4 || !words.get(0).capitalized()) {
      return false;
    }
    int kind = DemonymBodyRule.kindLength(words);
    if (kind == 0 || n <= kind) {
      return false;
    }
    String after = words.get(kind).original();
    return (n == kind + 1 && after.equals("of")) || (n == kind + 2 && after.equals("of") && words.get(kind + 1).original().equals("the"));
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    if (c.queryMode() || !c.first().capitalized() || c.first().shouting()) {
      return null;
    }
    int kind = DemonymBodyRule.kindLength(words);
    if (kind == 0 || words.size() <= kind + 1 || !words.get(kind).original().equals("of")
        || !words.get(kind).joinedToPrevious()) {
      return null;
    }
    int start = kind + 1;
    if (words.get(start).original().equals("the") && words.size() > start + 1) {
      start++;
    }
    for (int n = Math.min(MAX_COUNTRY_WORDS, words.size() - start); n >= 1; n--) {
      List<String> folded = new ArrayList<>(n);
      boolean joined = true;
      for (int i = start; i < start + n; i++) {
        joined &= words.get(i).joinedToPrevious() && words.get(i).capitalized();
        folded.add(words.get(i).folded());
      }
      if (!joined || (start + n < words.size() && words.get(start + n).joinedToPrevious()
          && words.get(start + n).capitalized())) {
        continue; // "Government of South Korea's": the longest name; "Army of Northern Virginia" no country
      }
      int country = country(folded);
      if (country >= 0) {
        Entity body = bodyOf(country, ShapeRule.key(words, 0, kind), words, kind, c.context().yearForLinking());
        return new Mention(start + n, body, body.known() ? Reason.DICTIONARY : Reason.ORG_SHAPE,
            List.of(dict.entity(country)));
      }
    }
    return null;
  }

  /** The one country these folded words spell, or -1. */
  private int country(List<String> folded) {
    int found = -1;
    for (Alias a : dict.aliasesOf(folded)) {
      String k = dict.placeFactsOf(a.entity()).kind();
      if (dict.entity(a.entity()).type() == EntityType.PLACE && ("country".equals(k) || "historical-country".equals(k))) {
        if (found >= 0 && found != a.entity()) {
          return -1;
        }
        found = a.entity();
      }
    }
    return found;
  }

  private Entity bodyOf(int country, String kind, List<Word> words, int kindWords, int year) {
    Entity listed = DemonymBodyRule.listedBody(dict, dict.placeFactsOf(country).iso(), kind, year);
    if (listed != null) {
      return listed;
    }
    String name = DemonymBodyRule.adjectiveOf(dict, country) + " " + CapitalisedPhrase.name(words, 0, kindWords);
    return new Entity(EntityType.ORG, name, "-", false);
  }
}
