/**
 * The index layout ({@link dev.moniker.index.ArticleFields}: every field and why it is indexed
 * the way it is), the analysis an index must be searched with ({@link
 * dev.moniker.index.ArticleSchema}), and writing articles idempotently by id.
 *
 * <p>API: {@link dev.moniker.index.IndexReport}, what an indexing call did. Everything else here
 * is internal to the library and may change in any release: {@link dev.moniker.index.LiveIndex}
 * (readers, the writer and the write lock behind {@code Moniker}), {@link
 * dev.moniker.index.ArticleSchema}, {@link dev.moniker.index.ArticleFields} and {@link
 * dev.moniker.index.IndexDirectory} are public only because the facade, the search package or
 * the command line use them, and marked {@link dev.moniker.Internal}; the writer is
 * package-private.
 */
package dev.moniker.index;
