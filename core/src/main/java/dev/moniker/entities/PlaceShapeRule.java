package dev.moniker.entities;

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
        Set.of("county", "township", "parish", "street", "avenue", "road", "boulevard", "river"));
  }
}
