package dev.moniker;

/** Hears how far a long indexing run has got, e.g. to draw a progress line on a terminal. */
@FunctionalInterface
public interface IndexListener {

  /** Called after each input file with running totals for this run. */
  void progress(int articles, int skipped, long bytesRead);

  IndexListener NONE = (articles, skipped, bytesRead) -> {};
}
