package dev.moniker.search;

import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import java.util.Objects;

/**
 * A search: the query text and how much to return. Immutable; the {@code with}-style methods
 * return a changed copy.
 *
 * @param query query text: words, "quoted phrases", AND / OR / NOT, {@code field:value}, or
 *     {@code *:*} for every article
 * @param limit how many hits to return (1 to {@value #MAX_LIMIT}); the total is always exact
 * @param highlight whether to compute highlighted snippets
 */
public record SearchRequest(String query, int limit, boolean highlight) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, DEFAULT_LIMIT, true);
  }

  public SearchRequest limit(int newLimit) {
    return new SearchRequest(query, newLimit, highlight);
  }

  public SearchRequest highlight(boolean on) {
    return new SearchRequest(query, limit, on);
  }
}
