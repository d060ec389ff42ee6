/**
 * The index layout ({@link dev.moniker.index.ArticleFields}: every field and why it is indexed
 * the way it is), the analysis an index must be searched with ({@link
 * dev.moniker.index.ArticleSchema}), and writing articles idempotently by id.
 */
package dev.moniker.index;
