package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.EntityDictionary.Contents;
import dev.moniker.entities.EntityDictionary.EraDemonym;
import dev.moniker.entities.EntityDictionary.Keyed;
import dev.moniker.entities.EntityDictionary.TypoTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * The bundled dictionary in a compact binary form, written when the library is built (Maven's
 * {@code process-classes} phase, see {@code core/pom.xml}) and read in one read at start-up:
 * building the dictionary from its sixty thousand spellings takes seconds, and so did reading it
 * back with Java serialization on a command's cold JVM; this form is the FST's own bytes and
 * plain numbers and strings. The syllable and typo tables, which a short search never reads, are
 * kept as bytes until a rule first asks for them.
 *
 * <p>Run as {@code java dev.moniker.entities.DictionarySnapshot OUTPUT_FILE}.
 */
final class DictionarySnapshot {

  /** Where the build leaves the bundled dictionary's snapshot, on the class path. */
  static final String RESOURCE = "/dev/moniker/entities/bundled-dictionary.bin";

  private static final String MAGIC = "moniker-dictionary";
  /** Changes with the layout below; a snapshot of another layout is ignored, not misread. */
  private static final int FORMAT = 4;

  private DictionarySnapshot() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DictionarySnapshot OUTPUT_FILE");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    EntityDictionary dictionary = EntityDictionary.buildBundled();
    try (OutputStream file = Files.newOutputStream(out)) {
      file.write(write(dictionary));
    }
    System.out.println("wrote " + out + " (" + Files.size(out) + " bytes, " + dictionary.entities().size() + " entities)");
  }

  /** The bundled dictionary from its snapshot, or null when the build left none (an IDE run). */
  static EntityDictionary readBundled() {
    try (InputStream in = DictionarySnapshot.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in.readAllBytes());
    } catch (IOException | RuntimeException e) {
      return null; // a snapshot of another build, or of another Lucene: build the dictionary instead
    }
  }

  /** A dictionary's snapshot. */
  static byte[] write(EntityDictionary dictionary) throws IOException {
    Contents c = dictionary.contents();
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeString(MAGIC);
    out.writeVInt(FORMAT);
    out.writeString(c.fingerprint());
    writeIndexed(out, c.entities(), DictionarySnapshot::writeEntity);
    writeOrdinalTable(out, c.entities());
    c.aliases().save(out, out);
    writeIndexed(out, c.aliasesByOutput(), DictionarySnapshot::writeAliases);
    out.writeVInt(c.maxAliasWords());
    writeSection(out, section -> writeMap(section, c.bySurname(), DataOutput::writeString, DictionarySnapshot::writeInts));
    writeSection(out, section -> writeMap(section, c.byFirstSyllable().get(), DataOutput::writeString,
        (o, list) -> writeList(o, list, DictionarySnapshot::writeKeyed)));
    writeSection(out, section -> writeMap(section, c.typoNeighbours().get(), DataOutput::writeString,
        (o, list) -> writeList(o, list, DictionarySnapshot::writeTypoTarget)));
    writeByOrdinal(out, c.surnamesByEntity(), DictionarySnapshot::writeStrings);
    writeByOrdinal(out, c.facts(), DictionarySnapshot::writePersonFacts);
    writeByOrdinal(out, c.partOf(), DataOutput::writeVInt);
    writeByOrdinal(out, c.placeFacts(), DictionarySnapshot::writePlaceFacts);
    writeSection(out, section -> writeMap(section, c.contextAliases(), DataOutput::writeString, DictionarySnapshot::writeInts));
    writeSection(out, section -> writeMap(section, c.demonyms(), DataOutput::writeString, DictionarySnapshot::writeInts));
    writeSection(out, section -> writeMap(section, c.eraDemonyms(), DataOutput::writeString,
        (o, list) -> writeList(o, list, DictionarySnapshot::writeEraDemonym)));
    List<String> starters = new ArrayList<>();
    for (Object o : c.lowercaseStarters().get()) {
      starters.add(new String((char[]) o));
    }
    writeSection(out, section -> writeStrings(section, starters));
    writeByOrdinal(out, c.notes(), DataOutput::writeString);
    return out.toArrayCopy();
  }

  /**
   * The dictionary a snapshot holds. Only the FST of spellings is read here; every other table
   * is read where the snapshot's bytes hold it, an entry (an entity, the entities of a spelling,
   * a place's facts) or a small table at a time, when first asked for: a search of three words
   * reads a few dozen entries of tens of thousands.
   */
  static EntityDictionary read(byte[] bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    if (!MAGIC.equals(in.readString()) || in.readVInt() != FORMAT) {
      throw new IOException("not a dictionary snapshot of format " + FORMAT);
    }
    String fingerprint = in.readString();
    Indexed<Entity> entities = readIndexed(bytes, in, DictionarySnapshot::readEntity);
    OrdinalTable ordinals = readOrdinalTable(bytes, in, entities);
    FST<Long> aliases = new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
    List<Alias[]> aliasesByOutput = readIndexed(bytes, in, DictionarySnapshot::readAliases);
    int maxAliasWords = in.readVInt();
    Map<String, List<Integer>> bySurname = new SectionMap<>(readSection(bytes, in,
        section -> readMap(section, DataInput::readString, DictionarySnapshot::readInts)));
    Supplier<Map<String, List<Keyed>>> byFirstSyllable = readSection(bytes, in,
        section -> readMap(section, DataInput::readString, s -> readList(s, DictionarySnapshot::readKeyed)));
    Supplier<Map<String, List<TypoTarget>>> typoNeighbours = readSection(bytes, in,
        section -> readMap(section, DataInput::readString, s -> readList(s, DictionarySnapshot::readTypoTarget)));
    Map<Integer, List<String>> surnamesByEntity = readByOrdinal(bytes, in, DictionarySnapshot::readStrings);
    Map<Integer, PersonFacts> facts = readByOrdinal(bytes, in, DictionarySnapshot::readPersonFacts);
    Map<Integer, Integer> partOf = readByOrdinal(bytes, in, DataInput::readVInt);
    Map<Integer, PlaceFacts> placeFacts = readByOrdinal(bytes, in, DictionarySnapshot::readPlaceFacts);
    Map<String, List<Integer>> contextAliases = new SectionMap<>(readSection(bytes, in,
        section -> readMap(section, DataInput::readString, DictionarySnapshot::readInts)));
    Map<String, List<Integer>> demonyms = new SectionMap<>(readSection(bytes, in,
        section -> readMap(section, DataInput::readString, DictionarySnapshot::readInts)));
    Map<String, List<EraDemonym>> eraDemonyms = new SectionMap<>(readSection(bytes, in,
        section -> readMap(section, DataInput::readString, s -> readList(s, DictionarySnapshot::readEraDemonym))));
    Supplier<CharArraySet> lowercaseStarters = readSection(bytes, in, DictionarySnapshot::readCharSet);
    Map<Integer, String> notes = readByOrdinal(bytes, in, DataInput::readString);
    return new EntityDictionary(
        new Contents(
            fingerprint,
            entities,
            aliases,
            aliasesByOutput,
            maxAliasWords,
            bySurname,
            byFirstSyllable,
            typoNeighbours,
            surnamesByEntity,
            facts,
            partOf,
            placeFacts,
            contextAliases,
            demonyms,
            eraDemonyms,
            lowercaseStarters,
            notes),
        ordinals);
  }

  /** Writes one value to a stream. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(DataOutput out, T value) throws IOException;
  }

  /** Reads one value from a stream. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(DataInput in) throws IOException;
  }

  private static void writeEntity(DataOutput out, Entity e) throws IOException {
    out.writeByte((byte) e.type().ordinal());
    out.writeString(e.canonical());
    out.writeString(e.lang());
    out.writeByte((byte) (e.known() ? 1 : 0));
  }

  private static Entity readEntity(DataInput in) throws IOException {
    return new Entity(EntityType.values()[in.readByte()], in.readString(), in.readString(), in.readByte() == 1);
  }

  private static void writeAliases(DataOutput out, Alias[] aliases) throws IOException {
    out.writeVInt(aliases.length);
    for (Alias a : aliases) {
      out.writeVInt(a.entity() << 1 | (a.capitalsOnly() ? 1 : 0));
    }
  }

  private static Alias[] readAliases(DataInput in) throws IOException {
    Alias[] aliases = new Alias[in.readVInt()];
    for (int i = 0; i < aliases.length; i++) {
      int packed = in.readVInt();
      aliases[i] = new Alias(packed >>> 1, (packed & 1) == 1);
    }
    return aliases;
  }

  private static void writeKeyed(DataOutput out, Keyed k) throws IOException {
    out.writeVInt(k.entity());
    out.writeString(k.key().lang());
    writeList(out, k.key().syllables(), (o, natives) -> writeStrings(o, List.copyOf(natives)));
    writeStrings(out, k.key().written());
  }

  private static Keyed readKeyed(DataInput in) throws IOException {
    int entity = in.readVInt();
    String lang = in.readString();
    // In the order the syllable table gave: the likeliest reading of a syllable goes by it on ties.
    List<Set<String>> syllables = readList(in, s -> {
      List<String> natives = readStrings(s);
      return natives.size() == 1 ? Set.of(natives.get(0)) : Collections.unmodifiableSet(new LinkedHashSet<>(natives));
    });
    return new Keyed(entity, new SyllableKey(lang, syllables, readStrings(in)));
  }

  private static void writeTypoTarget(DataOutput out, TypoTarget t) throws IOException {
    out.writeVInt(t.entity());
    out.writeString(t.folded());
  }

  private static TypoTarget readTypoTarget(DataInput in) throws IOException {
    return new TypoTarget(in.readVInt(), in.readString());
  }

  private static void writePersonFacts(DataOutput out, PersonFacts f) throws IOException {
    out.writeZInt(f.born());
    out.writeZInt(f.died());
    writeList(out, f.active(), (o, range) -> {
      o.writeVInt(range.length);
      for (int year : range) {
        o.writeZInt(year);
      }
    });
    out.writeZInt(f.prominence());
  }

  private static PersonFacts readPersonFacts(DataInput in) throws IOException {
    int born = in.readZInt();
    int died = in.readZInt();
    List<int[]> active = readList(in, s -> {
      int[] range = new int[s.readVInt()];
      for (int i = 0; i < range.length; i++) {
        range[i] = s.readZInt();
      }
      return range;
    });
    return new PersonFacts(born, died, active, in.readZInt());
  }

  private static void writePlaceFacts(DataOutput out, PlaceFacts f) throws IOException {
    out.writeString(f.kind());
    out.writeString(f.iso());
    out.writeString(f.country());
    out.writeZLong(f.population());
    out.writeZInt(f.from());
    out.writeZInt(f.to());
    out.writeByte((byte) ((f.commonWord() ? 1 : 0) | (f.capital() ? 2 : 0)));
    out.writeString(f.division());
  }

  private static PlaceFacts readPlaceFacts(DataInput in) throws IOException {
    String kind = in.readString();
    String iso = in.readString();
    String country = in.readString();
    long population = in.readZLong();
    int from = in.readZInt();
    int to = in.readZInt();
    byte flags = in.readByte();
    String division = in.readString();
    return new PlaceFacts(kind, iso, country, population, from, to, (flags & 1) != 0, (flags & 2) != 0, division);
  }

  private static void writeEraDemonym(DataOutput out, EraDemonym e) throws IOException {
    out.writeZInt(e.from());
    out.writeZInt(e.to());
    writeInts(out, e.places());
  }

  private static EraDemonym readEraDemonym(DataInput in) throws IOException {
    return new EraDemonym(in.readZInt(), in.readZInt(), readInts(in));
  }

  private static CharArraySet readCharSet(DataInput in) throws IOException {
    List<String> words = readStrings(in);
    CharArraySet set = new CharArraySet(words.size(), false);
    set.addAll(words);
    return CharArraySet.unmodifiableSet(set);
  }

  private static void writeInts(DataOutput out, List<Integer> ints) throws IOException {
    writeList(out, ints, DataOutput::writeVInt);
  }

  private static List<Integer> readInts(DataInput in) throws IOException {
    return readList(in, DataInput::readVInt);
  }

  private static void writeStrings(DataOutput out, List<String> strings) throws IOException {
    writeList(out, strings, DataOutput::writeString);
  }

  private static List<String> readStrings(DataInput in) throws IOException {
    return readList(in, DataInput::readString);
  }

  private static <T> void writeList(DataOutput out, List<T> list, Writer<T> element) throws IOException {
    out.writeVInt(list.size());
    for (T t : list) {
      element.write(out, t);
    }
  }

  private static <T> List<T> readList(DataInput in, Reader<T> element) throws IOException {
    int n = in.readVInt();
    Object[] items = new Object[n];
    for (int i = 0; i < n; i++) {
      items[i] = element.read(in);
    }
    @SuppressWarnings("unchecked")
    List<T> list = (List<T>) List.of(items);
    return list;
  }

  private static <K, V> void writeMap(DataOutput out, Map<K, V> map, Writer<K> key, Writer<V> value)
      throws IOException {
    out.writeVInt(map.size());
    for (Map.Entry<K, V> e : map.entrySet()) {
      key.write(out, e.getKey());
      value.write(out, e.getValue());
    }
  }

  private static <K, V> Map<K, V> readMap(DataInput in, Reader<K> key, Reader<V> value) throws IOException {
    int n = in.readVInt();
    Map<K, V> map = HashMap.newHashMap(n);
    for (int i = 0; i < n; i++) {
      map.put(key.read(in), value.read(in));
    }
    return Collections.unmodifiableMap(map);
  }

  /** A part written with its length first, so that a reader can leave it for later. */
  private static void writeSection(DataOutput out, SectionWriter part) throws IOException {
    ByteBuffersDataOutput section = new ByteBuffersDataOutput();
    part.write(section);
    out.writeVLong(section.size());
    section.copyTo(out);
  }

  /** Writes a section's content. */
  @FunctionalInterface
  private interface SectionWriter {
    void write(DataOutput out) throws IOException;
  }

  /** Skips a section, returning what reads it on first use. */
  private static <T> Supplier<T> readSection(byte[] bytes, ByteArrayDataInput in, Reader<T> content)
      throws IOException {
    int length = (int) in.readVLong();
    int start = in.getPosition();
    in.skipBytes(length);
    return () -> {
      try {
        return content.read(new ByteArrayDataInput(bytes, start, length));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /**
   * A list written element by element after a table of where each starts (fixed-width ints), so
   * that a reader finds element {@code i} without reading the ones before it.
   */
  private static <T> void writeIndexed(DataOutput out, List<T> list, Writer<T> element) throws IOException {
    ByteBuffersDataOutput data = new ByteBuffersDataOutput();
    int[] starts = new int[list.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = Math.toIntExact(data.size());
      element.write(data, list.get(i));
    }
    out.writeVInt(starts.length);
    out.writeVLong(data.size());
    for (int start : starts) {
      writeFixedInt(out, start);
    }
    data.copyTo(out);
  }

  /** Skips a list written by {@link #writeIndexed}, returning it to be read an element at a time. */
  private static <T> Indexed<T> readIndexed(byte[] bytes, ByteArrayDataInput in, Reader<T> element) throws IOException {
    int n = in.readVInt();
    long length = in.readVLong();
    int starts = in.getPosition();
    in.skipBytes(4L * n + length);
    return new Indexed<>(bytes, starts, starts + 4 * n, n, element);
  }

  /**
   * A map from ordinals (of entities) written like {@link #writeIndexed}, its keys ascending
   * before the table of where each value starts.
   */
  private static <V> void writeByOrdinal(DataOutput out, Map<Integer, V> map, Writer<V> value) throws IOException {
    List<Integer> keys = new ArrayList<>(map.keySet());
    Collections.sort(keys);
    ByteBuffersDataOutput data = new ByteBuffersDataOutput();
    int[] starts = new int[keys.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = Math.toIntExact(data.size());
      value.write(data, map.get(keys.get(i)));
    }
    out.writeVInt(starts.length);
    out.writeVLong(data.size());
    for (int key : keys) {
      writeFixedInt(out, key);
    }
    for (int start : starts) {
      writeFixedInt(out, start);
    }
    data.copyTo(out);
  }

  /** Skips a map written by {@link #writeByOrdinal}, returning it to be read a value at a time. */
  private static <V> ByOrdinal<V> readByOrdinal(byte[] bytes, ByteArrayDataInput in, Reader<V> value) throws IOException {
    int n = in.readVInt();
    long length = in.readVLong();
    int keys = in.getPosition();
    in.skipBytes(8L * n + length);
    return new ByOrdinal<>(bytes, keys, keys + 4 * n, keys + 8 * n, n, value);
  }

  /** Where to start looking for an entity in the ordinal table: the same in every JVM. */
  private static int slot(Entity e, int mask) {
    return ((e.canonical().hashCode() * 31 + e.type().ordinal()) * 0x9E3779B9 >>> 7) & mask;
  }

  /**
   * An open-addressing hash table from entities to their ordinals (ordinal + 1 in a slot, 0 for
   * none; at most three in four slots full), so that finding an entity's ordinal needs no map of them all built at start-up. The
   * highest ordinal of equal entities goes in first and is found first, as a map filled in order
   * would keep it.
   */
  private static void writeOrdinalTable(DataOutput out, List<Entity> entities) throws IOException {
    int size = Integer.highestOneBit(Math.max(1, entities.size()) * 2);
    int[] slots = new int[size];
    for (int i = entities.size() - 1; i >= 0; i--) {
      int s = slot(entities.get(i), size - 1);
      while (slots[s] != 0) {
        s = (s + 1) & (size - 1);
      }
      slots[s] = i + 1;
    }
    out.writeVInt(size);
    for (int slot : slots) {
      writeFixedInt(out, slot);
    }
  }

  private static OrdinalTable readOrdinalTable(byte[] bytes, ByteArrayDataInput in, Indexed<Entity> entities)
      throws IOException {
    int size = in.readVInt();
    int slots = in.getPosition();
    in.skipBytes(4L * size);
    return new OrdinalTable(bytes, slots, size - 1, entities);
  }

  private static void writeFixedInt(DataOutput out, int value) throws IOException {
    out.writeByte((byte) value);
    out.writeByte((byte) (value >>> 8));
    out.writeByte((byte) (value >>> 16));
    out.writeByte((byte) (value >>> 24));
  }

  private static int fixedInt(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
  }

  private static <T> T readAt(byte[] bytes, int at, Reader<T> reader) {
    try {
      return reader.read(new ByteArrayDataInput(bytes, at, bytes.length - at));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A list read from the snapshot an element at a time, each when first asked for and then kept.
   * Elements are immutable (records of final fields, or arrays nobody writes), so two threads that
   * read one at once keep equal copies; each is published with release and read with acquire, so
   * that a thread that finds an element also sees its contents (an array's elements too).
   */
  static final class Indexed<T> extends AbstractList<T> implements RandomAccess {
    private final byte[] bytes;
    private final int starts;
    private final int data;
    private final Reader<T> reader;
    private final AtomicReferenceArray<Object> read;

    private Indexed(byte[] bytes, int starts, int data, int size, Reader<T> reader) {
      this.bytes = bytes;
      this.starts = starts;
      this.data = data;
      this.reader = reader;
      this.read = new AtomicReferenceArray<>(size);
    }

    @Override
    public T get(int index) {
      Object value = read.getAcquire(Objects.checkIndex(index, read.length()));
      if (value == null) {
        value = readAt(bytes, data + fixedInt(bytes, starts + 4 * index), reader);
        read.setRelease(index, value);
      }
      @SuppressWarnings("unchecked")
      T t = (T) value;
      return t;
    }

    @Override
    public int size() {
      return read.length();
    }
  }

  /** A map from ordinals read from the snapshot a value at a time, like {@link Indexed}. */
  static final class ByOrdinal<V> extends AbstractMap<Integer, V> {
    private final byte[] bytes;
    private final int keys;
    private final int starts;
    private final int data;
    private final Reader<V> reader;
    private final AtomicReferenceArray<Object> read;

    private ByOrdinal(byte[] bytes, int keys, int starts, int data, int size, Reader<V> reader) {
      this.bytes = bytes;
      this.keys = keys;
      this.starts = starts;
      this.data = data;
      this.reader = reader;
      this.read = new AtomicReferenceArray<>(size);
    }

    private int indexOf(Object key) {
      if (!(key instanceof Integer k)) {
        return -1;
      }
      int low = 0;
      int high = read.length() - 1;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int at = fixedInt(bytes, keys + 4 * mid);
        if (at < k) {
          low = mid + 1;
        } else if (at > k) {
          high = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }

    private V value(int index) {
      Object value = read.getAcquire(index);
      if (value == null) {
        value = readAt(bytes, data + fixedInt(bytes, starts + 4 * index), reader);
        read.setRelease(index, value);
      }
      @SuppressWarnings("unchecked")
      V v = (V) value;
      return v;
    }

    @Override
    public V get(Object key) {
      int index = indexOf(key);
      return index < 0 ? null : value(index);
    }

    @Override
    public V getOrDefault(Object key, V otherwise) {
      int index = indexOf(key);
      return index < 0 ? otherwise : value(index);
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public int size() {
      return read.length();
    }

    @Override
    public Set<Map.Entry<Integer, V>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<Integer, V>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < read.length();
            }

            @Override
            public Map.Entry<Integer, V> next() {
              if (next >= read.length()) {
                throw new NoSuchElementException();
              }
              int index = next++;
              return Map.entry(fixedInt(bytes, keys + 4 * index), value(index));
            }
          };
        }

        @Override
        public int size() {
          return read.length();
        }
      };
    }
  }

  /** A small map of the snapshot read whole when first asked anything. */
  static final class SectionMap<K, V> extends AbstractMap<K, V> {
    private final OnFirstUse<Map<K, V>> map;

    private SectionMap(Supplier<Map<K, V>> reader) {
      this.map = new OnFirstUse<>(reader);
    }

    @Override
    public V get(Object key) {
      return map.get().get(key);
    }

    @Override
    public V getOrDefault(Object key, V otherwise) {
      return map.get().getOrDefault(key, otherwise);
    }

    @Override
    public boolean containsKey(Object key) {
      return map.get().containsKey(key);
    }

    @Override
    public int size() {
      return map.get().size();
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
      return map.get().entrySet();
    }
  }

  /**
   * {@link Entity#equals}, component by component: a record's own equals is linked on first use
   * (a method-handle bootstrap), which costs a cold JVM's first search a few milliseconds.
   */
  private static boolean same(Entity a, Entity b) {
    return a.type() == b.type() && a.known() == b.known() && a.canonical().equals(b.canonical()) && a.lang().equals(b.lang());
  }

  /** Finds an entity's ordinal in the snapshot's table; see {@link #writeOrdinalTable}. */
  private record OrdinalTable(byte[] bytes, int slots, int mask, Indexed<Entity> entities)
      implements ToIntFunction<Entity> {
    @Override
    public int applyAsInt(Entity e) {
      for (int s = slot(e, mask); ; s = (s + 1) & mask) {
        int ordinal = fixedInt(bytes, slots + 4 * s) - 1;
        if (ordinal < 0 || same(entities.get(ordinal), e)) {
          return ordinal;
        }
      }
    }
  }
}
