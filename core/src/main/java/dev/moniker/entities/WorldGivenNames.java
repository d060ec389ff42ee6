package dev.moniker.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Given names learned from the dictionary's own people: the first word of every Western-order
 * person's name (<i>Volodymyr</i> Zelensky, <i>Konstantin</i> Chernenko, <i>Atiku</i> Abubakar).
 * The US birth records, the only openly licensed list of given names with counts, give these too
 * rarely to tell them from words, so unknown people who share them (<i>Olena Zelenska</i>,
 * <i>Konstantin Petrov</i>) went unrecognised. A user's own people files teach theirs too.
 *
 * <p>Left out: English words, names of places or bodies, family names of Korean or Chinese names,
 * words the dictionary knows as somebody's family name (<i>Nguyen</i> in <i>Nguyen Van Thieu</i>,
 * written family name first), titles, particles, and words of one or two letters.
 */
final class WorldGivenNames {

  /** Words that lead Arabic and other names without being given names on their own. */
  private static final Set<String> PARTICLES = Set.of("abu", "ibn", "bin", "abd", "abdul", "al", "el", "van", "von",
      "de", "del", "da", "di", "le", "la", "mac", "st", "sir", "dame", "lord", "lady", "king", "queen", "prince",
      "princess", "pope", "saint", "dalai", "panchen");

  private WorldGivenNames() {}

  static Set<String> of(EntityDictionary dict) {
    Set<String> names = new HashSet<>();
    RomanizedNames romanized = dict.names();
    for (Entity e : dict.entities()) {
      if (e.type() != EntityType.PERSON || !"-".equals(e.lang())) {
        continue;
      }
      List<String> words = SpellingWords.folded(e.canonical());
      if (words.size() < 2) {
        continue;
      }
      String first = words.get(0);
      if (first.length() >= 3 && first.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')
          && !PARTICLES.contains(first) && !Titles.SET.contains(first) && !dict.isEnglishWord(first)
          && !dict.isSingleWordAlias(first) && dict.withSurname(first).isEmpty()
          && !romanized.isSurname(RomanizedNames.KOREAN, first) && !romanized.isSurname(RomanizedNames.CHINESE, first)) {
        names.add(first);
      }
    }
    return Set.copyOf(names);
  }
}
