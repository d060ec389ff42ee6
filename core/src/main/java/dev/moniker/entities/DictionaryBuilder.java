package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.EntityDictionary.EraDemonym;
import dev.moniker.entities.EntityDictionary.Keyed;
import dev.moniker.entities.EntityDictionary.ReaderSource;
import dev.moniker.entities.EntityDictionary.TypoTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * Builds an {@link EntityDictionary} from dictionary files: parses their lines into entities and
 * spellings, derives the spellings the press uses that nobody lists, the family names, syllable
 * keys and typo neighbours, and compiles the spellings into an FST. Used once, then dropped.
 */
final class DictionaryBuilder {

  private static final String DEMONYMS = "/dev/moniker/world/demonyms.tsv";
  /** Regnal numbers and suffixes, which end names but are nobody's family name (Juan Carlos I). */
  private static final Set<String> REGNAL = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "jr", "sr");

  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, Integer> ordinalByName = new HashMap<>();
  private final Map<Integer, String> whereDefined = new HashMap<>();
  private final Map<String, List<Alias>> spellings = new HashMap<>(131_072);
  private final Map<String, List<Integer>> bySurname = new HashMap<>();
  private final Map<String, List<Keyed>> byFirstSyllable = new HashMap<>();
  private final Map<String, List<TypoTarget>> typoNeighbours = new HashMap<>();
  private final Map<Integer, List<String>> surnamesByEntity = new HashMap<>();
  private final Map<Integer, PersonFacts> facts = new HashMap<>();
  private final Map<Integer, String[]> partOfNames = new HashMap<>();
  private final Map<Integer, PlaceFacts> placeFacts = new HashMap<>();
  private final Map<String, List<Integer>> contextAliases = new HashMap<>();
  /** Whether the lines being added are the bundled ones, which may share spellings on purpose. */
  private boolean bundled;
  private final Map<String, List<Integer>> demonyms = new HashMap<>();
  private final Map<String, List<EraDemonym>> eraDemonyms = new HashMap<>();
  /** Spellings made from listed ones, added after all lines if nobody else has them. */
  private final List<String[]> derived = new ArrayList<>();
  private final Map<Integer, String> notes = new HashMap<>();
  private final RomanizedNames names = RomanizedNames.shared();
  private final CharArraySet english = WordList.English.WORDS;
  private final MessageDigest digest = sha256();
  private int maxAliasWords = 1;


  private DictionaryBuilder() {}

  /**
   * The bundled files plus named sources in the dictionary format, read in order.
   *
   * @param demonyms whether words for a country's people or things stand for the country
   */
  static EntityDictionary build(Map<String, ReaderSource> sources, boolean demonyms) {
    DictionaryBuilder b = new DictionaryBuilder();
    b.bundled = true;
    b.addAll(BundledEntities.lines());
    b.bundled = false;
    try {
      for (Map.Entry<String, ReaderSource> source : sources.entrySet()) {
        try (Reader r = source.getValue().open()) {
          b.addAll(EntityFileParser.parse(r, source.getKey()));
        }
      }
      if (demonyms) {
        b.addDemonyms();
      } else {
        b.digest.update("demonyms=off".getBytes(StandardCharsets.UTF_8));
      }
      return new EntityDictionary(b.contents());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the lines added so far make: frozen tables and the compiled FST of spellings. */
  private EntityDictionary.Contents contents() throws IOException {
    Map<Integer, Integer> partOf = partOf();
    Map<String, List<Integer>> context = freezeLists(contextAliases);
    addDerivedSpellings();
    FSTCompiler<Long> compiler =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton()).build();
    List<Alias[]> outputs = new ArrayList<>();
    // The FST takes its inputs in code-point order, which is UTF-8 byte order: sort once as
    // bytes, cheaper than keeping a tree of strings compared code point by code point.
    List<Map.Entry<BytesRef, List<Alias>>> sorted = new ArrayList<>(spellings.size());
    spellings.forEach((k, v) -> sorted.add(Map.entry(new BytesRef(k), v)));
    sorted.sort(Map.Entry.comparingByKey());
    IntsRefBuilder scratch = new IntsRefBuilder();
    for (Map.Entry<BytesRef, List<Alias>> e : sorted) {
      outputs.add(e.getValue().toArray(new Alias[0]));
      compiler.add(Util.toUTF32(e.getKey().utf8ToString(), scratch), (long) outputs.size() - 1);
    }
    FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
    Map<String, List<Keyed>> syllables = freezeLists(byFirstSyllable);
    Map<String, List<TypoTarget>> typos = freezeLists(typoNeighbours);
    return new EntityDictionary.Contents(
        HexFormat.of().formatHex(digest.digest(), 0, 6),
        List.copyOf(entities),
        fst,
        List.copyOf(outputs),
        maxAliasWords,
        freezeLists(bySurname),
        () -> syllables,
        () -> typos,
        freezeLists(surnamesByEntity),
        Map.copyOf(facts),
        partOf,
        Map.copyOf(placeFacts),
        context,
        freezeLists(demonyms),
        freezeLists(eraDemonyms),
        CharArraySet.unmodifiableSet(lowercaseStarters()),
        Map.copyOf(notes));
  }

  private static <K, V> Map<K, List<V>> freezeLists(Map<K, List<V>> m) {
    Map<K, List<V>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  private void addAll(List<EntityFileParser.Line> lines) {
    for (EntityFileParser.Line line : lines) {
      digest.update(
          (line.type() + "\t" + line.lang() + "\t" + line.canonical() + "\t" + line.aliases()
                  + "\t" + line.attributes() + "\n")
              .getBytes(StandardCharsets.UTF_8));
      add(line);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private void add(EntityFileParser.Line line) {
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
    List<String> spellings = new ArrayList<>();
    spellings.add(line.canonical());
    spellings.addAll(line.aliases());
    String nativeForm = null;
    for (String s : spellings) {
      if (SpellingWords.isNativeScript(s) && nativeForm == null && s.codePoints().allMatch(Character::isLetter)) {
        nativeForm = s;
      }
    }
    boolean city = "city".equals(line.attributes().get("kind"));
    boolean town = "town".equals(line.attributes().get("kind"));
    for (String s : spellings) {
      // A typo is corrected towards a city's own name (never a town's, which would turn names
      // and words into towns), not towards each of its dozens of
      // foreign transliterations, whose one-edit neighbours would fill the heap.
      addSpelling(ordinal, s, line.where(), !town && (!city || s.equals(line.canonical())));
    }
    if (!entity.lang().equals("-")) {
      // A person's every romanization; a place's or body's canonical name: enough for the
      // syllable match, which a city's dozens of foreign transliterations would only slow.
      addSyllableKeys(ordinal, entity, entity.type() == EntityType.PERSON ? spellings : List.of(line.canonical()), nativeForm);
    }
    if (entity.type() != EntityType.PERSON) {
      PlaceFacts pf = PlaceFacts.of(line.attributes());
      if (pf != PlaceFacts.NONE) {
        placeFacts.merge(ordinal, pf, (old, add) -> old.kind().isEmpty() ? add : old);
      }
      String context = line.attributes().get("context_aliases");
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
    String parent = line.attributes().get("part_of");
    if (parent != null && !parent.isBlank()) {
      partOfNames.put(ordinal, new String[] {parent.strip(), line.where()});
    }
    if (entity.type() == EntityType.PERSON) {
      addSurnames(ordinal, entity, spellings, line.attributes().get("surname"));
      PersonFacts f = PersonFacts.of(line.attributes(), line.where());
      if (f != PersonFacts.NONE) {
        facts.put(ordinal, f);
      }
      deriveSpellings(ordinal, entity, spellings, line.attributes().get("surname"));
    }
  }

  /**
   * Forms the press also uses that nobody lists: a Korean or Chinese name in Western order
   * (<i>Jinping Xi</i>, <i>Syngman Rhee</i>), and a Western name without its middle names
   * (<i>John Kennedy</i> for <i>John Fitzgerald Kennedy</i>). Two people who share such a form
   * share it as homonyms, for the article's date to decide.
   */
  private void deriveSpellings(int ordinal, Entity entity, List<String> spellings, String surname) {
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
          && SpellingWords.folded(surname).size() == 1 && words.get(words.size() - 1).equals(Folding.fold(surname))) {
        derived.add(new String[] {String.valueOf(ordinal), words.get(0) + " " + words.get(words.size() - 1), s});
      }
    }
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

  private void addDerivedSpellings() {
    for (String[] d : derived) {
      int ordinal = Integer.parseInt(d[0]);
      List<Alias> list = spellings.get(d[1]);
      if (list == null) {
        spellings.computeIfAbsent(d[1], k -> new ArrayList<>()).add(new Alias(ordinal, false));
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

  private CharArraySet lowercaseStarters() {
    CharArraySet starters = new CharArraySet(256, false);
    for (Map.Entry<String, List<Alias>> e : spellings.entrySet()) {
      String key = e.getKey();
      int space = key.indexOf(' ');
      if (space <= 0 || e.getValue().stream().allMatch(Alias::capitalsOnly)) {
        continue;
      }
      String first = key.substring(0, space);
      if (!english.contains(first) && !SpellingWords.isNativeScript(first) && first.chars().allMatch(Character::isLetter)) {
        starters.add(first);
      }
    }
    return starters;
  }

  private static int[] yearRange(String range) {
    int dash = range.indexOf('-', 1);
    if (range.isEmpty() || dash < 0) {
      return null;
    }
    return new int[] {Integer.parseInt(range.substring(0, dash).strip()), Integer.parseInt(range.substring(dash + 1).strip())};
  }

  private void addDemonyms() throws IOException {
    try (InputStream in = DictionaryBuilder.class.getResourceAsStream(DEMONYMS)) {
      if (in == null) {
        return;
      }
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          continue;
        }
        String[] targets = cols[1].split("\\|");
        boolean both = cols.length > 2 && cols[2].strip().equals("plural-countries");
        if (targets.length > 1 && !both) {
          continue; // "Korean": one of several countries, and the word does not say which
        }
        List<Integer> places = new ArrayList<>();
        for (String canonical : targets) {
          Integer o = ordinalByName.get(EntityType.PLACE.label() + "\u0000" + canonical.strip());
          if (o == null) { // a party, for its members' word (Democrats)
            o = ordinalByName.get(EntityType.ORG.label() + "\u0000" + canonical.strip());
          }
          if (o != null) {
            places.add(o);
          }
        }
        if (places.isEmpty()) {
          continue; // a demonym of a place this dictionary does not know
        }
        int[] years = cols.length > 3 ? yearRange(cols[3].strip()) : null;
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
        String key = String.join(" ", SpellingWords.folded(cols[0].strip()));
        if (key.isEmpty()) {
          continue;
        }
        if (years == null) {
          demonyms.putIfAbsent(key, places);
        } else {
          eraDemonyms.computeIfAbsent(key, k -> new ArrayList<>()).add(new EraDemonym(years[0], years[1], places));
        }
      }
    }
  }

  private void addSpelling(int ordinal, String spelling, String where, boolean typoTarget) {
    boolean capitals = SpellingWords.isCapitalsOnly(spelling);
    List<String> words = SpellingWords.folded(spelling);
    addKey(ordinal, String.join(" ", words), capitals, spelling, where);
    if (spelling.contains("-")) {
      addKey(ordinal, String.join(" ", SpellingWords.folded(spelling.replace("-", ""))), capitals, spelling, where);
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

  private void addKey(int ordinal, String key, boolean capitals, String spelling, String where) {
    if (key.isEmpty()) {
      return;
    }
    List<Alias> list = spellings.computeIfAbsent(key, k -> new ArrayList<>());
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

  private void addSurnames(int ordinal, Entity entity, List<String> spellings, String surname) {
    Set<String> surnames = new HashSet<>();
    if (surname != null) {
      surnames.add(Folding.fold(surname));
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
      List<String> own = surnamesByEntity.computeIfAbsent(ordinal, k -> new ArrayList<>());
      if (!own.contains(s)) {
        own.add(s);
      }
      if (s.equals(owned)) {
        List<Integer> list = bySurname.computeIfAbsent(s, k -> new ArrayList<>());
        if (!list.contains(ordinal)) {
          list.add(ordinal);
        }
      }
    }
  }

  private static Set<String> deletions(String w) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < w.length(); i++) {
      out.add(w.substring(0, i) + w.substring(i + 1));
    }
    return out;
  }
}
