package dev.moniker.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The family names of a dictionary's people, for {@link ShortMentionRule}: every family name
 * each person was listed under, and who owns a bare family name.
 */
final class SurnameTable {

  /** Regnal numbers and suffixes, which end names but are nobody's family name (Juan Carlos I). */
  private static final Set<String> REGNAL = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "jr", "sr");

  /** Folded family name to the people who are its bearers when it stands alone. */
  final Map<String, List<Integer>> bySurname = new HashMap<>();
  /** Each person's family names under every spelling listed. */
  final Map<Integer, List<String>> byEntity = new HashMap<>();

  /**
   * Adds a person's family names: from {@code surname=} when given, else the family word of each
   * spelling (the last in Western names, the first in Korean and Chinese ones).
   */
  void add(int ordinal, Entity entity, List<String> spellings, String surname) {
    Set<String> surnames = new HashSet<>();
    Set<String> variants = new HashSet<>();
    if (surname != null) {
      surnames.add(Folding.fold(surname));
      if (entity.lang().equals("-")) {
        variants = spellingsOfTheSurname(Folding.fold(surname), spellings);
        surnames.addAll(variants);
      }
    } else {
      for (String s : spellings) {
        if (SpellingWords.isNativeScript(s) || SpellingWords.isCapitalsOnly(s)) {
          continue;
        }
        List<String> words = SpellingWords.folded(s);
        if (words.size() >= 2) {
          String family = entity.lang().equals("-") ? words.get(words.size() - 1) : words.get(0);
          if (!Titles.SET.contains(family) && !Titles.SET.contains(words.get(0))
              && !REGNAL.contains(family)) {
            surnames.add(family); // not "Chairman" of "Chairman Mao"
          }
        }
      }
    }
    // Every spelling's family name lets a later bare mention link to this person once named in
    // full; only the press spelling (or surname=) makes the person a bearer of the bare name:
    // "Chiang" alone is Chiang Kai-shek's, not Jiang Zemin's, though the latter was once "Chiang
    // Tse-min".
    List<String> canonicalWords = SpellingWords.folded(entity.canonical());
    String owned = surname != null ? Folding.fold(surname)
        : canonicalWords.size() < 2 || REGNAL.contains(canonicalWords.get(canonicalWords.size() - 1)) ? null
        : entity.lang().equals("-") ? canonicalWords.get(canonicalWords.size() - 1) : canonicalWords.get(0);
    for (String s : surnames) {
      List<String> own = byEntity.computeIfAbsent(ordinal, k -> new ArrayList<>());
      if (!own.contains(s)) {
        own.add(s);
      }
      if (s.equals(owned) || variants.contains(s)) {
        List<Integer> list = bySurname.computeIfAbsent(s, k -> new ArrayList<>());
        if (!list.contains(ordinal)) {
          list.add(ordinal);
        }
      }
    }
  }

  /** Most edits between a family name and another spelling of it that the press uses alone. */
  private static final int SPELLING_EDITS = 2;

  /**
   * The last words of a Western name's listed spellings that spell its family name another way
   * (<i>Moammar Gadhafi</i>, <i>Muammar Qaddafi</i> for Gaddafi): papers write the bare family
   * name as they spell the whole, and each spelling is the person's as the press one is.
   */
  private static Set<String> spellingsOfTheSurname(String surname, List<String> spellings) {
    Set<String> variants = new HashSet<>();
    for (String s : spellings) {
      if (SpellingWords.isNativeScript(s) || SpellingWords.isCapitalsOnly(s)) {
        continue;
      }
      List<String> words = SpellingWords.folded(s);
      String last = words.isEmpty() ? "" : words.get(words.size() - 1);
      if (words.size() >= 2 && !last.equals(surname) && last.length() >= 5 && !REGNAL.contains(last)
          && EditDistance.distance(last, surname) <= SPELLING_EDITS) {
        variants.add(last);
      }
    }
    return variants;
  }
}
