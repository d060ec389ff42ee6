package dev.moniker.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For one language, which native syllables a romanized syllable may stand for: {@code choi},
 * {@code choe} and {@code ch'oe} all stand for 최; {@code chin} for pinyin {@code jin} (Wade-Giles,
 * apostrophe dropped) or {@code qin} (Wade-Giles {@code ch'in}). Read from a TSV file whose first
 * column is the native syllable and whose other columns are its romanizations.
 */
final class SyllableTable {

  private final String lang;
  private final Map<String, Set<String>> nativesByRomanized = new HashMap<>();
  /** The first romanization listed for each native syllable: the standard system's form. */
  private final Map<String, String> standardForm = new HashMap<>();
  /** The first of the "other spellings" column: the common press form, e.g. Lee for 이. */
  private final Map<String, String> pressForm = new HashMap<>();
  private int longest;
  /**
   * Segmentations of words seen before: article text repeats its capitalised words (sentence
   * starts, names), and segmenting is the costly part of trying a word as a romanized name.
   */
  private final Map<String, List<List<String>>> segmentationCache = new ConcurrentHashMap<>();

  private static final int SEGMENTATION_CACHE_SIZE = 50_000;

  private SyllableTable(String lang) {
    this.lang = lang;
  }

  static SyllableTable load(String lang, String resource) {
    SyllableTable table = new SyllableTable(lang);
    try (InputStream in = SyllableTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String nativeSyllable = cols[0].trim();
        // pinyin is itself a romanization of the syllable; Hangul is not
        int firstRomanized = lang.equals("zh") ? 0 : 1;
        for (int c = firstRomanized; c < cols.length; c++) {
          for (String form : cols[c].split("\\|")) {
            table.add(nativeSyllable, form);
          }
        }
        if (cols.length > 1) {
          table.standardForm.putIfAbsent(nativeSyllable, cols[firstRomanized == 0 ? 0 : 1].trim());
          String others = cols[cols.length - 1].trim();
          if (!others.isEmpty()) {
            table.pressForm.putIfAbsent(nativeSyllable, others.split("\\|")[0].trim());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  private void add(String nativeSyllable, String romanized) {
    String key = Folding.fold(romanized.trim());
    if (key.isEmpty()) {
      return;
    }
    nativesByRomanized.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(nativeSyllable);
    longest = Math.max(longest, key.length());
  }

  String lang() {
    return lang;
  }

  /** Native syllables {@code romanized} (folded) may stand for; empty if it is no syllable. */
  Set<String> natives(String romanized) {
    return nativesByRomanized.getOrDefault(romanized, Set.of());
  }

  /** Every romanized syllable of the table. */
  Set<String> romanizations() {
    return Collections.unmodifiableSet(nativesByRomanized.keySet());
  }

  boolean isSyllable(String romanized) {
    return nativesByRomanized.containsKey(romanized);
  }

  /** The standard romanization (Revised Romanization, pinyin) of a native syllable. */
  String standard(String nativeSyllable) {
    return standardForm.getOrDefault(nativeSyllable, nativeSyllable);
  }

  /** The common press spelling of a native syllable, else its standard romanization. */
  String press(String nativeSyllable) {
    return pressForm.getOrDefault(nativeSyllable, standard(nativeSyllable));
  }

  /** Whether {@code s} is a native syllable of this table (a pinyin syllable, a Hangul one). */
  boolean isNative(String s) {
    return standardForm.containsKey(s);
  }

  /**
   * Every way to cut a folded word into at most {@code maxSyllables} syllables of this table, the
   * fewest syllables first.
   */
  List<List<String>> segmentations(String word, int maxSyllables) {
    String key = maxSyllables + ":" + word;
    List<List<String>> cached = segmentationCache.get(key);
    if (cached != null) {
      return cached;
    }
    List<List<String>> out = new ArrayList<>();
    segment(word, 0, maxSyllables, new ArrayList<>(), out);
    out.sort((a, b) -> Integer.compare(a.size(), b.size()));
    if (segmentationCache.size() > SEGMENTATION_CACHE_SIZE) {
      segmentationCache.clear(); // a bound, not an eviction policy: words recur, texts are long
    }
    List<List<String>> frozen = List.copyOf(out);
    segmentationCache.put(key, frozen);
    return frozen;
  }

  private void segment(
      String word, int from, int budget, List<String> current, List<List<String>> out) {
    if (from == word.length()) {
      out.add(List.copyOf(current));
      return;
    }
    if (budget == 0 || out.size() >= 8) {
      return;
    }
    for (int end = Math.min(word.length(), from + longest); end > from; end--) {
      String piece = word.substring(from, end);
      if (nativesByRomanized.containsKey(piece)) {
        current.add(piece);
        segment(word, end, budget - 1, current, out);
        current.remove(current.size() - 1);
      }
    }
  }
}
