/**
 * The {@code moniker} command ({@link dev.moniker.cli.MonikerCli}): argument parsing, terminal and
 * JSON output and exit codes ({@link dev.moniker.cli.ExitCodes}) over the library; no search or
 * indexing logic of its own.
 */
package dev.moniker.cli;
