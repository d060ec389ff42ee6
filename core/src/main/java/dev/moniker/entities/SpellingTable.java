package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.EntityDictionary.TypoTarget;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spellings of a dictionary being built, by folded key: the listed ones (refusing a user's
 * spelling that another entity already has), the forms the press uses that nobody lists, and the
 * one-edit neighbours a typo is corrected from. {@link SpellingFst} compiles them.
 */
final class SpellingTable {

  /** Folded spelling to the entities it names, in the order they were listed. */
  final Map<String, List<Alias>> byKey = new HashMap<>(131_072);
  /** Deletion neighbours of single-word names, for {@link TypoRule}. */
  final Map<String, List<TypoTarget>> typoNeighbours = new HashMap<>();

  private final List<Entity> entities;
  private final Map<Integer, String> whereDefined;
  /** Spellings made from listed ones, added after all lines if nobody else has them. */
  private final List<String[]> derived = new ArrayList<>();
  private int maxAliasWords = 1;

  /**
   * @param entities the dictionary's entities by ordinal, as they are added
   * @param whereDefined the file and line each entity was first listed at, for error messages
   */
  SpellingTable(List<Entity> entities, Map<Integer, String> whereDefined) {
    this.entities = entities;
    this.whereDefined = whereDefined;
  }

  /** The most words a spelling has, capped at {@link EntityDictionary#MAX_ALIAS_WORDS}. */
  int maxAliasWords() {
    return maxAliasWords;
  }

  /**
   * Adds a listed spelling and, without its hyphens, the spelling joined.
   *
   * @param bundled whether it comes from the bundled files, which share spellings on purpose
   * @param typoTarget whether a one-edit typo of a single-word spelling should find it
   */
  void add(int ordinal, String spelling, String where, boolean bundled, boolean typoTarget) {
    boolean capitals = SpellingWords.isCapitalsOnly(spelling) || SpellingWords.isCaseMarked(spelling);
    List<String> words = SpellingWords.folded(spelling);
    addKey(ordinal, String.join(" ", words), capitals, spelling, where, bundled);
    if (spelling.contains("-")) {
      addKey(ordinal, String.join(" ", SpellingWords.folded(spelling.replace("-", ""))), capitals, spelling, where, bundled);
    }
    maxAliasWords = Math.min(EntityDictionary.MAX_ALIAS_WORDS, Math.max(maxAliasWords, words.size()));
    if (typoTarget && words.size() == 1 && !capitals && !SpellingWords.isNativeScript(spelling) && words.get(0).length() >= 4) {
      String w = words.get(0);
      for (String d : deletions(w)) {
        typoNeighbours.computeIfAbsent(d, k -> new ArrayList<>()).add(new TypoTarget(ordinal, w));
      }
      typoNeighbours.computeIfAbsent(w, k -> new ArrayList<>()).add(new TypoTarget(ordinal, w));
    }
  }

  private void addKey(int ordinal, String key, boolean capitals, String spelling, String where, boolean bundled) {
    if (key.isEmpty()) {
      return;
    }
    List<Alias> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
    for (Alias a : list) {
      if (a.entity() == ordinal) {
        return;
      }
      if (a.capitalsOnly() == capitals
          && !bundled
          && !(isPerson(a.entity()) && isPerson(ordinal) && SpellingWords.isNativeScript(spelling))) {
        throw new IllegalArgumentException(
            where
                + ": spelling '"
                + spelling
                + "' already belongs to "
                + entities.get(a.entity()).canonical()
                + " ("
                + whereDefined.get(a.entity())
                + ")");
      }
    }
    list.add(new Alias(ordinal, capitals));
  }

  /**
   * Forms the press also uses that nobody lists: a Korean or Chinese name in Western order
   * (<i>Jinping Xi</i>, <i>Syngman Rhee</i>), and a Western name without its middle names
   * (<i>John Kennedy</i> for <i>John Fitzgerald Kennedy</i>). Kept aside until every line is
   * read, see {@link #addDerived()}.
   */
  void derive(int ordinal, Entity entity, List<String> spellings, String surname) {
    for (String s : spellings) {
      if (SpellingWords.isNativeScript(s) || SpellingWords.isCapitalsOnly(s)) {
        continue;
      }
      List<String> words = SpellingWords.folded(s);
      if (!entity.lang().equals("-") && words.size() >= 2 && words.size() <= 3) {
        List<String> reversed = new ArrayList<>(words.subList(1, words.size()));
        reversed.add(words.get(0));
        derived.add(new String[] {String.valueOf(ordinal), String.join(" ", reversed), s});
        if (words.size() == 3) {
          derived.add(new String[] {String.valueOf(ordinal), words.get(1) + words.get(2) + " " + words.get(0), s});
        }
      }
      if (entity.lang().equals("-") && words.size() >= 3 && surname != null
          && SpellingWords.folded(surname).size() == 1 && words.get(words.size() - 1).equals(Folding.fold(surname))
          && !words.subList(1, words.size() - 1).contains(SpellingWords.folded(entity.canonical()).get(0))) {
        // "John Fitzgerald Kennedy" gives "John Kennedy"; "James Gordon Brown", who goes by his
        // middle name, gives no "James Brown": that is somebody else
        derived.add(new String[] {String.valueOf(ordinal), words.get(0) + " " + words.get(words.size() - 1), s});
      }
    }
  }

  /**
   * Adds the derived forms nobody else has; two people who share one share it as homonyms, for
   * the article's date to decide. A form that is a place's or a body's name stays theirs.
   */
  void addDerived() {
    for (String[] d : derived) {
      int ordinal = Integer.parseInt(d[0]);
      List<Alias> list = byKey.get(d[1]);
      if (list == null) {
        byKey.computeIfAbsent(d[1], k -> new ArrayList<>()).add(new Alias(ordinal, false));
      } else if (list.stream().noneMatch(a -> a.entity() == ordinal)
          && list.stream().allMatch(a -> !a.capitalsOnly() && isPerson(a.entity()))) {
        list.add(new Alias(ordinal, false)); // homonyms: the date decides
      }
    }
    derived.clear();
  }

  private boolean isPerson(int ordinal) {
    return entities.get(ordinal).type() == EntityType.PERSON;
  }

  private static Set<String> deletions(String w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }
}
