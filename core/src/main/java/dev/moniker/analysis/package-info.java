/**
 * Lucene analysis: {@link dev.moniker.analysis.EntityFilter} (SPI name {@code monikerEntity}) puts
 * one canonical entity token on every mention; {@link dev.moniker.analysis.MonikerAnalyzer} is
 * the whole chain for article text, index and query flavour; {@link
 * dev.moniker.analysis.TextReport} shows what analysis makes of a text and {@link
 * dev.moniker.analysis.MentionedEntities} lists the entities texts name, for engines that count
 * them themselves.
 */
package dev.moniker.analysis;
