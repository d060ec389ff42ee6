package dev.moniker.web;

import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of a GET request a page reads: the decoded path and query parameters. */
record Request(String path, Map<String, List<String>> params) {

  /**
   * Parses a raw path and query string.
   *
   * @throws MonikerException of kind {@code INVALID_ARGUMENT} for malformed percent-encoding
   */
  static Request of(String rawPath, String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    return new Request(decodePath(rawPath), params);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new MonikerException(Kind.INVALID_ARGUMENT, "the address is malformed (bad %-escape)", e);
    }
  }

  /** Decodes a path; a {@code +} stays a plus there. */
  private static String decodePath(String rawPath) {
    return decode(rawPath.replace("+", "%2B"));
  }

  /** The first value of {@code name}, or {@code fallback}. */
  String param(String name, String fallback) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? fallback : values.get(0);
  }

  List<String> all(String name) {
    return params.getOrDefault(name, List.of());
  }

  /**
   * A positive whole number.
   *
   * @throws MonikerException of kind {@code INVALID_ARGUMENT} naming the parameter
   */
  int positive(String name, int fallback) {
    String v = param(name, null);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new MonikerException(Kind.INVALID_ARGUMENT, name + " must be a whole number from 1 up");
  }
}
