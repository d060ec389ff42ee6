package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Keyed;
import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A known Korean or Chinese name in a spelling nobody listed: the words are cut into syllables,
 * each read as every Hangul or pinyin syllable it may stand for, and the name matches a known one
 * only if every syllable can be the same. Several known people who fit are told apart by the
 * article's date ({@link BearerChoice}); when nothing decides, the words stay unlinked, and no
 * later rule may make them an unknown name either.
 */
final class RomanizationRule implements RecognitionRule {

  private final EntityDictionary dict;

  RomanizationRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    if (!c.first().latin() || !Syllables.mayBeRomanized(dict, c.first())) {
      return null;
    }
    boolean lowerCase = !c.first().capitalized() && !c.queryMode();
    for (int n = Syllables.span(c, dict); n >= 1; n--) {
      if (lowerCase && (n < 2 || !Syllables.noneEnglish(dict, c.words(), n))) {
        continue; // lower-case text: only names of several words, none of them English
      }
      Set<Integer> found = known(c.words(), n);
      if (!found.isEmpty() && splitsAGivenName(c.words(), n) && dict.entity(found.iterator().next()).type() == EntityType.PERSON) {
        continue; // "Choi Hyun-woo" is no Choe Hyon: the hyphen carries the given name on
      }
      if (found.size() == 1) {
        return new Mention(n, dict.entity(found.iterator().next()), Reason.ROMANIZATION);
      }
      if (found.size() > 1) {
        int chosen = BearerChoice.choose(new ArrayList<>(found), dict, c.context());
        return chosen < 0 ? Mention.STOP : new Mention(n, dict.entity(chosen), Reason.ROMANIZATION);
      }
    }
    return null;
  }

  /** Whether the word after the first {@code n} is a syllable hyphened to them: the name goes on. */
  private boolean splitsAGivenName(List<Word> words, int n) {
    if (n >= words.size() || !words.get(n).afterHyphen()) {
      return false;
    }
    String next = words.get(n).folded();
    return dict.names().table(RomanizedNames.KOREAN).isSyllable(next)
        || dict.names().table(RomanizedNames.CHINESE).isSyllable(next);
  }

  private Set<Integer> known(List<Word> words, int n) {
    List<String> folded = Syllables.folded(words, n);
    Set<Integer> found = new LinkedHashSet<>();
    for (String lang : List.of(RomanizedNames.KOREAN, RomanizedNames.CHINESE)) {
      int firstIsSyllable = -1; // asked once per language, and only when a person is in question
      for (SyllableKey key : dict.names().keysOfText(lang, folded)) {
        if (key.size() < 2) {
          continue;
        }
        for (String first : key.syllables().get(0)) {
          for (Keyed k : dict.withFirstSyllable(first)) {
            Entity e = dict.entity(k.entity());
            if (e.type() == EntityType.PERSON && firstIsSyllable < 0) {
              firstIsSyllable = dict.names().table(lang).isSyllable(words.get(0).folded()) ? 1 : 0;
            }
            if (e.type() == EntityType.PERSON && firstIsSyllable == 0) {
              continue; // a person's name starts with the family name, one syllable
            }
            if (k.key().compatible(key)) {
              found.add(k.entity());
            }
          }
        }
      }
    }
    return found;
  }
}
