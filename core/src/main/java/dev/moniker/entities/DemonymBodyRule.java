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
 * Committee</i> is the shapes'). The country's own name, possessive or not, serves as its
 * people's word (<i>China's Foreign Ministry</i>, <i>China Foreign Ministry</i>: the listed
 * <i>Chinese Foreign Ministry</i>; a body nobody listed is then named by the country's people's word, <i>Ghanaian
 * Foreign Ministry</i>, after a possessive only), so that no country's ministry becomes every country's.
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
        || !previous.capitalized() || !previous.latin()) {
      return null;
    }
    List<Word> words = c.words();
    int n = kindLength(words);
    if (n == 0 || (n < words.size() && words.get(n).joinedToPrevious() && words.get(n).capitalized())) {
      return null;
    }
    int year = c.context().yearForLinking();
    List<Integer> places = previous.possessive() ? List.of() : dict.demonymOf(previous.folded(), year);
    boolean byName = places.isEmpty();
    if (byName) {
      places = countryNamed(previous); // "China's Foreign Ministry", "China Foreign Ministry"
    }
    if (places.size() != 1 || !isCountry(places.get(0))) {
      return null;
    }
    String country = dict.placeFactsOf(places.get(0)).iso();
    String kind = ShapeRule.key(words, 0, n);
    for (String demonym : byName ? dict.demonymsOf(places.get(0)) : List.<String>of()) {
      for (EntityDictionary.Alias a : dict.aliasesOf(List.of(demonym, kind))) {
        if (dict.entity(a.entity()).type() == EntityType.ORG) {
          return new Mention(n, dict.entity(a.entity()), Reason.DICTIONARY); // the "Chinese Foreign Ministry" listed
        }
      }
    }
    Entity listed = listedBody(dict, country, kind, year);
    if (listed != null) {
      return new Mention(n, listed, Reason.DICTIONARY);
    }
    if (byName && !previous.possessive()) {
      return null; // "US Police: Biker Gangs ...": a country's name before a kind says whose only for a listed body
    }
    String owner = byName ? adjectiveOf(dict, places.get(0)) : previous.original();
    String name = owner + " " + CapitalisedPhrase.name(words, 0, n);
    return new Mention(n, new Entity(EntityType.ORG, name, "-", false), Reason.ORG_SHAPE);
  }

  /**
   * The word for a country's people before its bodies (<i>Ghanaian</i>, <i>Afghan</i>,
   * <i>Philippine</i>), so that a body nobody listed has one name however the text says whose
   * it is (<i>Ghana's Foreign Ministry</i>, <i>the Ghanaian Foreign Ministry</i>): the longest of
   * its demonyms that is no plural and no noun for a man or woman, capitalised; else the country's name.
   */
  static String adjectiveOf(EntityDictionary dict, int country) {
    String best = null;
    for (String d : dict.demonymsOf(country)) {
      if (d.endsWith("man") || d.endsWith("men")) {
        continue; // "Frenchman", "Englishwomen"
      }
      boolean plural = d.endsWith("s") && !d.endsWith("ss");
      if (!plural && (best == null || d.length() > best.length())) {
        best = d;
      }
    }
    if (best == null) {
      return dict.entity(country).canonical();
    }
    StringBuilder sb = new StringBuilder(best.length());
    boolean start = true;
    for (char ch : best.toCharArray()) {
      sb.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-';
    }
    return sb.toString();
  }

  /** Whether these folded words are a kind of a country's own body ({@code interior ministry}). */
  static boolean isKind(String folded) {
    return KINDS.contains(folded);
  }

  /** The one country a word names by itself, possessive or not (<i>China's</i>, <i>Kenya</i>), or none. */
  private List<Integer> countryNamed(Word w) {
    List<Integer> countries = new java.util.ArrayList<>(1);
    for (EntityDictionary.Alias a : dict.singleWordAliases(w.folded())) {
      if (dict.entity(a.entity()).type() == EntityType.PLACE && isCountry(a.entity())) {
        countries.add(a.entity());
      }
    }
    return countries;
  }

  /**
   * The body of the country (ISO code) that goes by the kind's generic name in that year ({@code
   * context_aliases}, with their years: the Japanese Navy of 1942 is the Imperial Japanese Navy), or null.
   */
  static Entity listedBody(EntityDictionary dict, String country, String kind, int year) {
    for (int body : country.isEmpty() ? List.<Integer>of() : dict.contextAliasOf(kind)) {
      PlaceFacts f = dict.placeFactsOf(body);
      if (dict.entity(body).type() == EntityType.ORG && country.equals(f.country()) && f.fitIn(year) >= 1) {
        return dict.entity(body);
      }
    }
    return null;
  }

  /** How many of the first words (one or two) are a kind of a country's own body, or 0. */
  static int kindLength(List<Word> words) {
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
