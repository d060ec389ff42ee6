package dev.moniker.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * Reads the bundled word lists and tables, one entry a line, {@code #} comments and blank lines
 * ignored: the one loader for every list the recognizer keeps (Lucene's {@link WordlistLoader}).
 */
final class WordList {

  /**
   * English function words and numbers (the, in, of, two...): a capitalised one begins a sentence
   * or a headline, never a name.
   */
  static final Set<String> FUNCTION_WORDS = load("function-words.txt");

  /**
   * Words that end or begin names of bodies and places (<i>Party</i>, <i>University</i>,
   * <i>River</i>, <i>County</i>): a word among them is no family name.
   */
  static final Set<String> NAME_HEADS = nameHeads();

  private WordList() {}

  private static Set<String> nameHeads() {
    Set<String> heads = new HashSet<>(load("org-heads.txt"));
    heads.addAll(load("place-heads.txt"));
    return Collections.unmodifiableSet(heads);
  }

  /**
   * English words (SCOWL), read on first use, once per process however many dictionaries are
   * built: a word in it is never taken for a misspelled name.
   */
  static final class English {
    static final CharArraySet WORDS = charSet("/dev/moniker/entities/english-words.txt");

    private English() {}
  }

  /**
   * A list in {@code dev/moniker/entities/}, as a set of its lines. A {@link HashSet}, not {@link
   * Set#copyOf}: the rules ask these short lists about nearly every capitalised word, and an
   * immutable set's look-up divides to find its slot and compares whole strings where a hash set
   * masks and compares hashes first (its probes were 4% of the analysis' samples).
   */
  static Set<String> load(String file) {
    return Collections.unmodifiableSet(new HashSet<>(lines("/dev/moniker/entities/" + file)));
  }

  /**
   * A long list as a {@link CharArraySet}, which a token's characters can be looked up in
   * without making a String of them.
   */
  static CharArraySet charSet(String resource) {
    List<String> lines = lines(resource);
    CharArraySet set = new CharArraySet(lines.size(), false);
    set.addAll(lines);
    return CharArraySet.unmodifiableSet(set);
  }

  /** The lines of a resource on the class path, without comments and blank lines, trimmed. */
  static List<String> lines(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return WordlistLoader.getLines(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
