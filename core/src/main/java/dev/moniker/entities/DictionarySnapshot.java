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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
  private static final int FORMAT = 3;

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
    writeList(out, c.entities(), DictionarySnapshot::writeEntity);
    c.aliases().save(out, out);
    writeList(out, c.aliasesByOutput(), DictionarySnapshot::writeAliases);
    out.writeVInt(c.maxAliasWords());
    writeMap(out, c.bySurname(), DataOutput::writeString, DictionarySnapshot::writeInts);
    writeSection(out, section -> writeMap(section, c.byFirstSyllable().get(), DataOutput::writeString,
        (o, list) -> writeList(o, list, DictionarySnapshot::writeKeyed)));
    writeSection(out, section -> writeMap(section, c.typoNeighbours().get(), DataOutput::writeString,
        (o, list) -> writeList(o, list, DictionarySnapshot::writeTypoTarget)));
    writeMap(out, c.surnamesByEntity(), DataOutput::writeVInt, DictionarySnapshot::writeStrings);
    writeMap(out, c.facts(), DataOutput::writeVInt, DictionarySnapshot::writePersonFacts);
    writeMap(out, c.partOf(), DataOutput::writeVInt, DataOutput::writeVInt);
    writeMap(out, c.placeFacts(), DataOutput::writeVInt, DictionarySnapshot::writePlaceFacts);
    writeMap(out, c.contextAliases(), DataOutput::writeString, DictionarySnapshot::writeInts);
    writeMap(out, c.demonyms(), DataOutput::writeString, DictionarySnapshot::writeInts);
    writeMap(out, c.eraDemonyms(), DataOutput::writeString,
        (o, list) -> writeList(o, list, DictionarySnapshot::writeEraDemonym));
    List<String> starters = new ArrayList<>();
    for (Object o : c.lowercaseStarters()) {
      starters.add(new String((char[]) o));
    }
    writeStrings(out, starters);
    writeMap(out, c.notes(), DataOutput::writeVInt, DataOutput::writeString);
    return out.toArrayCopy();
  }

  /** The dictionary a snapshot holds. */
  static EntityDictionary read(byte[] bytes) throws IOException {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    if (!MAGIC.equals(in.readString()) || in.readVInt() != FORMAT) {
      throw new IOException("not a dictionary snapshot of format " + FORMAT);
    }
    String fingerprint = in.readString();
    List<Entity> entities = readList(in, DictionarySnapshot::readEntity);
    FST<Long> aliases = new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in);
    List<Alias[]> aliasesByOutput = readList(in, DictionarySnapshot::readAliases);
    int maxAliasWords = in.readVInt();
    Map<String, List<Integer>> bySurname = readMap(in, DataInput::readString, DictionarySnapshot::readInts);
    Supplier<Map<String, List<Keyed>>> byFirstSyllable = readSection(bytes, in,
        section -> readMap(section, DataInput::readString, s -> readList(s, DictionarySnapshot::readKeyed)));
    Supplier<Map<String, List<TypoTarget>>> typoNeighbours = readSection(bytes, in,
        section -> readMap(section, DataInput::readString, s -> readList(s, DictionarySnapshot::readTypoTarget)));
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
            readMap(in, DataInput::readVInt, DictionarySnapshot::readStrings),
            readMap(in, DataInput::readVInt, DictionarySnapshot::readPersonFacts),
            readMap(in, DataInput::readVInt, DataInput::readVInt),
            readMap(in, DataInput::readVInt, DictionarySnapshot::readPlaceFacts),
            readMap(in, DataInput::readString, DictionarySnapshot::readInts),
            readMap(in, DataInput::readString, DictionarySnapshot::readInts),
            readMap(in, DataInput::readString, s -> readList(s, DictionarySnapshot::readEraDemonym)),
            readCharSet(in),
            readMap(in, DataInput::readVInt, DataInput::readString)));
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
}
