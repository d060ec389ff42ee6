/**
 * Who and what a text names: the entity dictionary ({@link dev.moniker.entities.EntityDictionary},
 * compiled to an FST from the bundled {@code entities.tsv} and the user's files), romanization
 * tables for Korean and Chinese names, and the recognizer that reads mentions off a token stream.
 * Used through the analysis package; embedding code mostly needs the dictionary and {@link
 * dev.moniker.entities.EntityType}. The recognizer's own public types ({@code Word}, {@code
 * Folding}, {@code EntityRecognizer}) are public only for the analysis package and marked {@link
 * dev.moniker.Internal}.
 */
package dev.moniker.entities;
