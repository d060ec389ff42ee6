package dev.moniker.entities;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.fst.FST;

/**
 * The known entities and every way to find them: an FST of their spellings (folded words joined
 * by spaces, hyphenated parts also joined up), their family names for short mentions, the
 * syllable keys of Korean and Chinese names for spellings nobody listed, and the one-edit
 * neighbours of single-word names for typos. Immutable and shared by all analyzers; {@link
 * DictionaryBuilder} makes one from files, {@link DictionarySnapshot} reads the bundled one.
 */
public final class EntityDictionary {

  /** A spelling in the FST: which entity, and whether it only matches in capitals (US, not us). */
  record Alias(int entity, boolean capitalsOnly) {}

  /** An entity with one syllable key of its name. */
  record Keyed(int entity, SyllableKey key) {}

  /** A single-word spelling that a one-edit typo may stand for. */
  record TypoTarget(int entity, String folded) {}

  /**
   * Most words one spelling may have. Each Chinese character is a word to the tokenizer, so
   * official names such as 中华人民共和国国务院 need more than a Western name does.
   */
  static final int MAX_ALIAS_WORDS = 24;

  private static volatile EntityDictionary defaults;

  private final List<Entity> entities;
  private final FST<Long> aliases;
  private final List<Alias[]> aliasesByOutput;
  private final int maxAliasWords;
  private final Map<String, List<Integer>> bySurname;
  private final Supplier<Map<String, List<Keyed>>> byFirstSyllable;
  private final Supplier<Map<String, List<TypoTarget>>> typoNeighbours;
  private final ToIntFunction<Entity> ordinals;
  private final Map<Integer, List<String>> surnamesByEntity;
  private final Map<Integer, PersonFacts> facts;
  private final Map<Integer, Integer> partOf;
  private final Map<Integer, PlaceFacts> placeFacts;
  private final Map<String, List<Integer>> contextAliases;
  private final Map<String, List<Integer>> demonyms;
  private final Map<String, List<EraDemonym>> eraDemonyms;
  private final Supplier<CharArraySet> lowercaseStarters;
  private final Supplier<QuickNegative> maybeStarters;
  private final String fingerprint;
  private final Map<Integer, String> notes;

  /**
   * Everything a dictionary holds, as built from files or read from the snapshot. The syllable and
   * typo tables and the lower-case starters are suppliers, so that a snapshot can leave them unread
   * until a rule asks: a short search seldom does. (The snapshot's lists and maps are read an
   * entry at a time, when first asked for.)
   */
  record Contents(
      String fingerprint,
      List<Entity> entities,
      FST<Long> aliases,
      List<Alias[]> aliasesByOutput,
      int maxAliasWords,
      Map<String, List<Integer>> bySurname,
      Supplier<Map<String, List<Keyed>>> byFirstSyllable,
      Supplier<Map<String, List<TypoTarget>>> typoNeighbours,
      Map<Integer, List<String>> surnamesByEntity,
      Map<Integer, PersonFacts> facts,
      Map<Integer, Integer> partOf,
      Map<Integer, PlaceFacts> placeFacts,
      Map<String, List<Integer>> contextAliases,
      Map<String, List<Integer>> demonyms,
      Map<String, List<EraDemonym>> eraDemonyms,
      Supplier<CharArraySet> lowercaseStarters,
      Map<Integer, String> notes) {}

  EntityDictionary(Contents c) {
    this(c, null);
  }

  /**
   * A dictionary of these contents; {@code ordinalOf} finds an entity's position in its list (-1
   * for none), or null to index the entities here.
   */
  EntityDictionary(Contents c, ToIntFunction<Entity> ordinalOf) {
    this.fingerprint = c.fingerprint();
    this.entities = c.entities();
    this.aliases = c.aliases();
    this.aliasesByOutput = c.aliasesByOutput();
    this.maxAliasWords = c.maxAliasWords();
    this.bySurname = c.bySurname();
    this.byFirstSyllable = new OnFirstUse<>(c.byFirstSyllable());
    this.typoNeighbours = new OnFirstUse<>(c.typoNeighbours());
    this.surnamesByEntity = c.surnamesByEntity();
    this.facts = c.facts();
    this.partOf = c.partOf();
    this.placeFacts = c.placeFacts();
    this.contextAliases = c.contextAliases();
    this.demonyms = c.demonyms();
    this.eraDemonyms = c.eraDemonyms();
    this.lowercaseStarters = new OnFirstUse<>(c.lowercaseStarters());
    this.maybeStarters = new OnFirstUse<>(() -> new QuickNegative(lowercaseStarters.get()));
    this.notes = c.notes();
    this.byOrdinal = new ByOrdinal(entities.size());
    this.worldGivenNames = new OnFirstUse<>(() -> WorldGivenNames.of(this));
    if (ordinalOf == null) {
      Map<Entity, Integer> byEntity = new HashMap<>();
      for (int i = 0; i < entities.size(); i++) {
        byEntity.put(entities.get(i), i);
      }
      ordinalOf = e -> byEntity.getOrDefault(e, -1);
    }
    this.ordinals = ordinalOf;
  }

