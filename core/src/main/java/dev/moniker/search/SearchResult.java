package dev.moniker.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total number of matching articles: exact unless {@code totalIsLowerBound}
 * @param tookMs time spent searching, highlighting included, in milliseconds
 * @param hits the best {@code limit} matches, best first
 * @param facets counts of entities over all matches, by type
 * @param totalIsLowerBound true only when the request did not ask for an exact total and there
 *     were more matches than were counted
 * @param histogram matches by year or month when the request asked for it, else null
 */
public record SearchResult(
    String query,
    long total,
    double tookMs,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    boolean totalIsLowerBound,
    DateHistogram histogram) {}
