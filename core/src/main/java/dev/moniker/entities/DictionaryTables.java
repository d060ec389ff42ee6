package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.EraDemonym;
import dev.moniker.entities.EntityDictionary.Keyed;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The lookup tables of a dictionary being built, filled one parsed line at a time: entities by
 * ordinal, their spellings ({@link SpellingTable}), family names ({@link SurnameTable}), syllable
 * keys, facts about people and places, {@code part_of} links, context aliases, notes and
 * demonyms. {@link #contents} freezes them for {@link EntityDictionary}. Reads no file itself:
 * {@link DictionaryBuilder} does.
 */
final class DictionaryTables {

  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, Integer> ordinalByName = new HashMap<>();
  private final Map<Integer, String> whereDefined = new HashMap<>();
  private final SpellingTable spellings = new SpellingTable(entities, whereDefined);
  private final SurnameTable surnames = new SurnameTable();
  private final Map<String, List<Keyed>> byFirstSyllable = new HashMap<>();
  private final Map<Integer, PersonFacts> facts = new HashMap<>();
  private final Map<Integer, String[]> partOfNames = new HashMap<>();
  private final Map<Integer, PlaceFacts> placeFacts = new HashMap<>();
  private final Map<String, List<Integer>> contextAliases = new HashMap<>();
  private final Map<String, List<Integer>> demonyms = new HashMap<>();
  private final Map<String, List<EraDemonym>> eraDemonyms = new HashMap<>();
  private final Map<Integer, String> notes = new HashMap<>();
  private final RomanizedNames names = RomanizedNames.shared();

  /**
   * Adds one line: a new entity, or more spellings and facts for one already listed.
   *
   * @param bundled whether it is a bundled line, whose spellings may be shared on purpose
   */
  void add(EntityFileParser.Line line, boolean bundled) {
    String name = line.type().label() + "\u0000" + line.canonical();
    Integer ordinal = ordinalByName.get(name);
    if (ordinal == null) {
      ordinal = entities.size();
      entities.add(new Entity(line.type(), line.canonical(), line.lang(), true));
      ordinalByName.put(name, ordinal);
      whereDefined.put(ordinal, line.where());
    }
    Entity entity = entities.get(ordinal);
    String note = line.attributes().get("note");
    if (note != null && !note.isBlank()) {
      notes.put(ordinal, note.strip());
    }
    List<String> all = new ArrayList<>();
    all.add(line.canonical());
    all.addAll(line.aliases());
    String nativeForm = null;
    for (String s : all) {
      if (SpellingWords.isNativeScript(s) && nativeForm == null && s.codePoints().allMatch(Character::isLetter)) {
        nativeForm = s;
      }
    }
    boolean city = "city".equals(line.attributes().get("kind"));
    boolean town = "town".equals(line.attributes().get("kind"));
    for (String s : all) {
      // A typo is corrected towards a city's own name (never a town's, which would turn names
      // and words into towns), not towards each of its dozens of
      // foreign transliterations, whose one-edit neighbours would fill the heap.
      spellings.add(ordinal, s, line.where(), bundled, !town && (!city || s.equals(line.canonical())));
    }
    if (!entity.lang().equals("-")) {
      // A person's every romanization; a place's or body's canonical name: enough for the
      // syllable match, which a city's dozens of foreign transliterations would only slow.
      addSyllableKeys(ordinal, entity, entity.type() == EntityType.PERSON ? all : List.of(line.canonical()), nativeForm);
    }
    if (entity.type() != EntityType.PERSON) {
      addPlaceFacts(ordinal, line.attributes());
    }
    String parent = line.attributes().get("part_of");
    if (parent != null && !parent.isBlank()) {
      partOfNames.put(ordinal, new String[] {parent.strip(), line.where()});
    }
    if (entity.type() == EntityType.PERSON) {
      surnames.add(ordinal, entity, all, line.attributes().get("surname"));
      PersonFacts f = PersonFacts.of(line.attributes(), line.where());
      if (f != PersonFacts.NONE) {
        facts.put(ordinal, f);
      }
      spellings.derive(ordinal, entity, all, line.attributes().get("surname"));
    }
  }

  private void addPlaceFacts(int ordinal, Map<String, String> attributes) {
    PlaceFacts pf = PlaceFacts.of(attributes);
    if (pf != PlaceFacts.NONE) {
      placeFacts.merge(ordinal, pf, (old, add) -> old.kind().isEmpty() ? add : old);
    }
    String context = attributes.get("context_aliases");
    if (context != null) {
      for (String a : context.split("\\|")) {
        String key = String.join(" ", SpellingWords.folded(a.strip()));
        List<Integer> owners = contextAliases.computeIfAbsent(key, k -> new ArrayList<>());
        if (!key.isEmpty() && !owners.contains(ordinal)) {
          owners.add(ordinal);
        }
      }
    }
  }

  /** The ordinal of the place of this canonical name, else of the body (a party), else null. */
  Integer placeOrBody(String canonical) {
    Integer o = ordinalByName.get(EntityType.PLACE.label() + "\u0000" + canonical);
    return o != null ? o : ordinalByName.get(EntityType.ORG.label() + "\u0000" + canonical);
  }

  /**
   * Adds a word for the people or things of these places.
   *
   * @param years the era it means these places in, {@code [from, to]}, or null for always
   */
  void addDemonym(String key, List<Integer> places, int[] years) {
    if (years == null) {
      demonyms.putIfAbsent(key, places);
    } else {
      eraDemonyms.computeIfAbsent(key, k -> new ArrayList<>()).add(new EraDemonym(years[0], years[1], places));
    }
  }

  /** What the lines added so far make: frozen tables and the compiled FST of spellings. */
  EntityDictionary.Contents contents(String fingerprint) throws IOException {
    Map<Integer, Integer> partOf = partOf();
    Map<String, List<Integer>> context = freezeLists(contextAliases);
    spellings.addDerived();
    SpellingFst compiled = SpellingFst.compile(spellings.byKey, WordList.English.WORDS);
    CharArraySet starters = compiled.lowercaseStarters();
    Map<String, List<Keyed>> syllables = freezeLists(byFirstSyllable);
    Map<String, List<EntityDictionary.TypoTarget>> typos = freezeLists(spellings.typoNeighbours);
    return new EntityDictionary.Contents(
        fingerprint,
        List.copyOf(entities),
        compiled.fst(),
        compiled.outputs(),
        spellings.maxAliasWords(),
        freezeLists(surnames.bySurname),
        () -> syllables,
        () -> typos,
        freezeLists(surnames.byEntity),
        Map.copyOf(facts),
        partOf,
        Map.copyOf(placeFacts),
        context,
        freezeLists(demonyms),
        freezeLists(eraDemonyms),
        () -> starters,
        Map.copyOf(notes));
  }

  private static <K, V> Map<K, List<V>> freezeLists(Map<K, List<V>> m) {
    Map<K, List<V>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  private Map<Integer, Integer> partOf() {
    Map<Integer, Integer> out = new HashMap<>();
    partOfNames.forEach(
        (ordinal, parent) -> {
          Integer p = null;
          for (EntityType t : EntityType.values()) {
            p = p != null ? p : ordinalByName.get(t.label() + "\u0000" + parent[0]);
          }
          if (p == null) {
            throw new IllegalArgumentException(parent[1] + ": part_of names no entity: '" + parent[0] + "'");
          }
          out.put(ordinal, p);
        });
    return Map.copyOf(out);
  }

  private void addSyllableKeys(int ordinal, Entity entity, List<String> spellings, String nativeForm) {
    Set<SyllableKey> keys = new HashSet<>();
    for (String s : spellings) {
      if (SpellingWords.isNativeScript(s) || SpellingWords.isCapitalsOnly(s)) {
        continue;
      }
      List<String> words = SpellingWords.folded(s);
      if (words.size() > 4) {
        continue;
      }
      String hangul = "ko".equals(entity.lang()) && nativeForm != null && nativeForm.length() == countSyllables(words, entity.lang())
          ? nativeForm
          : null;
      keys.addAll(names.keysOfKnownName(entity.lang(), words, hangul));
    }
    for (SyllableKey key : keys) {
      if (key.size() < 2) {
        continue; // one syllable says too little to be matched by sound alone
      }
      for (String first : key.syllables().get(0)) {
        byFirstSyllable.computeIfAbsent(first, k -> new ArrayList<>()).add(new Keyed(ordinal, key));
      }
    }
  }

  private int countSyllables(List<String> words, String lang) {
    List<SyllableKey> keys = names.keysOfText(lang, words);
    return keys.isEmpty() ? -1 : keys.get(0).size();
  }
}
