/**
 * Who and what a text names: the entity dictionary ({@link dev.moniker.entities.EntityDictionary},
 * compiled to an FST from the bundled {@code entities.tsv} and the user's files), romanization
 * tables for Korean and Chinese names, and the recognizer that reads mentions off a token stream.
 * Used through the analysis package; embedding code mostly needs the dictionary and {@link
 * dev.moniker.entities.EntityType}.
 */
package dev.moniker.entities;
