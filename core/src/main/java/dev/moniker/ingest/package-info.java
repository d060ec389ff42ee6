/**
 * From files to articles: plain text, Markdown, JSON Lines, HTML, RSS and Atom feeds and web
 * archives (WARC), in any encoding, with the boilerplate of real pages (repeated photo captions,
 * credits) removed. {@link dev.moniker.ingest.Ingester} reads, an {@link
 * dev.moniker.ingest.IngestSink} receives {@link dev.moniker.ingest.Article}s, what was skipped
 * and why ({@link dev.moniker.ingest.Skipped}), how inputs that were not UTF-8 were decoded
 * ({@link dev.moniker.ingest.Decoding}) and what was repaired ({@link dev.moniker.ingest.Notice}).
 */
package dev.moniker.ingest;
