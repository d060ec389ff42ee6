package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moniker.analysis.TextReport;
import dev.moniker.entities.EntityDictionary.Contents;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The snapshot the build writes reads back as the dictionary its files build. */
class DictionarySnapshotTest {

  private static final String TEXT =
      "Generalissimo Chiang met Dulles in Taipei. Soviet troops left Pyongyang; KIM JONG-UN, "
          + "Durward G. Hall and the Allegheny County Sanitary Authority were named.";

  private static EntityDictionary built;
  private static EntityDictionary read;

  @BeforeAll
  static void readTheBuildsSnapshot() throws IOException {
    built = EntityDictionary.buildBundled();
    try (InputStream in = DictionarySnapshot.class.getResourceAsStream(DictionarySnapshot.RESOURCE)) {
      assertNotNull(in, "the build writes " + DictionarySnapshot.RESOURCE + " (process-classes)");
      read = DictionarySnapshot.read(in.readAllBytes());
    }
  }

  @Test
  void theSnapshotRecognisesWhatTheFilesDo() {
    assertEquals(built.fingerprint(), read.fingerprint());
    assertEquals(built.entities(), read.entities());
    List<String> expected = names(TextReport.of(built, TEXT, 1955));
    assertEquals(expected, names(TextReport.of(read, TEXT, 1955)));
    assertEquals(expected, names(TextReport.of(EntityDictionary.defaults(), TEXT, 1955)));
    assertEquals(
        List.of("Chiang Kai-shek", "John Foster Dulles", "Taipei", "Soviet Union", "Pyongyang", "Kim Jong-un",
            "Durward Hall", "Allegheny County Sanitary Authority"),
        expected);
  }

  @Test
  void spellingsFindTheSameEntitiesInBoth() {
    // listed, lower case, derived Western order, native script, syllables nobody listed, a
    // surname alone
    String[][] cases = {
      {"Kim Jong-un spoke.", "Kim Jong-un"},
      {"They met kim jong un there.", "Kim Jong-un"},
      {"Jinping Xi arrived.", "Xi Jinping"},
      {"김정은 위원장", "Kim Jong-un"},
      {"The envoy Kim Jong Eun spoke.", "Kim Jong-un"},
      {"Mr. Nehru spoke in New Delhi.", "Jawaharlal Nehru|New Delhi"},
    };
    for (String[] c : cases) {
      List<String> fromFiles = names(TextReport.of(built, c[0], 1960));
      assertEquals(fromFiles, names(TextReport.of(read, c[0], 1960)), c[0]);
      assertEquals(List.of(c[1].split("\\|")), fromFiles, c[0]);
    }
  }

  @Test
  void aTypoFindsItsNameInTheLazilyReadTable() {
    int pyongyang = read.ordinalOf(new Entity(EntityType.PLACE, "Pyongyang", "ko", true));
    assertEquals(
        Set.of(new EntityDictionary.TypoTarget(pyongyang, "pyongyang")),
        Set.copyOf(read.typoNeighbours("pyonyang").stream().filter(t -> t.entity() == pyongyang).toList()));
  }

  @Test
  void everyTableReadsBackEqual() throws IOException {
    assertSameContents(built.contents(), read.contents());
  }

  @Test
  void aUserDictionaryRoundTripsToo() throws IOException {
    EntityDictionary user =
        EntityDictionary.withSources(
            Map.of("mine.tsv", () -> new StringReader(
                "person\t-\tAda Quillfeather\tA. Quillfeather\tborn=1901;died=1970;note=an invented person\n")),
            false);
    EntityDictionary back = DictionarySnapshot.read(DictionarySnapshot.write(user));
    assertNotSame(user, back);
    assertSameContents(user.contents(), back.contents());
    Entity ada = back.entities().get(back.entities().size() - 1);
    assertEquals("Ada Quillfeather", ada.canonical());
    assertEquals("an invented person", back.note(ada));
  }

  @Test
  void anotherFormatIsRefusedNotMisread() {
    byte[] bytes = "moniker-dictionary".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThrows(IOException.class, () -> DictionarySnapshot.read(new byte[] {5, 'o', 't', 'h', 'e', 'r', 2}));
    assertThrows(RuntimeException.class, () -> {
      try {
        DictionarySnapshot.read(bytes);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void assertSameContents(Contents a, Contents b) throws IOException {
    assertEquals(a.fingerprint(), b.fingerprint());
    assertEquals(a.entities(), b.entities());
    assertEquals(fstBytes(a), fstBytes(b));
    assertEquals(a.aliasesByOutput().size(), b.aliasesByOutput().size());
    for (int i = 0; i < a.aliasesByOutput().size(); i++) {
      assertArrayEquals(a.aliasesByOutput().get(i), b.aliasesByOutput().get(i));
    }
    assertEquals(a.maxAliasWords(), b.maxAliasWords());
    assertEquals(a.bySurname(), b.bySurname());
    assertEquals(a.byFirstSyllable().get(), b.byFirstSyllable().get());
    assertEquals(syllableOrder(a), syllableOrder(b));
    assertEquals(a.typoNeighbours().get(), b.typoNeighbours().get());
    assertEquals(a.surnamesByEntity(), b.surnamesByEntity());
    assertEquals(facts(a), facts(b));
    assertEquals(a.partOf(), b.partOf());
    assertEquals(a.placeFacts(), b.placeFacts());
    assertEquals(a.contextAliases(), b.contextAliases());
    assertEquals(a.demonyms(), b.demonyms());
    assertEquals(a.eraDemonyms(), b.eraDemonyms());
    assertEquals(a.lowercaseStarters().get().size(), b.lowercaseStarters().get().size());
    for (Object starter : a.lowercaseStarters().get()) {
      assertEquals(true, b.lowercaseStarters().get().contains(starter), new String((char[]) starter));
    }
    assertEquals(a.notes(), b.notes());
  }

  private static String fstBytes(Contents c) throws IOException {
    org.apache.lucene.store.ByteBuffersDataOutput out = new org.apache.lucene.store.ByteBuffersDataOutput();
    c.aliases().save(out, out);
    return Arrays.toString(out.toArrayCopy());
  }

  /** Sets compare equal in any order; the order of a syllable's readings decides ties, so keep it. */
  private static Map<String, List<String>> syllableOrder(Contents c) {
    Map<String, List<String>> out = new TreeMap<>();
    c.byFirstSyllable().get().forEach((first, keyed) -> {
      List<String> orders = new ArrayList<>();
      keyed.forEach(k -> orders.add(k.entity() + ":" + k.key().syllables().stream().map(List::copyOf).toList()));
      out.put(first, orders);
    });
    return out;
  }

  /** Person facts hold year ranges as arrays, which records compare by identity. */
  private static Map<Integer, String> facts(Contents c) {
    Map<Integer, String> out = new TreeMap<>();
    c.facts().forEach((ordinal, f) -> out.put(ordinal,
        f.born() + " " + f.died() + " " + f.prominence() + " "
            + f.active().stream().map(Arrays::toString).toList()));
    return out;
  }

  private static List<String> names(TextReport r) {
    return r.entities().stream().map(TextReport.Found::canonical).toList();
  }
}
