package dev.moniker.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * The known entities and every way to find them: an FST of their spellings (folded words joined
 * by spaces, hyphenated parts also joined up), their family names for short mentions, the
 * syllable keys of Korean and Chinese names for spellings nobody listed, and the one-edit
 * neighbours of single-word names for typos. Immutable and shared by all analyzers.
 */
public final class EntityDictionary {

  /** A spelling in the FST: which entity, and whether it only matches in capitals (US, not us). */
  record Alias(int entity, boolean capitalsOnly) implements java.io.Serializable {}

  /** An entity with one syllable key of its name. */
  record Keyed(int entity, SyllableKey key) implements java.io.Serializable {}

  /** A single-word spelling that a one-edit typo may stand for. */
  record TypoTarget(int entity, String folded) implements java.io.Serializable {}

  /**
   * Most words one spelling may have. Each Chinese character is a word to the tokenizer, so
   * official names such as 中华人民共和国国务院 need more than a Western name does.
   */
  static final int MAX_ALIAS_WORDS = 24;

  private static final String BUNDLED = "/dev/moniker/entities/entities.tsv";
  /** Famous people of the whole world, with the years and priors that link a surname alone. */
  private static final String BUNDLED_PEOPLE = "/dev/moniker/entities/people-world.tsv";
  private static final String DEMONYMS = "/dev/moniker/world/demonyms.tsv";
  /** Countries, states, regions and cities of the world, with populations (GeoNames, CLDR). */
  private static final String WORLD_PLACES = "/dev/moniker/world/places.tsv";
  /** The organisations news names most. */
  private static final String WORLD_ORGS = "/dev/moniker/world/orgs.tsv";
  /** Given names with their US births (SSA), and nicknames with their formal names. */
  /** Regnal numbers and suffixes, which end names but are nobody's family name (Juan Carlos I). */
  private static final Set<String> REGNAL = Set.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "jr", "sr");

  private static final String GIVEN_NAMES = "/dev/moniker/world/given-names.tsv";
  private static final String NICKNAMES = "/dev/moniker/world/nicknames.tsv";
  private static final String ENGLISH = "/dev/moniker/entities/english-words.txt";
  private static volatile EntityDictionary defaults;

  private final List<Entity> entities;
  private final FST<Long> aliases;
  private final List<Alias[]> aliasesByOutput;
  private final int maxAliasWords;
  private final Map<String, List<Integer>> bySurname;
  private final Map<String, List<Keyed>> byFirstSyllable;
  private final Map<String, List<TypoTarget>> typoNeighbours;
  private final Set<String> english;
  private final RomanizedNames names;
  private final Map<Entity, Integer> ordinals = new HashMap<>();
  private final Map<Integer, List<String>> surnamesByEntity;
  private final Map<Integer, PersonFacts> facts;
  private final Map<Integer, Integer> partOf;
  private final Map<Integer, PlaceFacts> placeFacts;
  private final Map<String, List<Integer>> contextAliases;
  private final Map<String, List<Integer>> demonyms;
  private final Map<String, List<EraDemonym>> eraDemonyms;
  private final CharArraySet lowercaseStarters;
  private final String fingerprint;
  private final Map<Integer, String> notes;

  private EntityDictionary(Builder b) throws IOException {
    this.notes = Map.copyOf(b.notes);
    this.entities = List.copyOf(b.entities);
    this.names = b.names;
    this.english = b.english;
    this.bySurname = freezeLists(b.bySurname);
    this.byFirstSyllable = freezeLists(b.byFirstSyllable);
    this.typoNeighbours = freezeLists(b.typoNeighbours);
    this.maxAliasWords = b.maxAliasWords;
    this.surnamesByEntity = freezeLists(b.surnamesByEntity);
    this.facts = Map.copyOf(b.facts);
    this.partOf = b.partOf();
    this.placeFacts = Map.copyOf(b.placeFacts);
    this.contextAliases = freezeLists(b.contextAliases);
    b.addDerivedSpellings();
    this.demonyms = freezeLists(b.demonyms);
    this.eraDemonyms = freezeLists(b.eraDemonyms);
    this.lowercaseStarters = CharArraySet.unmodifiableSet(b.lowercaseStarters());
    this.fingerprint = HexFormat.of().formatHex(b.digest.digest(), 0, 6);
    for (int i = 0; i < entities.size(); i++) {
      ordinals.put(entities.get(i), i);
    }
    FSTCompiler<Long> compiler =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton()).build();
    List<Alias[]> outputs = new ArrayList<>();
    // The FST takes its inputs in code-point order, which is UTF-8 byte order: sort once as
    // bytes, cheaper than keeping a tree of strings compared code point by code point.
    List<Map.Entry<BytesRef, List<Alias>>> sorted = new ArrayList<>(b.spellings.size());
    b.spellings.forEach((k, v) -> sorted.add(Map.entry(new BytesRef(k), v)));
    sorted.sort(Map.Entry.comparingByKey());
    IntsRefBuilder scratch = new IntsRefBuilder();
    for (Map.Entry<BytesRef, List<Alias>> e : sorted) {
      outputs.add(e.getValue().toArray(new Alias[0]));
      compiler.add(Util.toUTF32(e.getKey().utf8ToString(), scratch), (long) outputs.size() - 1);
    }
    this.aliasesByOutput = List.copyOf(outputs);
    this.aliases = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
  }

  /**
   * Everything a built dictionary holds, written once when the library is built ({@link
   * DictionarySnapshot}) and read in one go at start-up: building the bundled dictionary from its
   * sixty thousand spellings takes seconds; reading it back, a fraction of that.
   */
  record Snapshot(
      String fingerprint,
      List<Entity> entities,
      byte[] fst,
      List<Alias[]> aliasesByOutput,
      int maxAliasWords,
      Map<String, List<Integer>> bySurname,
      Map<String, List<Keyed>> byFirstSyllable,
      Map<String, List<TypoTarget>> typoNeighbours,
      Map<Integer, List<String>> surnamesByEntity,
      Map<Integer, PersonFacts> facts,
      Map<Integer, Integer> partOf,
      Map<Integer, PlaceFacts> placeFacts,
      Map<String, List<Integer>> contextAliases,
      Map<String, List<Integer>> demonyms,
      Map<String, List<EraDemonym>> eraDemonyms,
      List<String> lowercaseStarters,
      Map<Integer, String> notes)
      implements java.io.Serializable {}

  Snapshot snapshot() throws IOException {
    org.apache.lucene.store.ByteBuffersDataOutput out = new org.apache.lucene.store.ByteBuffersDataOutput();
    aliases.save(out, out);
    List<String> starters = new ArrayList<>();
    for (Object o : lowercaseStarters) {
      starters.add(new String((char[]) o));
    }
    return new Snapshot(fingerprint, entities, out.toArrayCopy(), aliasesByOutput, maxAliasWords, bySurname,
        byFirstSyllable, typoNeighbours, surnamesByEntity, facts, partOf, placeFacts, contextAliases,
        demonyms, eraDemonyms, starters, notes);
  }

  private EntityDictionary(Snapshot s) throws IOException {
    this.notes = s.notes();
    this.entities = s.entities();
    this.names = RomanizedNames.shared();
    this.english = English.WORDS;
    this.bySurname = s.bySurname();
    this.byFirstSyllable = s.byFirstSyllable();
    this.typoNeighbours = s.typoNeighbours();
    this.maxAliasWords = s.maxAliasWords();
    this.surnamesByEntity = s.surnamesByEntity();
    this.facts = s.facts();
    this.partOf = s.partOf();
    this.placeFacts = s.placeFacts();
    this.contextAliases = s.contextAliases();
    this.demonyms = s.demonyms();
    this.eraDemonyms = s.eraDemonyms();
    CharArraySet starters = new CharArraySet(s.lowercaseStarters().size(), false);
    starters.addAll(s.lowercaseStarters());
    this.lowercaseStarters = CharArraySet.unmodifiableSet(starters);
    this.fingerprint = s.fingerprint();
    for (int i = 0; i < entities.size(); i++) {
      ordinals.put(entities.get(i), i);
    }
    this.aliasesByOutput = s.aliasesByOutput();
    org.apache.lucene.store.ByteArrayDataInput in = new org.apache.lucene.store.ByteArrayDataInput(s.fst());
    this.aliases = new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
  }

  /** Where the build leaves the bundled dictionary's snapshot, on the class path. */
  static final String SNAPSHOT = "/dev/moniker/entities/bundled-dictionary.bin";

  /** The bundled dictionary from its snapshot, or null when the build left none (an IDE run). */
  private static EntityDictionary fromSnapshot() {
    try (InputStream in = EntityDictionary.class.getResourceAsStream(SNAPSHOT)) {
      if (in == null) {
        return null;
      }
      try (java.io.ObjectInputStream objects =
          new java.io.ObjectInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
        return new EntityDictionary((Snapshot) objects.readObject());
      }
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      return null; // a snapshot of another build, or of another Lucene: build the dictionary instead
    }
  }

  /** Builds the bundled dictionary from its files, without the snapshot: what the snapshot holds. */
  static EntityDictionary buildBundled() {
    return withSources(Map.of(), true);
  }

  /** The bundled dictionary: the people, places and organisations of news about East Asia. */
  public static EntityDictionary defaults() {
    EntityDictionary d = defaults;
    if (d == null) {
      synchronized (EntityDictionary.class) {
        d = defaults;
        if (d == null) {
          d = fromSnapshot();
          defaults = d = d != null ? d : buildBundled();
        }
      }
    }
    return d;
  }

  /**
   * The bundled dictionary plus the user's files, in the same format (see the bundled {@code
   * entities.tsv}). A user line whose type and canonical name match a bundled entity adds
   * spellings to it.
   *
   * @throws IllegalArgumentException naming file and line when a file is malformed or gives a
   *     spelling that already belongs to another entity
   */
  public static EntityDictionary withFiles(List<Path> files) {
    Map<String, ReaderSource> sources = new java.util.LinkedHashMap<>();
    for (Path f : files) {
      sources.put(f.toString(), fileSource(f));
    }
    return withSources(sources);
  }

  /** Opens one dictionary source; for files, class-path resources, an engine's config files. */
  @FunctionalInterface
  public interface ReaderSource {
    Reader open() throws IOException;
  }

  /** The lines of the bundled {@code entities.tsv}, parsed once. */
  static List<EntityFileParser.Line> bundledLines() {
    return BundledLines.LINES;
  }

  private static final class BundledLines {
    static final List<EntityFileParser.Line> LINES = read();

    private static List<EntityFileParser.Line> read() {
      List<EntityFileParser.Line> lines = new ArrayList<>(readResource(BUNDLED, true));
      lines.addAll(readResource(BUNDLED_PEOPLE, false));
      lines.addAll(readResource(WORLD_PLACES, false));
      lines.addAll(readResource(WORLD_ORGS, false));
      return List.copyOf(lines);
    }

    private static List<EntityFileParser.Line> readResource(String name, boolean required) {
      try (InputStream in = EntityDictionary.class.getResourceAsStream(name)) {
        if (in == null) {
          if (required) {
            throw new IllegalStateException("missing resource " + name);
          }
          return List.of();
        }
        String file = name.substring(name.lastIndexOf('/') + 1);
        return EntityFileParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The bundled dictionary plus named sources in the dictionary format, demonyms on. */
  public static EntityDictionary withSources(Map<String, ReaderSource> sources) {
    return withSources(sources, true);
  }

  /**
   * The bundled dictionary plus named sources in the dictionary format.
   *
   * @param demonyms whether words for a country's people or things (<i>Soviet</i>, <i>North
   *     Korean</i>) stand for the country
   */
  public static EntityDictionary withSources(Map<String, ReaderSource> sources, boolean demonyms) {
    Builder b = new Builder();
    b.bundled = true;
    b.addAll(bundledLines());
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
      return new EntityDictionary(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bundled dictionary and the user's files, with demonyms on or off. */
  public static EntityDictionary withFiles(List<Path> files, boolean demonyms) {
    if (files.isEmpty() && demonyms) {
      return defaults();
    }
    Map<String, ReaderSource> sources = new java.util.LinkedHashMap<>();
    for (Path f : files) {
      sources.put(f.toString(), fileSource(f));
    }
    return withSources(sources, demonyms);
  }

  private static ReaderSource fileSource(Path f) {
    return () -> {
      try {
        return Files.newBufferedReader(f, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("entity file not found: " + f);
      }
    };
  }

  /**
   * Changes with any change to the entities or spellings: an index records it, because a query
   * analysed with another dictionary would not find what the index holds.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** The {@code note=} attribute of the entity's dictionary line, or null. */
  public String note(Entity entity) {
    Integer ordinal = ordinals.get(entity);
    return ordinal == null ? null : notes.get(ordinal);
  }

  /** All known entities. */
  public List<Entity> entities() {
    return entities;
  }

  Entity entity(int ordinal) {
    return entities.get(ordinal);
  }

  FST<Long> aliasFst() {
    return aliases;
  }

  Alias[] aliasesFor(long output) {
    return aliasesByOutput.get((int) output);
  }

  int maxAliasWords() {
    return maxAliasWords;
  }

  /** The entity's position in {@link #entities()}, or -1 for one not in this dictionary. */
  int ordinalOf(Entity e) {
    return ordinals.getOrDefault(e, -1);
  }

  /** Folded family names of a known person, in every listed spelling. */
  List<String> surnamesOf(int ordinal) {
    return surnamesByEntity.getOrDefault(ordinal, List.of());
  }

  /** US births of a given name, by its folded form; 0 for a name nobody is given. */
  int givenNameBirths(String folded) {
    Integer b = Names.GIVEN.get(folded);
    return b == null ? 0 : b;
  }

  /** The formal given name a nickname stands for ({@code bobby} → Robert), or null. */
  String formalGivenName(String folded) {
    return Names.FORMAL.get(folded);
  }

  /** Given names and nicknames, read once per process. */
  private static final class Names {
    static final Map<String, Integer> GIVEN = new HashMap<>(40_000);
    static final Map<String, String> FORMAL = new HashMap<>(2_000);

    static {
      for (String line : resourceLines(GIVEN_NAMES)) {
        String[] c = line.split("\t");
        if (c.length >= 3) {
          GIVEN.put(Folding.fold(c[0]), Integer.parseInt(c[2].strip()));
        }
      }
      for (String line : resourceLines(NICKNAMES)) {
        String[] c = line.split("\t");
        if (c.length >= 2) {
          String nick = Folding.fold(c[0]);
          String formal = c[1].split("\\|")[0].strip();
          Integer nickBirths = GIVEN.get(nick);
          Integer formalBirths = GIVEN.get(Folding.fold(formal));
          // Henry is no nickname of Harry: a name more common than its "formal" form stays itself
          if (nickBirths == null || (formalBirths != null && formalBirths > nickBirths)) {
            FORMAL.put(nick, formal);
          }
        }
      }
    }
  }

  private static List<String> resourceLines(String name) {
    try (InputStream in = EntityDictionary.class.getResourceAsStream(name)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What tells a place or organisation from others of its name; {@link PlaceFacts#NONE} when nothing. */
  PlaceFacts placeFactsOf(int ordinal) {
    return placeFacts.getOrDefault(ordinal, PlaceFacts.NONE);
  }

  /**
   * The places an abbreviation that is also an ordinary word or a postal code stands for
   * ({@code miss}, {@code tx}), taken only right after a place and a comma; empty for none.
   */
  List<Integer> contextAliasOf(String folded) {
    return contextAliases.getOrDefault(folded, List.of());
  }

  /** What is known of a person's years and prominence; {@link PersonFacts#NONE} when nothing. */
  PersonFacts factsOf(int ordinal) {
    return facts.getOrDefault(ordinal, PersonFacts.NONE);
  }

  /**
   * The entity this one is part of ({@code part_of=} in the dictionary: the Security Council of
   * the United Nations), named too wherever this one is; -1 for none.
   */
  int partOf(int ordinal) {
    return partOf.getOrDefault(ordinal, -1);
  }

  /** A demonym that stands for other places in some years: Soviet-era <i>Russians</i>. */
  record EraDemonym(int from, int to, List<Integer> places) implements java.io.Serializable {}

  /**
   * The places a demonym stands for ({@code north korean}) in a text of {@code year} (0: no
   * date), by folded words; empty for none.
   */
  List<Integer> demonymOf(String foldedWords, int year) {
    if (year != 0) {
      for (EraDemonym e : eraDemonyms.getOrDefault(foldedWords, List.of())) {
        if (year >= e.from() && year <= e.to()) {
          return e.places();
        }
      }
    }
    return demonyms.getOrDefault(foldedWords, List.of());
  }

  /** Whether demonyms were loaded (a user may turn them off). */
  boolean hasDemonyms() {
    return !demonyms.isEmpty() || !eraDemonyms.isEmpty();
  }

  /**
   * Whether a word in lower case may start a known name of several words ({@code kim} in <i>kim
   * jong un</i>): the first word of such a spelling that is itself no common English word.
   */
  public boolean startsLowercaseName(char[] buffer, int length) {
    return lowercaseStarters.contains(buffer, 0, length);
  }

  boolean startsLowercaseName(String folded) {
    return lowercaseStarters.contains(folded);
  }

  List<Integer> withSurname(String folded) {
    return bySurname.getOrDefault(folded, List.of());
  }

  List<Keyed> withFirstSyllable(String nativeSyllable) {
    return byFirstSyllable.getOrDefault(nativeSyllable, List.of());
  }

  List<TypoTarget> typoNeighbours(String deletionKey) {
    return typoNeighbours.getOrDefault(deletionKey, List.of());
  }

  boolean isEnglishWord(String lowercase) {
    return english.contains(lowercase);
  }

  /**
   * Whether a folded word is by itself a spelling of some entity other than a town ({@code
   * tokyo}, {@code kcna}): towns are named like people (Moore, Oklahoma; Obama, Japan), so a town
   * of the name does not make a word a place's.
   */
  boolean isSingleWordAlias(String folded) {
    for (Alias a : singleWordAliases(folded)) {
      if (!placeFactsOf(a.entity()).town()) {
        return true;
      }
    }
    return false;
  }

  /** The entities a folded word spells by itself ({@code us}: the United States), or none. */
  Alias[] singleWordAliases(String folded) {
    IntsRefBuilder input = new IntsRefBuilder();
    folded.codePoints().forEach(input::append);
    try {
      Long output = Util.get(aliases, input.get());
      return output == null ? new Alias[0] : aliasesByOutput.get(output.intValue());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on the heap: cannot happen
    }
  }

  RomanizedNames names() {
    return names;
  }

  /** Words of a spelling as the analysis sees them: tokenized, possessive dropped, folded. */
  static List<String> foldedWords(String spelling) {
    if (isPlainWords(spelling)) {
      // Letters and single spaces only, most of the world's place names: the tokenizer would
      // split at the spaces and change nothing else, so skip its cost.
      List<String> words = new ArrayList<>(4);
      for (String w : spelling.split(" ")) {
        words.add(Folding.fold(w));
      }
      return words;
    }
    return SPELLING_WORDS.get().words(spelling);
  }

  private static boolean isPlainWords(String s) {
    if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && !(c == ' ' && s.charAt(i - 1) != ' ')) {
        return false;
      }
    }
    return true;
  }

  /**
   * One tokenizer per thread for spellings: building a StandardTokenizer allocates its scanner's
   * buffers, which for a dictionary of a hundred thousand spellings cost seconds.
   */
  private static final ThreadLocal<SpellingWords> SPELLING_WORDS = ThreadLocal.withInitial(SpellingWords::new);

  private static final class SpellingWords {
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final TokenStream stream = new EnglishPossessiveFilter(tokenizer);
    private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);

    List<String> words(String spelling) {
      List<String> words = new ArrayList<>(4);
      try {
        tokenizer.setReader(new StringReader(spelling));
        stream.reset();
        while (stream.incrementToken()) {
          words.add(Folding.fold(term.toString()));
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          stream.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return words;
    }
  }

  static boolean isCapitalsOnly(String spelling) {
    boolean letter = false;
    for (int i = 0; i < spelling.length(); i++) {
      char c = spelling.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isUpperCase(c);
    }
    return letter && spelling.replace(".", "").length() <= 6;
  }

  static boolean isNativeScript(String s) {
    return s.codePoints()
        .anyMatch(
            cp -> {
              Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
              return sc == Character.UnicodeScript.HANGUL || sc == Character.UnicodeScript.HAN;
            });
  }

  private static <K, V> Map<K, List<V>> freezeLists(Map<K, List<V>> m) {
    Map<K, List<V>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /** Collects entities and their spellings before compiling. */
  private static final class Builder {
    final List<Entity> entities = new ArrayList<>();
    final Map<String, Integer> ordinalByName = new HashMap<>();
    final Map<Integer, String> whereDefined = new HashMap<>();
    final Map<String, List<Alias>> spellings = new HashMap<>(131_072);
    final Map<String, List<Integer>> bySurname = new HashMap<>();
    final Map<String, List<Keyed>> byFirstSyllable = new HashMap<>();
    final Map<String, List<TypoTarget>> typoNeighbours = new HashMap<>();
    final Map<Integer, List<String>> surnamesByEntity = new HashMap<>();
    final Map<Integer, PersonFacts> facts = new HashMap<>();
    final Map<Integer, String[]> partOfNames = new HashMap<>();
    final Map<Integer, PlaceFacts> placeFacts = new HashMap<>();
    final Map<String, List<Integer>> contextAliases = new HashMap<>();
    /** Whether the lines being added are the bundled ones, which may share spellings on purpose. */
    boolean bundled;
    final Map<String, List<Integer>> demonyms = new HashMap<>();
    final Map<String, List<EraDemonym>> eraDemonyms = new HashMap<>();
    /** Spellings made from listed ones, added after all lines if nobody else has them. */
    final List<String[]> derived = new ArrayList<>();
    final Map<Integer, String> notes = new HashMap<>();
    final RomanizedNames names = RomanizedNames.shared();
    final Set<String> english = English.WORDS;
    final MessageDigest digest = sha256();
    int maxAliasWords = 1;

    void addAll(List<EntityFileParser.Line> lines) {
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
        if (isNativeScript(s) && nativeForm == null && s.codePoints().allMatch(Character::isLetter)) {
          nativeForm = s;
        }
      }
      boolean city = "city".equals(line.attributes().get("kind"));
      boolean town = "town".equals(line.attributes().get("kind"));
      for (String s : spellings) {
        // A typo is corrected towards a city's own name, not towards each of its dozens of
        // foreign transliterations, whose one-edit neighbours would fill the heap; never towards
        // a town's, which would turn names and words into towns.
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
            String key = String.join(" ", foldedWords(a.strip()));
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
        if (isNativeScript(s) || isCapitalsOnly(s)) {
          continue;
        }
        List<String> words = foldedWords(s);
        if (!entity.lang().equals("-") && words.size() >= 2 && words.size() <= 3) {
          List<String> reversed = new ArrayList<>(words.subList(1, words.size()));
          reversed.add(words.get(0));
          derived.add(new String[] {String.valueOf(ordinal), String.join(" ", reversed), s});
          if (words.size() == 3) {
            derived.add(new String[] {String.valueOf(ordinal), words.get(1) + words.get(2) + " " + words.get(0), s});
          }
        }
        if (entity.lang().equals("-") && words.size() >= 3 && surname != null
            && foldedWords(surname).size() == 1 && words.get(words.size() - 1).equals(Folding.fold(surname))) {
          derived.add(new String[] {String.valueOf(ordinal), words.get(0) + " " + words.get(words.size() - 1), s});
        }
      }
    }

    Map<Integer, Integer> partOf() {
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

    void addDerivedSpellings() {
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

    CharArraySet lowercaseStarters() {
      CharArraySet starters = new CharArraySet(256, false);
      for (Map.Entry<String, List<Alias>> e : spellings.entrySet()) {
        String key = e.getKey();
        int space = key.indexOf(' ');
        if (space <= 0 || e.getValue().stream().allMatch(Alias::capitalsOnly)) {
          continue;
        }
        String first = key.substring(0, space);
        if (!english.contains(first) && !isNativeScript(first) && first.chars().allMatch(Character::isLetter)) {
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

    void addDemonyms() throws IOException {
      try (InputStream in = EntityDictionary.class.getResourceAsStream(DEMONYMS)) {
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
          String key = String.join(" ", foldedWords(cols[0].strip()));
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
      boolean capitals = isCapitalsOnly(spelling);
      List<String> words = foldedWords(spelling);
      addKey(ordinal, String.join(" ", words), capitals, spelling, where);
      if (spelling.contains("-")) {
        addKey(ordinal, String.join(" ", foldedWords(spelling.replace("-", ""))), capitals, spelling, where);
      }
      maxAliasWords = Math.min(MAX_ALIAS_WORDS, Math.max(maxAliasWords, words.size()));
      if (typoTarget && words.size() == 1 && !capitals && !isNativeScript(spelling) && words.get(0).length() >= 4) {
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
            && !(isPerson(a.entity()) && isPerson(ordinal) && isNativeScript(spelling))) {
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
        if (isNativeScript(s) || isCapitalsOnly(s)) {
          continue;
        }
        List<String> words = foldedWords(s);
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
          if (isNativeScript(s) || isCapitalsOnly(s)) {
            continue;
          }
          List<String> words = foldedWords(s);
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
      List<String> canonicalWords = foldedWords(entity.canonical());
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

  /** The English word list, read once per process however many dictionaries are built. */
  private static final class English {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> words = new HashSet<>(80_000);
      try (InputStream in = EntityDictionary.class.getResourceAsStream(ENGLISH)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + ENGLISH);
        }
        new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .forEach(words::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(words);
    }
  }
}
