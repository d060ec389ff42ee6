package dev.moniker.entities;

import java.util.List;

/**
 * A mention that several known entities fit and nothing decided between, so analysis left it
 * unlinked (what {@code moniker analyze} lists as ambiguous).
 *
 * @param start offset of its first character in the analysed text
 * @param end offset after its last character
 * @param candidates the known entities that fit it
 */
public record Abstention(int start, int end, List<Entity> candidates) {}
