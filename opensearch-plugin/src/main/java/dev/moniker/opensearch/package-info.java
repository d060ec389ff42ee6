/**
 * Moniker as an OpenSearch plugin ({@link dev.moniker.opensearch.MonikerPlugin}): the {@code
 * moniker}, {@code moniker_search} and {@code moniker_entity_terms} analyzers, the {@code
 * moniker_entity} token filter and the {@code moniker_entities} ingest processor, over the
 * library's analysis. Built for one OpenSearch release (see the plugin descriptor); Lucene is the
 * node's own.
 */
package dev.moniker.opensearch;
