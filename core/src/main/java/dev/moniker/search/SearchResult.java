package dev.moniker.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total exact number of matching articles
 * @param tookMs time spent searching, highlighting included, in milliseconds
 * @param hits the best {@code limit} matches, best first
 * @param facets counts of entities over all matches, by type
 */
public record SearchResult(
    String query, long total, double tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets) {}
