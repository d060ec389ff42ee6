package dev.moniker.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.AttributeSource;

/**
 * A token stream analysed once, so its entities can be read, and then replayed to the index
 * writer.
 *
 * <p>The analyzer reuses one set of components for every field, so the source is consumed and
 * closed in {@link #fill} before the writer analyses any other field. (Lucene's {@code
 * CachingTokenFilter} keeps its source open until the writer closes it, which breaks that reuse.)
 */
final class ReplayableTokens extends TokenStream {

  private final TokenStream source;
  private final List<AttributeSource.State> states = new ArrayList<>();
  private AttributeSource.State finalState;
  private Iterator<AttributeSource.State> replay;

  ReplayableTokens(TokenStream source) {
    super(source);
    this.source = source;
  }

  /** Reads the source to its end, calling {@code onToken} at each token, then closes it. */
  void fill(Runnable onToken) throws IOException {
    try (source) {
      source.reset();
      while (source.incrementToken()) {
        onToken.run();
        states.add(captureState());
      }
      source.end();
      finalState = captureState();
    }
  }

  @Override
  public void reset() {
    replay = states.iterator();
  }

  @Override
  public boolean incrementToken() {
    if (!replay.hasNext()) {
      return false;
    }
    restoreState(replay.next());
    return true;
  }

  @Override
  public void end() {
    if (finalState != null) {
      restoreState(finalState);
    }
  }
}
