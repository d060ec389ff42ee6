/**
 * Searching: the query language ({@link dev.moniker.search.ArticleSearcher#parse}), top hits read
 * from doc values, highlighting of the spelling each article used, entity facets and drill-down.
 * Requests are {@link dev.moniker.search.SearchRequest}s, answers {@link
 * dev.moniker.search.SearchResult}s.
 */
package dev.moniker.search;
