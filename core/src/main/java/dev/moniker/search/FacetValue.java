package dev.moniker.search;

/** One value of a facet and the number of matching articles that have it. */
public record FacetValue(String value, long count) {}
