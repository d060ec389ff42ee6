package dev.moniker.entities;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the bundled dictionary's {@link EntityDictionary.Snapshot} when the library is built
 * (Maven's {@code process-classes} phase, see {@code core/pom.xml}), so that {@link
 * EntityDictionary#defaults()} reads it in one go instead of building it from its files at every
 * start. Run as {@code java dev.moniker.entities.DictionarySnapshot OUTPUT_FILE}.
 */
public final class DictionarySnapshot {

  private DictionarySnapshot() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: DictionarySnapshot OUTPUT_FILE");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    EntityDictionary dictionary = EntityDictionary.buildBundled();
    try (OutputStream file = Files.newOutputStream(out);
        ObjectOutputStream objects = new ObjectOutputStream(new BufferedOutputStream(file, 1 << 16))) {
      objects.writeObject(dictionary.snapshot());
    }
    System.out.println("wrote " + out + " (" + Files.size(out) + " bytes, " + dictionary.entities().size() + " entities)");
  }
}
