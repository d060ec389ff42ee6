package dev.moniker.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Korean and Chinese names written in any romanization as {@link SyllableKey}s, so that a
 * spelling no dictionary lists still finds its entity, and a Korean or Chinese name nobody listed
 * is still recognised as a person from its shape: a known family name followed by given-name
 * syllables.
 */
final class RomanizedNames {

  static final String KOREAN = "ko";
  static final String CHINESE = "zh";
  private static final int MAX_KEYS = 8;

  private final SyllableTable korean;
  private final SyllableTable chinese;
  private final Set<String> koreanSurnames;
  private final Set<String> chineseSurnames;

  private RomanizedNames(
      SyllableTable korean,
      SyllableTable chinese,
      Set<String> koreanSurnames,
      Set<String> chineseSurnames) {
    this.korean = korean;
    this.chinese = chinese;
    this.koreanSurnames = koreanSurnames;
    this.chineseSurnames = chineseSurnames;
  }

  static RomanizedNames load() {
    String dir = "/dev/moniker/romanization/";
    return new RomanizedNames(
        SyllableTable.load(KOREAN, dir + "korean-syllables.tsv"),
        SyllableTable.load(CHINESE, dir + "chinese-syllables.tsv"),
        lines(dir + "korean-surnames.txt"),
        lines(dir + "chinese-surnames.txt"));
  }

  SyllableTable table(String lang) {
    return KOREAN.equals(lang) ? korean : chinese;
  }

  /** The syllable keys of a dictionary name: its native script when it has one, else its spelling. */
  List<SyllableKey> keysOfKnownName(String lang, List<String> foldedWords, String nativeForm) {
    SyllableTable table = table(lang);
    if (nativeForm != null && KOREAN.equals(lang)) {
      List<Set<String>> syllables = new ArrayList<>();
      nativeForm.codePoints().forEach(cp -> syllables.add(Set.of(Character.toString(cp))));
      return List.of(new SyllableKey(lang, syllables));
    }
    List<SyllableKey> keys = new ArrayList<>();
    for (List<String> parse : parses(table, foldedWords, 4)) {
      List<Set<String>> syllables = new ArrayList<>();
      for (String s : parse) {
        // A dictionary's pinyin spelling is exact: "jin" is jin, not any syllable spelled so.
        syllables.add(CHINESE.equals(lang) && table.isNative(s) ? Set.of(s) : table.natives(s));
      }
      keys.add(new SyllableKey(lang, syllables));
    }
    return keys;
  }

  /** The keys a span of text may have in {@code lang}; empty if it is not such a name. */
  List<SyllableKey> keysOfText(String lang, List<String> foldedWords) {
    SyllableTable table = table(lang);
    List<SyllableKey> keys = new ArrayList<>();
    for (List<String> parse : parses(table, foldedWords, 4)) {
      List<Set<String>> syllables = new ArrayList<>();
      for (String s : parse) {
        syllables.add(table.natives(s));
      }
      keys.add(new SyllableKey(lang, syllables));
    }
    return keys;
  }

  /** Whether {@code folded} is a family name of the language, in any of its spellings. */
  boolean isSurname(String lang, String folded) {
    Set<String> surnames = KOREAN.equals(lang) ? koreanSurnames : chineseSurnames;
    for (String n : table(lang).natives(folded)) {
      if (surnames.contains(n)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A stable spelling for a name no dictionary knows, the same for all its romanizations: family
   * name in its common press form, given name in the standard system (Revised Romanization with
   * hyphen for Korean, pinyin joined for Chinese).
   */
  String canonicalOf(SyllableKey key) {
    SyllableTable table = table(key.lang());
    StringBuilder sb = new StringBuilder();
    String surname = first(key.syllables().get(0));
    sb.append(capitalize(KOREAN.equals(key.lang()) ? table.press(surname) : table.standard(surname)));
    sb.append(' ');
    for (int i = 1; i < key.size(); i++) {
      String syllable = table.standard(first(key.syllables().get(i)));
      if (i == 1) {
        sb.append(capitalize(syllable));
      } else {
        sb.append(KOREAN.equals(key.lang()) ? "-" : "").append(syllable);
      }
    }
    return sb.toString();
  }

  private static String first(Set<String> natives) {
    // Sets keep the tables' order, so the choice is the same on every run.
    return natives.iterator().next();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static List<List<String>> parses(SyllableTable table, List<String> words, int max) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (String word : words) {
      List<List<String>> cuts = table.segmentations(word, 3);
      if (cuts.isEmpty()) {
        return List.of();
      }
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        for (List<String> cut : cuts) {
          if (prefix.size() + cut.size() <= max && next.size() < MAX_KEYS) {
            List<String> joined = new ArrayList<>(prefix);
            joined.addAll(cut);
            next.add(joined);
          }
        }
      }
      out = next;
      if (out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  private static Set<String> lines(String resource) {
    Set<String> out = new HashSet<>();
    try (InputStream in = RomanizedNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
