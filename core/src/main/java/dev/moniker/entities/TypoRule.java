package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.TypoTarget;
import dev.moniker.entities.Mention.Reason;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A capitalised word one edit (dropped, doubled, changed or swapped letter) from exactly one
 * entity the text already named, in mid-sentence, that is neither an English word nor the family
 * name of anyone known (<i>rebuffed Chin's advice</i> after <i>China</i>; never <i>his chin</i>).
 * Articles only: a query has no context to support a correction.
 */
final class TypoRule implements RecognitionRule {

  private final EntityDictionary dict;

  TypoRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    Word w = c.first();
    Word previous = c.previous();
    String f = w.folded();
    if (c.queryMode()
        || !w.latin()
        || f.length() < 4
        || previous == null
        || w.gapBefore() != 1 // after punctuation a capital may just start a sentence
        || previous.capitalized()
        || !w.capitalized()
        || !w.hasLowercase()
        || joinedCapital(c.words())
        || dict.isEnglishWord(w.original())
        || !dict.withSurname(f).isEmpty()) {
      return null;
    }
    Set<Integer> targets = new HashSet<>();
    collect(f, f, targets);
    for (int i = 0; i < f.length(); i++) {
      collect(f.substring(0, i) + f.substring(i + 1), f, targets);
    }
    if (targets.size() != 1) {
      return null;
    }
    int target = targets.iterator().next();
    return c.context().named(target) ? new Mention(1, dict.entity(target), Reason.TYPO) : null;
  }

  private static boolean joinedCapital(List<Word> words) {
    return words.size() > 1 && words.get(1).joinedToPrevious() && words.get(1).capitalized();
  }

  private void collect(String key, String word, Set<Integer> targets) {
    for (TypoTarget t : dict.typoNeighbours(key)) {
      if (EditDistance.isOneEdit(word, t.folded())) {
        targets.add(t.entity());
      }
    }
  }
}
