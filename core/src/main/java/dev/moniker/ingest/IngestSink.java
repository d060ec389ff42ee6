package dev.moniker.ingest;

/** Receives what ingest reads, one article or one skipped input at a time, so batches stream. */
public interface IngestSink {

  void article(Article article);

  void skipped(Skipped skipped);

  /**
   * Called after each input file, or each part of a large one (a web archive), is read, with the
   * bytes read since the previous call; for progress display.
   */
  default void fileDone(String input, long bytes) {}

  /** How an input that was not plain UTF-8 was decoded. */
  default void decoded(Decoding decoding) {}

  /** Something repaired or unreadable in an input that was indexed anyway. */
  default void notice(Notice notice) {}
}
