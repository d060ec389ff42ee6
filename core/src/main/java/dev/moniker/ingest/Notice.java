package dev.moniker.ingest;

/**
 * Something a person should know about an input that was indexed anyway, e.g. bytes replaced
 * with U+FFFD, or a date the article declares that could not be read.
 *
 * @param input the file, or {@code file:line} / {@code file:url} within it
 * @param message one short line
 */
public record Notice(String input, String message) {}
