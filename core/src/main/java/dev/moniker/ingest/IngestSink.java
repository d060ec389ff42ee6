package dev.moniker.ingest;

/** Receives what ingest reads, one article or one skipped input at a time, so batches stream. */
public interface IngestSink {

  void article(Article article);

  void skipped(Skipped skipped);

  /** Called after each input file is read, with the bytes read so far; for progress display. */
  default void fileDone(String input, long bytes) {}
}
