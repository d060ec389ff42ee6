package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * <i>The North</i> and <i>the South</i> as news about a divided country writes them: after
 * <i>the</i>, a capitalised direction alone is the one country the text named whose name starts
 * with it, itself or by a place in it (<i>North Korea fired missiles. The North said</i> → North
 * Korea; <i>the South</i> after <i>Seoul</i> → South Korea), and nobody's family name (before: Oliver North). Where the text named no such
 * country, or two (North Korea and North Macedonia), the word stays a word.
 */
final class DirectionCountryRule implements RecognitionRule {

  private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west");

  private final EntityDictionary dict;
  /** Countries whose name starts with each direction, found on first use. */
  private List<Integer>[] byDirection;

  DirectionCountryRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    Word w = c.first();
    Word previous = c.previous();
    if (c.queryMode() || !w.capitalized() || w.shouting() || previous == null || !previous.folded().equals("the")
        || !w.joinedToPrevious() || !DIRECTIONS.contains(w.folded())
        || (c.words().size() > 1 && c.words().get(1).joinedToPrevious() && c.words().get(1).capitalized())) {
      return null;
    }
    int chosen = -1;
    for (int o : countriesOf(w.folded())) {
      String iso = dict.placeFactsOf(o).iso();
      if (c.context().named(o) || (!iso.isEmpty() && c.context().namesCountry(iso))) { // named, or a place in it (Seoul)
        if (chosen >= 0) {
          return Mention.STOP; // two countries of that direction: neither, and nobody's name
        }
        chosen = o;
      }
    }
    return chosen < 0 ? Mention.STOP : new Mention(1, dict.entity(chosen), Reason.DICTIONARY);
  }

  private List<Integer> countriesOf(String direction) {
    if (byDirection == null) {
      byDirection = directions();
    }
    return byDirection[List.of("north", "south", "east", "west").indexOf(direction)];
  }

  @SuppressWarnings("unchecked")
  private List<Integer>[] directions() {
    List<String> order = List.of("north", "south", "east", "west");
    List<Integer>[] lists = new List[order.size()];
    for (int i = 0; i < lists.length; i++) {
      lists[i] = new ArrayList<>();
    }
    List<Entity> all = dict.entities();
    for (int o = 0; o < all.size(); o++) {
      Entity e = all.get(o);
      String kind = dict.placeFactsOf(o).kind();
      if (e.type() != EntityType.PLACE || !(kind.equals("country") || kind.equals("historical-country"))) {
        continue;
      }
      String first = e.canonical().split(" ", 2)[0].toLowerCase(Locale.ROOT);
      int i = order.indexOf(first);
      if (i >= 0 && e.canonical().indexOf(' ') > 0) {
        lists[i].add(o);
      }
    }
    return lists;
  }
}
