package dev.moniker.benchmarks.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entities of the dictionary that ships in {@code moniker-core}, with every spelling the
 * generator may write them in: the listed aliases plus the variants of case, hyphens and joined
 * syllables that articles use. Read from the same resource the library reads, so the corpus
 * always exercises the dictionary under test.
 */
public final class EntitySpellings {

  /** One entity and the ways to write it; {@code spellings.get(0)} is the canonical name. */
  public record Entry(String type, String lang, String canonical, List<String> spellings, String surname) {

    /** Latin-script spellings only: what a plain-Lucene user could type and OR together. */
    public List<String> latinSpellings() {
      return spellings.stream().filter(EntitySpellings::isLatin).toList();
    }
  }

  private static final String RESOURCE = "/dev/moniker/entities/entities.tsv";

  private EntitySpellings() {}

  public static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = EntitySpellings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("moniker-core's entities.tsv is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < 3) {
          continue;
        }
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(cols[2]);
        if (cols.length > 3 && !cols[3].isBlank()) {
          for (String a : cols[3].split("\\|")) {
            spellings.add(a.strip());
          }
        }
        for (String s : List.copyOf(spellings)) {
          spellings.addAll(writtenVariants(s, cols[1]));
        }
        String surname = surname(cols);
        out.add(new Entry(cols[0], cols[1], cols[2], List.copyOf(spellings), surname));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }

  /** Kim Jong-un as articles also write it: Kim Jong Un, KIM JONG-UN, Kim Jongun. */
  private static List<String> writtenVariants(String s, String lang) {
    if (!isLatin(s) || !s.contains("-") || s.equals(s.toUpperCase(Locale.ROOT))) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    out.add(s.toUpperCase(Locale.ROOT));
    if (!lang.equals("-")) {
      int dash = s.indexOf('-');
      out.add(s.substring(0, dash) + " " + Character.toUpperCase(s.charAt(dash + 1)) + s.substring(dash + 2));
      out.add(s.substring(0, dash) + s.substring(dash + 1));
    }
    return out;
  }

  private static String surname(String[] cols) {
    if (cols.length > 4) {
      for (String attr : cols[4].split(";")) {
        if (attr.startsWith("surname=")) {
          return attr.substring("surname=".length());
        }
      }
    }
    if (!cols[0].equals("person")) {
      return null;
    }
    String[] words = cols[2].split(" ");
    return cols[1].equals("-") ? words[words.length - 1] : words[0];
  }

  static boolean isLatin(String s) {
    return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.LATIN;
  }
}
