package dev.moniker.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A field's tokens, analysed once so its entities can be read, then replayed to the index writer.
 *
 * <p>Only what indexing uses is kept (term text, position increment, offsets), in a few growing
 * arrays: no per-token objects, unlike capturing attribute states, which costs about ten objects
 * a token and made indexing twice as slow. The source is closed in {@link #fill} before the writer
 * analyses any other field, since the analyzer reuses one set of components for all fields.
 */
final class ReplayableTokens extends TokenStream {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);

  private char[] chars = new char[1024];
  /** Per token: where its text ends in {@link #chars}, start and end offset, increment. */
  private int[] tokens = new int[4 * 128];
  private int count;
  private int charCount;
  private int finalOffset;
  private int finalPosInc;
  private int next;

  /**
   * Reads {@code source} to its end, recording its tokens and calling {@code onToken} at each
   * (the source's attributes hold that token then), and closes it.
   */
  void fill(TokenStream source, Runnable onToken) throws IOException {
    try (source) {
      CharTermAttribute term = source.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = source.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = source.addAttribute(PositionIncrementAttribute.class);
      source.reset();
      while (source.incrementToken()) {
        onToken.run();
        record(term, offset.startOffset(), offset.endOffset(), posInc.getPositionIncrement());
      }
      source.end();
      finalOffset = offset.endOffset();
      finalPosInc = posInc.getPositionIncrement();
    }
  }

  private void record(CharTermAttribute term, int start, int end, int posInc) {
    int len = term.length();
    if (charCount + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
    }
    System.arraycopy(term.buffer(), 0, chars, charCount, len);
    charCount += len;
    if (4 * count + 4 > tokens.length) {
      tokens = Arrays.copyOf(tokens, tokens.length * 2);
    }
    int t = 4 * count++;
    tokens[t] = charCount;
    tokens[t + 1] = start;
    tokens[t + 2] = end;
    tokens[t + 3] = posInc;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    if (next == count) {
      return false;
    }
    clearAttributes();
    int t = 4 * next;
    int from = next == 0 ? 0 : tokens[t - 4];
    termAtt.copyBuffer(chars, from, tokens[t] - from);
    offsetAtt.setOffset(tokens[t + 1], tokens[t + 2]);
    posIncAtt.setPositionIncrement(tokens[t + 3]);
    next++;
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
    posIncAtt.setPositionIncrement(finalPosInc);
  }
}
