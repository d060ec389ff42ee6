package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;

/**
 * A name the text already gave in full, nobody's in the dictionary, said again in the words it was
 * remembered by: <i>Tokai Rika</i> after <i>Tokai Rika Co.</i>, <i>Harpers Ferry</i> after
 * <i>Harpers Ferry, West Virginia</i>, <i>Iringe-Koko</i> after <i>Grace Iringe-Koko</i>, <i>VECO</i> after <i>VECO Corporation</i>. Read before
 * the rules that guess at names by their shape, so that a second mention is the first one's
 * entity, not a new reading (<i>Iringe Koko</i> as a Japanese name). Two or three joined
 * capitalised words, or one that names a company; a single word of a person's name is {@link
 * ShortMentionRule}'s.
 */
final class RememberedNameRule implements RecognitionRule {

  private static final int MAX_WORDS = 3;

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    if (c.queryMode() || !c.context().remembersUnknownNames() || !c.first().capitalized()) {
      return null;
    }
    int joined = 1;
    while (joined < Math.min(MAX_WORDS, words.size()) && words.get(joined).joinedToPrevious()
        && words.get(joined).capitalized()) {
      joined++;
    }
    for (int n = joined; n >= 1; n--) {
      Entity named = c.context().unknownNamed(ShapeRule.key(words, 0, n));
      if (named != null && n == 1 && named.type() != EntityType.ORG) {
        continue; // a single word of a person's name is ShortMentionRule's
      }
      if (named != null && (n == words.size() || !words.get(n).joinedToPrevious() || !words.get(n).capitalized())) {
        Reason reason = switch (named.type()) {
          case PERSON -> Reason.SHORT_MENTION;
          case PLACE -> Reason.PLACE_SHAPE;
          case ORG -> Reason.ORG_SHAPE;
        };
        return new Mention(n, named, reason);
      }
    }
    return null;
  }
}
