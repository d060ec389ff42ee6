/**
 * Moniker: search news archives in which one person, place or organisation is spelled many ways.
 *
 * <p>Entry points: {@link dev.moniker.Moniker} opens an index folder, adds articles ({@link
 * dev.moniker.ingest.Article}) or files, and searches with a {@link
 * dev.moniker.search.SearchRequest}; results are {@link dev.moniker.search.SearchResult} records.
 * Failures are {@link dev.moniker.MonikerException}s whose {@code kind} says what went wrong.
 */
package dev.moniker;
