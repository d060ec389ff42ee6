package dev.moniker.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a bundled word list: one entry a line, {@code #} comments, blank lines ignored. */
final class WordList {

  /**
   * English function words and numbers (the, in, of, two...): a capitalised one begins a sentence
   * or a headline, never a name.
   */
  static final Set<String> FUNCTION_WORDS = load("function-words.txt");

  private WordList() {}

  static Set<String> load(String file) {
    String name = "/dev/moniker/entities/" + file;
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
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