  /** What this dictionary holds, for {@link DictionarySnapshot} to write. */
  Contents contents() {
    return new Contents(fingerprint, entities, aliases, aliasesByOutput, maxAliasWords, bySurname,
        byFirstSyllable, typoNeighbours, surnamesByEntity, facts, partOf, placeFacts, contextAliases,
        demonyms, eraDemonyms, lowercaseStarters, notes);
  }

  /** Builds the bundled dictionary from its files, without the snapshot: what the snapshot holds. */
  static EntityDictionary buildBundled() {
    return DictionaryBuilder.build(Map.of(), true);
  }

  /** The bundled dictionary: the people, places and organisations of news about East Asia. */
  public static EntityDictionary defaults() {
    EntityDictionary d = defaults;
    if (d == null) {
      synchronized (EntityDictionary.class) {
        d = defaults;
        if (d == null) {
          d = DictionarySnapshot.readBundled();
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
    Map<String, ReaderSource> sources = new LinkedHashMap<>();
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
    return DictionaryBuilder.build(sources, demonyms);
  }

  /** The bundled dictionary and the user's files, with demonyms on or off. */
  public static EntityDictionary withFiles(List<Path> files, boolean demonyms) {
    if (files.isEmpty() && demonyms) {
      return defaults();
    }
    Map<String, ReaderSource> sources = new LinkedHashMap<>();
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
    int ordinal = ordinals.applyAsInt(entity);
    return ordinal < 0 ? null : notes.get(ordinal);
  }

  /** All known entities. */
  public List<Entity> entities() {
    return entities;
  }

  Entity entity(int ordinal) {
    if (ordinal < 0 || ordinal >= byOrdinal.entities.length) {
      return entities.get(ordinal);
    }
    Entity e = byOrdinal.entities[ordinal];
    if (e == null) {
      e = entities.get(ordinal);
      byOrdinal.entities[ordinal] = e;
    }
    return e;
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
    return ordinals.applyAsInt(e);
  }

  /** Folded family names of a known person, in every listed spelling. */
  List<String> surnamesOf(int ordinal) {
    return surnamesByEntity.getOrDefault(ordinal, List.of());
  }

  /** US births of a given name, by its folded form; 0 for a name nobody is given. */
  int givenNameBirths(String folded) {
    return GivenNames.births(folded);
  }

  /**
   * Whether a word is the given name of a person this dictionary lists, in a Western-order name
   * (<i>Volodymyr</i>, <i>Konstantin</i>, <i>Atiku</i>): given names the US birth records give too
   * rarely to count (see {@link WorldGivenNames}).
   */
  boolean isWorldGivenName(String folded) {
    return worldGivenNames.get().contains(folded);
  }

  private final OnFirstUse<java.util.Set<String>> worldGivenNames;

  /** The formal given name a nickname stands for ({@code bobby} → Robert), or null. */
  String formalGivenName(String folded) {
    return GivenNames.formal(folded);
  }

  /** What tells a place or organisation from others of its name; {@link PlaceFacts#NONE} when nothing. */
  PlaceFacts placeFactsOf(int ordinal) {
    if (ordinal < 0 || ordinal >= byOrdinal.places.length) {
      return placeFacts.getOrDefault(ordinal, PlaceFacts.NONE);
    }
    PlaceFacts p = byOrdinal.places[ordinal];
    if (p == null) {
      p = placeFacts.getOrDefault(ordinal, PlaceFacts.NONE);
      byOrdinal.places[ordinal] = p;
    }
    return p;
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
    if (ordinal < 0 || ordinal >= byOrdinal.people.length) {
      return facts.getOrDefault(ordinal, PersonFacts.NONE);
    }
    PersonFacts p = byOrdinal.people[ordinal];
    if (p == null) {
      p = facts.getOrDefault(ordinal, PersonFacts.NONE);
      byOrdinal.people[ordinal] = p;
    }
    return p;
  }

  /**
   * The entity this one is part of ({@code part_of=} in the dictionary: the Security Council of
   * the United Nations), named too wherever this one is; -1 for none.
   */
  int partOf(int ordinal) {
    if (ordinal < 0 || ordinal >= byOrdinal.parts.length) {
      return partOf.getOrDefault(ordinal, -1);
    }
    int part = byOrdinal.parts[ordinal];
    if (part == ByOrdinal.UNREAD) {
      part = partOf.getOrDefault(ordinal, -1);
      byOrdinal.parts[ordinal] = part;
    }
    return part;
  }

  /**
   * What {@link #entity}, {@link #placeFactsOf}, {@link #factsOf} and {@link #partOf} answered,
   * kept in arrays indexed by ordinal: the rules ask them again and again for the same entities,
   * and the maps behind them (in a snapshot, a binary search over bytes, with the ordinal boxed)
   * cost several cache misses a question. Filled as asked; shared between threads without locks,
   * as each slot holds an immutable answer (or an int) that every thread would work out alike.
   */
  private static final class ByOrdinal {
    static final int UNREAD = -2;
    final Entity[] entities;
    final PlaceFacts[] places;
    final PersonFacts[] people;
    final int[] parts;

    ByOrdinal(int size) {
      entities = new Entity[size];
      places = new PlaceFacts[size];
      people = new PersonFacts[size];
      parts = new int[size];
      java.util.Arrays.fill(parts, UNREAD);
    }
  }

  private final ByOrdinal byOrdinal;

  /** A demonym that stands for other places in some years: Soviet-era <i>Russians</i>. */
  record EraDemonym(int from, int to, List<Integer> places) {}

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

  /**
   * The folded demonyms that stand for this one place alone ({@code chinese} for China), made on
   * first use: few texts need the way back from a country to its people's words.
   */
  List<String> demonymsOf(int place) {
    Map<Integer, List<String>> byPlace = demonymsByPlace;
    if (byPlace == null) {
      byPlace = new java.util.HashMap<>();
      for (Map.Entry<String, List<Integer>> e : demonyms.entrySet()) {
        if (e.getValue().size() == 1) {
          byPlace.computeIfAbsent(e.getValue().get(0), k -> new java.util.ArrayList<>()).add(e.getKey());
        }
      }
      demonymsByPlace = byPlace; // a race builds it twice, the same
    }
    return byPlace.getOrDefault(place, List.of());
  }

  private volatile Map<Integer, List<String>> demonymsByPlace;

  /** The entities these folded words spell together ({@code chinese foreign ministry}), or none. */
  Alias[] aliasesOf(List<String> foldedWords) {
    List<String> parts = new java.util.ArrayList<>();
    for (String words : foldedWords) {
      parts.addAll(List.of(words.split(" ")));
    }
    SpellingWalk walk = new SpellingWalk(this, false);
    walk.restart();
    for (int i = 0; i < parts.size(); i++) {
      if ((i > 0 && !walk.space()) || !walk.word(parts.get(i))) {
        return new Alias[0];
      }
    }
    Alias[] here = walk.aliasesHere();
    return here == null ? new Alias[0] : here;
  }

  /** The country of this ISO code (a place of kind country), or -1. */
  int countryWithIso(String iso) {
    Map<String, Integer> byIso = countriesByIso;
    if (byIso == null) {
      byIso = new java.util.HashMap<>();
      for (int o = 0; o < entities().size(); o++) {
        PlaceFacts f = placeFactsOf(o);
        if (entity(o).type() == EntityType.PLACE && "country".equals(f.kind()) && !f.iso().isEmpty()) {
          byIso.putIfAbsent(f.iso(), o);
        }
      }
      countriesByIso = byIso; // a race builds it twice, the same
    }
    return byIso.getOrDefault(iso, -1);
  }

  private volatile Map<String, Integer> countriesByIso;

  /** Sentence openings that start no mention, with what the dictionary says of their words kept. */
  PlainOpening plainOpening() {
    return plainOpening;
  }

  private final PlainOpening plainOpening = new PlainOpening(this);

  /** Whether a folded word is a demonym in any year ({@code chinese}; Soviet-era {@code russians}). */
  boolean isDemonym(String folded) {
    return demonyms.containsKey(folded) || eraDemonyms.containsKey(folded);
  }

  /** Whether demonyms were loaded (a user may turn them off). */
  boolean hasDemonyms() {
    return !demonyms.isEmpty() || !eraDemonyms.isEmpty();
  }

  /**
   * Whether a word in lower case may start a known name of several words ({@code kim} in <i>kim
   * jong un</i>): the first word of such a spelling that is itself no common English word.
   */
  boolean startsLowercaseName(CharSequence folded) {
    QuickNegative quick = maybeStarters.get();
    if (folded instanceof CharTermAttribute term) { // a token's text, asked for every lower-case word
      return quick.mayContain(term.buffer(), term.length())
          && lowercaseStarters.get().contains(term.buffer(), 0, term.length());
    }
    return quick.mayContain(folded) && lowercaseStarters.get().contains(folded);
  }

  List<Integer> withSurname(String folded) {
    return bySurname.getOrDefault(folded, List.of());
  }

  List<Keyed> withFirstSyllable(String nativeSyllable) {
    return byFirstSyllable.get().getOrDefault(nativeSyllable, List.of());
  }

  List<TypoTarget> typoNeighbours(String deletionKey) {
    return typoNeighbours.get().getOrDefault(deletionKey, List.of());
  }

  boolean isEnglishWord(String lowercase) {
    return englishWords.test(lowercase);
  }

  /** The English word list's answers for the words asked about lately (see {@link RecentAnswers}). */
  private final RecentAnswers englishWords = new RecentAnswers(w -> WordList.English.WORDS.contains(w));

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
    SpellingWalk walk = new SpellingWalk(this, false);
    walk.restart();
    Alias[] here = walk.word(folded) ? walk.aliasesHere() : null;
    return here == null ? new Alias[0] : here;
  }

  RomanizedNames names() {
    return RomanizedNames.shared();
  }
}
