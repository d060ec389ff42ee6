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
import java.util.TreeMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
  record Alias(int entity, boolean capitalsOnly) {}

  /** An entity with one syllable key of its name. */
  record Keyed(int entity, SyllableKey key) {}

  /** A single-word spelling that a one-edit typo may stand for. */
  record TypoTarget(int entity, String folded) {}

  static final int MAX_ALIAS_WORDS = 8;

  private static final String BUNDLED = "/dev/moniker/entities/entities.tsv";
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
    this.fingerprint = HexFormat.of().formatHex(b.digest.digest(), 0, 6);
    for (int i = 0; i < entities.size(); i++) {
      ordinals.put(entities.get(i), i);
    }
    FSTCompiler<Long> compiler =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton()).build();
    List<Alias[]> outputs = new ArrayList<>();
    IntsRefBuilder scratch = new IntsRefBuilder();
    for (Map.Entry<String, List<Alias>> e : b.spellings.entrySet()) {
      outputs.add(e.getValue().toArray(new Alias[0]));
      compiler.add(Util.toUTF32(e.getKey(), scratch), (long) outputs.size() - 1);
    }
    this.aliasesByOutput = List.copyOf(outputs);
    this.aliases = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
  }

  /** The bundled dictionary: the people, places and organisations of news about East Asia. */
  public static EntityDictionary defaults() {
    EntityDictionary d = defaults;
    if (d == null) {
      synchronized (EntityDictionary.class) {
        d = defaults;
        if (d == null) {
          defaults = d = withFiles(List.of());
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
      sources.put(
          f.toString(),
          () -> {
            try {
              return Files.newBufferedReader(f, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
              throw new IllegalArgumentException("entity file not found: " + f);
            }
          });
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
      try (InputStream in = EntityDictionary.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + BUNDLED);
        }
        return List.copyOf(
            EntityFileParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "entities.tsv"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The bundled dictionary plus named sources in the dictionary format. */
  public static EntityDictionary withSources(Map<String, ReaderSource> sources) {
    Builder b = new Builder();
    b.addAll(bundledLines());
    try {
      for (Map.Entry<String, ReaderSource> source : sources.entrySet()) {
        try (Reader r = source.getValue().open()) {
          b.addAll(EntityFileParser.parse(r, source.getKey()));
        }
      }
      return new EntityDictionary(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  /** Whether a folded word is by itself a spelling of some entity ({@code tokyo}, {@code kcna}). */
  boolean isSingleWordAlias(String folded) {
    IntsRefBuilder input = new IntsRefBuilder();
    folded.codePoints().forEach(input::append);
    try {
      return Util.get(aliases, input.get()) != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on the heap: cannot happen
    }
  }

  RomanizedNames names() {
    return names;
  }

  /** Words of a spelling as the analysis sees them: tokenized, possessive dropped, folded. */
  static List<String> foldedWords(String spelling) {
    List<String> words = new ArrayList<>();
    try (StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(tokenizer)) {
      tokenizer.setReader(new StringReader(spelling));
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        words.add(Folding.fold(term.toString()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
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
    final TreeMap<String, List<Alias>> spellings = new TreeMap<>(Builder::byCodePoint);
    final Map<String, List<Integer>> bySurname = new HashMap<>();
    final Map<String, List<Keyed>> byFirstSyllable = new HashMap<>();
    final Map<String, List<TypoTarget>> typoNeighbours = new HashMap<>();
    final Map<Integer, List<String>> surnamesByEntity = new HashMap<>();
    final Map<Integer, String> notes = new HashMap<>();
    final RomanizedNames names = RomanizedNames.shared();
    final Set<String> english = loadEnglish();
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
      for (String s : spellings) {
        addSpelling(ordinal, s, line.where());
      }
      if (!entity.lang().equals("-")) {
        addSyllableKeys(ordinal, entity, spellings, nativeForm);
      }
      if (entity.type() == EntityType.PERSON) {
        addSurnames(ordinal, entity, spellings, line.attributes().get("surname"));
      }
    }

    private void addSpelling(int ordinal, String spelling, String where) {
      boolean capitals = isCapitalsOnly(spelling);
      List<String> words = foldedWords(spelling);
      addKey(ordinal, String.join(" ", words), capitals, spelling, where);
      if (spelling.contains("-")) {
        addKey(ordinal, String.join(" ", foldedWords(spelling.replace("-", ""))), capitals, spelling, where);
      }
      maxAliasWords = Math.min(MAX_ALIAS_WORDS, Math.max(maxAliasWords, words.size()));
      if (words.size() == 1 && !capitals && !isNativeScript(spelling) && words.get(0).length() >= 4) {
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
        if (a.capitalsOnly() == capitals) {
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
            surnames.add(entity.lang().equals("-") ? words.get(words.size() - 1) : words.get(0));
          }
        }
      }
      for (String s : surnames) {
        List<String> own = surnamesByEntity.computeIfAbsent(ordinal, k -> new ArrayList<>());
        if (!own.contains(s)) {
          own.add(s);
        }
        List<Integer> list = bySurname.computeIfAbsent(s, k -> new ArrayList<>());
        if (!list.contains(ordinal)) {
          list.add(ordinal);
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

    private static int byCodePoint(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        int ca = a.codePointAt(i);
        int cb = b.codePointAt(j);
        if (ca != cb) {
          return Integer.compare(ca, cb);
        }
        i += Character.charCount(ca);
        j += Character.charCount(cb);
      }
      return Integer.compare(a.length() - i, b.length() - j);
    }

    private static Set<String> loadEnglish() {
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
      return words;
    }
  }
}
