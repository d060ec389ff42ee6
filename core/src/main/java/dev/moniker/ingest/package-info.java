/**
 * From files to articles: plain text, Markdown, JSON Lines and HTML, with the boilerplate of real
 * pages (repeated photo captions, credits) removed. {@link dev.moniker.ingest.Ingester} reads,
 * an {@link dev.moniker.ingest.IngestSink} receives {@link dev.moniker.ingest.Article}s and what
 * was skipped, and why.
 */
package dev.moniker.ingest;
