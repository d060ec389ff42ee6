package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Set;

/**
 * A part of a country, state or region by its direction: <i>Southern California</i>, <i>East
 * Texas</i>, <i>northern Nigeria</i> written <i>Northern Nigeria</i>, <i>Eastern Europe</i>. The
 * part is a place of its own nobody listed (one facet value for every article that names it so),
 * and the mention names the whole place too, where it lies. Parts the dictionary lists (<i>North
 * Carolina</i>, <i>West Africa</i>, <i>Western Australia</i>) are its answer, read first; towns
 * and cities are no whole here (<i>East London</i> is a town's name, not a part of London by
 * direction).
 */
final class RegionOfPlaceRule implements RecognitionRule {

  private static final Set<String> DIRECTIONS = Set.of("northern", "southern", "eastern", "western", "central",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northeastern",
      "northwestern", "southeastern", "southwestern", "upstate", "downstate");

  private static final Set<String> WHOLE_KINDS = Set.of("country", "historical-country", "admin1", "region");

  private final EntityDictionary dict;

  RegionOfPlaceRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word direction = c.first();
    if (c.queryMode() || words.size() < 2 || !direction.capitalized() || direction.shouting()
        || !DIRECTIONS.contains(direction.folded())) {
      return null;
    }
    Word place = words.get(1);
    if (!place.joinedToPrevious() || !place.capitalized() || place.shouting()) {
      return null;
    }
    int whole = wholeNamed(place.folded());
    if (whole < 0 || (words.size() > 2 && words.get(2).joinedToPrevious() && words.get(2).capitalized())) {
      return null; // "Southern Illinois University" is the shapes'; "North Dakota State" a longer name
    }
    Entity part = new Entity(EntityType.PLACE, capitalised(direction) + " " + dict.entity(whole).canonical(), "-", false);
    return new Mention(2, part, Reason.PLACE_SHAPE, List.of(dict.entity(whole)));
  }

  /** The one country, first-level division or region a word spells, or -1. */
  private int wholeNamed(String folded) {
    int found = -1;
    for (Alias a : dict.singleWordAliases(folded)) {
      Entity e = dict.entity(a.entity());
      if (e.type() != EntityType.PLACE || a.capitalsOnly() || !WHOLE_KINDS.contains(dict.placeFactsOf(a.entity()).kind())) {
        continue;
      }
      if (found >= 0 && found != a.entity()) {
        return -1;
      }
      found = a.entity();
    }
    return found;
  }

  private static String capitalised(Word w) {
    String s = w.original();
    return Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
