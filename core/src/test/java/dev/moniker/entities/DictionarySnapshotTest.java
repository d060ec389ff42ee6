package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.moniker.analysis.TextReport;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.lang.reflect.Constructor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot the build writes reads back as the dictionary its files build. */
class DictionarySnapshotTest {

  private static final String TEXT =
      "Generalissimo Chiang met Dulles in Taipei. Soviet troops left Pyongyang; KIM JONG-UN, "
          + "Durward G. Hall and the Allegheny County Sanitary Authority were named.";

  @Test
  void theBuildLeftASnapshotThatRecognisesWhatTheFilesDo() throws Exception {
    EntityDictionary built = EntityDictionary.buildBundled();
    EntityDictionary.Snapshot snapshot;
    try (InputStream in = EntityDictionary.class.getResourceAsStream(EntityDictionary.SNAPSHOT)) {
      assertNotNull(in, "the build writes " + EntityDictionary.SNAPSHOT + " (process-classes)");
      snapshot = (EntityDictionary.Snapshot) new ObjectInputStream(in).readObject();
    }
    Constructor<EntityDictionary> fromSnapshot =
        EntityDictionary.class.getDeclaredConstructor(EntityDictionary.Snapshot.class);
    fromSnapshot.setAccessible(true);
    EntityDictionary read = fromSnapshot.newInstance(snapshot);
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

  private static List<String> names(TextReport r) {
    return r.entities().stream().map(TextReport.Found::canonical).toList();
  }
}
