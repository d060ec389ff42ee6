package dev.moniker.ingest;

/**
 * An input that was not indexed, and why.
 *
 * @param input the file (relative to the indexed root where there is one), with {@code :N} for a
 *     line of a JSON Lines file
 * @param reason a short, human-readable reason, e.g. {@code binary file}
 */
public record Skipped(String input, String reason) {}
