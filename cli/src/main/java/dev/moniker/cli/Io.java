package dev.moniker.cli;

import java.io.PrintWriter;

/** Where a command prints: its answer to {@code out}, notes and errors to {@code err}. */
record Io(Terminal terminal, PrintWriter out, PrintWriter err) {}
