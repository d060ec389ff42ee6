package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;

/**
 * A state's abbreviation that is also an ordinary word or a postal code (<i>Miss.</i>,
 * <i>Ill.</i>, <i>TX</i>) stands for the state only right after a place and a comma, as in
 * datelines: <i>Jackson, Miss.</i>; anywhere else <i>Miss</i> is a title and <i>Ill</i> a word.
 */
final class PlaceAbbreviationRule implements RecognitionRule {

  private final EntityDictionary dict;

  PlaceAbbreviationRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    Word w = c.first();
    if (c.queryMode() || !w.capitalized() || !w.afterComma()) {
      return null;
    }
    int before = c.context().mentionEndingWith(c.previous());
    if (before < 0 || dict.entity(before).type() != EntityType.PLACE) {
      return null;
    }
    List<Integer> states = dict.contextAliasOf(w.folded()).stream()
        .filter(o -> dict.entity(o).type() == EntityType.PLACE).toList(); // bodies' generic names are NationalBodyRule's
    if (states.isEmpty()) {
      return null;
    }
    int chosen = states.size() == 1 ? states.get(0) : BearerChoice.choose(states, dict, c.context());
    return chosen < 0 ? null : new Mention(1, dict.entity(chosen), Reason.DICTIONARY);
  }
}
