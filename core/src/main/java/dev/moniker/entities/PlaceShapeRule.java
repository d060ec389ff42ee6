package dev.moniker.entities;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A place nobody listed, by its shape (see {@link ShapeRule}): <i>Sarasota County</i>, <i>Grand
 * Teton National Park</i>, <i>Gulf of Tonkin</i>, <i>Mount Paektu</i>, with the kinds of place in
 * {@code place-heads.txt}; a county, street or river also as older papers print it (<i>Robeson
 * county</i>).
 */
final class PlaceShapeRule extends ShapeRule {

  PlaceShapeRule(EntityDictionary dict) {
    super(
        dict,
        EntityType.PLACE,
        Mention.Reason.PLACE_SHAPE,
        WordList.load("place-heads.txt"),
        Set.of("mount", "mt", "lake", "fort", "port", "cape", "isle"),
        Set.of("county", "township", "parish", "street", "avenue", "road", "boulevard", "river"),
        NAMED_BY_EVERYDAY_WORDS, 2);
  }

  /**
   * Streets and counties are named with everyday words (<i>Main Street</i>, <i>Market St.</i>,
   * <i>Wall Street</i>, <i>Orange County</i>): the kind alone makes a name of the capitalised word
   * before it. The abbreviations end a name only (<i>St.</i> before a name is Saint).
   */
  private static final Map<String, String> SPELLED_OUT = Map.of("st", "Street", "ave", "Avenue", "rd", "Road", "blvd", "Boulevard");

  /**
   * A street or county of everyday words only in running text, after a lower-case word: "on Main
   * Street", "in Wake County"; a headline in title case says "A Rough Road for Toyota".
   */
  @Override
  boolean namesAlone(Candidate c, int end) {
    Word previous = c.previous();
    return super.namesAlone(c, end) && previous != null && c.first().joinedToPrevious()
        && !previous.capitalized() && previous.latin();
  }

  /** "Main St." and "Main Street" are one street: the kind is spelled out. */
  @Override
  String nameOf(List<Word> words, int n) {
    String full = SPELLED_OUT.get(words.get(n - 1).folded());
    return full == null || n < 2 ? super.nameOf(words, n) : super.nameOf(words, n - 1) + " " + full;
  }

  /**
   * Kinds of place named with everyday words: streets, and counties and their like (<i>Wake
   * County</i>, <i>Orange County</i>, <i>Union Parish</i>).
   */
  private static final Set<String> NAMED_BY_EVERYDAY_WORDS = Set.of("street", "st", "avenue", "ave", "road", "rd",
      "boulevard", "blvd", "county", "parish", "township", "borough");
}
