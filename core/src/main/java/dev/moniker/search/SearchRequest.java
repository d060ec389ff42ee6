package dev.moniker.search;

import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.entities.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A search: the query text and how much to return. Immutable; the {@code with}-style methods
 * return a changed copy.
 *
 * @param query query text: words, "quoted phrases", AND / OR / NOT, {@code field:value}, or
 *     {@code *:*} for every article
 * @param limit how many hits to return (1 to {@value #MAX_LIMIT}); the total is exact unless
 *     {@code exactTotal} is false
 * @param highlight whether to compute highlighted snippets
 * @param facets how many entities to count per type over all matches (0: none)
 * @param filters drill-downs to articles mentioning given entities
 * @param exactTotal whether to count every match (the default); when false and no facets are
 *     asked for, counting stops at {@value #COUNT_AT_LEAST} matches and the result says the total
 *     is a lower bound, which is much faster for common words on a large index
 * @param offset how many of the best matches to skip before the {@code limit} returned: page
 *     {@code p} of {@code n} hits is {@code offset(p * n).limit(n)}; offset plus limit may be at
 *     most {@value #MAX_LIMIT}
 * @param sort the order of the hits
 * @param histogram whether to count matches by date as well ({@link SearchResult#histogram})
 */
public record SearchRequest(
    String query,
    int limit,
    boolean highlight,
    int facets,
    List<EntityFilterValue> filters,
    boolean exactTotal,
    int offset,
    Sort sort,
    boolean histogram) {

  /** The order of the hits. */
  public enum Sort {
    /** Best match first (the default). */
    RELEVANCE,
    /** Latest date first; undated articles last. */
    NEWEST,
    /** Earliest date first; undated articles last. */
    OLDEST
  }

  /** Matches counted at least when {@link #exactTotal} is false. */
  public static final int COUNT_AT_LEAST = 1000;

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 10_000;
  public static final int DEFAULT_FACETS = 10;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT, "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
    }
    if (facets < 0 || facets > MAX_LIMIT) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT, "facets must be between 0 and " + MAX_LIMIT + ", got " + facets);
    }
    if (offset < 0 || offset > MAX_LIMIT - limit) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT,
          "offset must be between 0 and " + (MAX_LIMIT - limit) + " for a limit of " + limit
              + ", got " + offset + "; narrow the query instead of paging so far");
    }
    Objects.requireNonNull(sort, "sort");
    filters = List.copyOf(filters);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(
        query, DEFAULT_LIMIT, true, DEFAULT_FACETS, List.of(), true, 0, Sort.RELEVANCE, false);
  }

  public SearchRequest limit(int newLimit) {
    return new SearchRequest(query, newLimit, highlight, facets, filters, exactTotal, offset, sort, histogram);
  }

  public SearchRequest highlight(boolean on) {
    return new SearchRequest(query, limit, on, facets, filters, exactTotal, offset, sort, histogram);
  }

  /** How many values to count per entity type; 0 computes no facets. */
  public SearchRequest facets(int perType) {
    return new SearchRequest(query, limit, highlight, perType, filters, exactTotal, offset, sort, histogram);
  }

  /** Whether to count every match; see {@link #exactTotal}. */
  public SearchRequest exactTotal(boolean on) {
    return new SearchRequest(query, limit, highlight, facets, filters, on, offset, sort, histogram);
  }

  /**
   * Adds a drill-down. Filters on different types must all hold; several values of one type
   * are alternatives.
   */
  public SearchRequest filter(EntityType type, String value) {
    List<EntityFilterValue> more = new ArrayList<>(filters);
    more.add(new EntityFilterValue(type, value));
    return new SearchRequest(query, limit, highlight, facets, more, exactTotal, offset, sort, histogram);
  }

  /** Skips the first {@code n} matches: for pages after the first. */
  public SearchRequest offset(int n) {
    return new SearchRequest(query, limit, highlight, facets, filters, exactTotal, n, sort, histogram);
  }

  public SearchRequest sort(Sort order) {
    return new SearchRequest(query, limit, highlight, facets, filters, exactTotal, offset, order, histogram);
  }

  /** Whether to count the matches by year or month too. */
  public SearchRequest histogram(boolean on) {
    return new SearchRequest(query, limit, highlight, facets, filters, exactTotal, offset, sort, on);
  }
}
