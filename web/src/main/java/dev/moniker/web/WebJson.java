package dev.moniker.web;

import dev.moniker.search.SearchJson;
import dev.moniker.search.SearchResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code /api/} adds to the library's JSON shapes ({@link SearchJson}, shared with {@code
 * moniker search --json}): a search's {@code page} and {@code histogram}, and the error object.
 */
final class WebJson {

  private WebJson() {}

  /** The object {@code moniker search --json} prints, plus {@code page} and {@code histogram}. */
  static Map<String, Object> search(SearchResult r, int page) {
    Map<String, Object> json = SearchJson.search(r);
    json.put("page", page);
    json.put("histogram", SearchJson.histogram(r.histogram()));
    return json;
  }

  static Map<String, Object> error(String message) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("error", message);
    return json;
  }
}
