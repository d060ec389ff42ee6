package dev.moniker.index;

import dev.moniker.ingest.Decoding;
import dev.moniker.ingest.Notice;
import dev.moniker.ingest.Skipped;
import java.util.List;

/**
 * What one indexing call did.
 *
 * @param added articles whose id was new to the index
 * @param updated articles that replaced an earlier version with the same id
 * @param unchanged articles identical to what the index already held (nothing written)
 * @param skipped inputs that were not indexed, with reasons
 * @param decodings inputs that were not plain UTF-8, with the charset used and why
 * @param notices what was repaired or could not be read in inputs that were indexed anyway
 */
public record IndexReport(
    int added,
    int updated,
    int unchanged,
    List<Skipped> skipped,
    List<Decoding> decodings,
    List<Notice> notices) {

  public IndexReport {
    skipped = List.copyOf(skipped);
    decodings = List.copyOf(decodings);
    notices = List.copyOf(notices);
  }

  /** A report with nothing to say about encodings. */
  public IndexReport(int added, int updated, int unchanged, List<Skipped> skipped) {
    this(added, updated, unchanged, skipped, List.of(), List.of());
  }

  /** Articles now in the index as the inputs have them: added, updated or unchanged. */
  public int indexed() {
    return added + updated + unchanged;
  }
}
