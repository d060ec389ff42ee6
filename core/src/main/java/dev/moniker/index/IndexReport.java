package dev.moniker.index;

import dev.moniker.ingest.Skipped;
import java.util.List;

/**
 * What one indexing call did.
 *
 * @param added articles whose id was new to the index
 * @param updated articles that replaced an earlier version with the same id
 * @param unchanged articles identical to what the index already held (nothing written)
 * @param skipped inputs that were not indexed, with reasons
 */
public record IndexReport(int added, int updated, int unchanged, List<Skipped> skipped) {

  public IndexReport {
    skipped = List.copyOf(skipped);
  }

  /** Articles now in the index as the inputs have them: added, updated or unchanged. */
  public int indexed() {
    return added + updated + unchanged;
  }
}
