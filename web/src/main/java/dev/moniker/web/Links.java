package dev.moniker.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Addresses of the pages, encoded; every link the templates print comes from here. */
final class Links {

  private Links() {}

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A path segment: spaces as {@code %20}, so the address reads well. */
  static String segment(String s) {
    return encode(s).replace("+", "%20");
  }

  static String entity(String type, String canonical) {
    return "/entity/" + segment(type) + "/" + segment(canonical);
  }

  static String article(String id) {
    return "/article?id=" + encode(id);
  }

  /** A search for every article naming the entity. */
  static String entitySearch(String type, String canonical) {
    return "/?filter=" + encode(type + ":" + canonical);
  }

  /**
   * The article's own address when it is an http(s) URL, else null: an archive may hold
   * {@code javascript:} or worse, which must never become a link.
   */
  static String external(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? uri.toASCIIString()
          : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
