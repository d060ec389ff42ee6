/**
 * Searching: the query language, top hits read from doc values, highlighting of the spelling
 * each article used, entity facets and drill-down.
 * Requests are {@link dev.moniker.search.SearchRequest}s, answers {@link
 * dev.moniker.search.SearchResult}s (with an optional {@link dev.moniker.search.DateHistogram}).
 * What the web page shows of one entity or one article is a value too: {@link
 * dev.moniker.search.EntityProfile} (spellings with counts, time line, co-occurring entities) and
 * {@link dev.moniker.search.ArticleView} (the text with its mentions marked). {@link
 * dev.moniker.search.SearchJson} shapes them as the JSON the command line and the web API print.
 * {@code ArticleSearcher} and {@code EntityProfiles}, which answer for {@code Moniker}, are
 * {@link dev.moniker.Internal}.
 */
package dev.moniker.search;
