package dev.moniker.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a charset label (from a page, a WARC header, a detector or the user) into the Java
 * charset that decodes it the way browsers do: a label names the superset its writers actually
 * used (ISO-8859-1 pages hold windows-1252 quotes, EUC-KR pages hold CP949 syllables, GBK and
 * GB2312 pages decode as GB18030), following the WHATWG Encoding Standard.
 */
final class CharsetLabels {

  private static final Map<String, String> SUPERSETS =
      Map.ofEntries(
          Map.entry("iso-8859-1", "windows-1252"),
          Map.entry("iso8859-1", "windows-1252"),
          Map.entry("latin1", "windows-1252"),
          Map.entry("l1", "windows-1252"),
          Map.entry("us-ascii", "windows-1252"),
          Map.entry("ascii", "windows-1252"),
          Map.entry("euc-kr", "x-windows-949"),
          Map.entry("ks_c_5601-1987", "x-windows-949"),
          Map.entry("ksc5601", "x-windows-949"),
          Map.entry("cp949", "x-windows-949"),
          Map.entry("windows-949", "x-windows-949"),
          Map.entry("gb2312", "GB18030"),
          Map.entry("gbk", "GB18030"),
          Map.entry("cp936", "GB18030"),
          Map.entry("x-gbk", "GB18030"),
          Map.entry("euc-cn", "GB18030"),
          Map.entry("big5", "Big5-HKSCS"),
          Map.entry("x-x-big5", "Big5-HKSCS"),
          Map.entry("shift_jis", "windows-31j"),
          Map.entry("shift-jis", "windows-31j"),
          Map.entry("sjis", "windows-31j"),
          Map.entry("x-sjis", "windows-31j"),
          Map.entry("ms932", "windows-31j"),
          Map.entry("iso-8859-9", "windows-1254"),
          Map.entry("iso-8859-11", "x-windows-874"),
          Map.entry("tis-620", "x-windows-874"));

  private CharsetLabels() {}

  /** The charset for a label, or {@code null} when Java knows no such charset. */
  static Charset lookup(String label) {
    if (label == null) {
      return null;
    }
    String key = label.trim().toLowerCase(Locale.ROOT);
    if (key.startsWith("\"") || key.startsWith("'")) {
      key = key.substring(1);
    }
    if (key.endsWith("\"") || key.endsWith("'")) {
      key = key.substring(0, key.length() - 1);
    }
    if (key.isEmpty()) {
      return null;
    }
    String name = SUPERSETS.getOrDefault(key, key);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  /** Like {@link #lookup} but for the user's own choice, which must exist. */
  static Charset forced(String label) {
    Charset c;
    try {
      c = Charset.forName(label.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException(
          "unknown encoding '" + label + "' (e.g. UTF-8, EUC-KR, GB18030, Big5, Shift_JIS, windows-1252)");
    }
    Charset superset = lookup(c.name());
    return superset != null ? superset : c;
  }
}
