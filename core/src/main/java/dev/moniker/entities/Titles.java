package dev.moniker.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Titles that may stand before a family name ("President Xi"), from {@code titles.txt}. */
final class Titles {

  static final Set<String> SET = load();

  private Titles() {}

  private static Set<String> load() {
    try (InputStream in = Titles.class.getResourceAsStream("/dev/moniker/entities/titles.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource titles.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
