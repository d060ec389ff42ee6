package dev.moniker.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the entity dictionary format: UTF-8, one entity a line, TAB-separated {@code type},
 * {@code lang}, {@code canonical}, {@code aliases} ({@code |}-separated) and optional {@code
 * attributes} ({@code key=value;...}); {@code #} starts a comment line. See {@code entities.tsv}.
 */
final class EntityFileParser {

  /** One line of a dictionary file. */
  record Line(
      EntityType type,
      String lang,
      String canonical,
      List<String> aliases,
      Map<String, String> attributes,
      String where) {}

  private EntityFileParser() {}

  static List<Line> parse(Reader reader, String source) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + lineNo;
      String[] cols = line.split("\t", -1);
      if (cols.length < 3 || cols.length > 5) {
        throw new IllegalArgumentException(
            where + ": expected 3 to 5 TAB-separated columns (type, lang, canonical, aliases,"
                + " attributes), found " + cols.length);
      }
      EntityType type;
      try {
        type = EntityType.of(cols[0]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage());
      }
      String lang = cols[1].trim();
      if (!lang.equals("ko") && !lang.equals("zh") && !lang.equals("-")) {
        throw new IllegalArgumentException(where + ": lang must be ko, zh or -, found '" + lang + "'");
      }
      String canonical = cols[2].trim();
      if (canonical.isEmpty()) {
        throw new IllegalArgumentException(where + ": empty canonical name");
      }
      List<String> aliases = new ArrayList<>();
      if (cols.length > 3) {
        for (String a : cols[3].split("\\|")) {
          if (!a.isBlank()) {
            aliases.add(a.trim());
          }
        }
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      if (cols.length > 4) {
        for (String kv : cols[4].split(";")) {
          if (kv.isBlank()) {
            continue;
          }
          int eq = kv.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException(where + ": attribute '" + kv + "' is not key=value");
          }
          attributes.put(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
        }
      }
      out.add(new Line(type, lang, canonical, aliases, attributes, where));
    }
    return out;
  }
}
