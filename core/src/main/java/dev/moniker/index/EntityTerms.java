package dev.moniker.index;

import java.util.Iterator;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * The terms of the {@link ArticleFields#ENTITY} field: each entity an article mentions, once,
 * with its weighted mention count as the term frequency (no positions are indexed there).
 */
final class EntityTerms extends TokenStream {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final TermFrequencyAttribute freqAtt = addAttribute(TermFrequencyAttribute.class);
  private final Map<String, Integer> frequencies;
  private Iterator<Map.Entry<String, Integer>> next;

  EntityTerms(Map<String, Integer> frequencies) {
    this.frequencies = frequencies;
  }

  @Override
  public void reset() {
    next = frequencies.entrySet().iterator();
  }

  @Override
  public boolean incrementToken() {
    if (!next.hasNext()) {
      return false;
    }
    clearAttributes();
    Map.Entry<String, Integer> e = next.next();
    termAtt.setEmpty().append(e.getKey());
    freqAtt.setTermFrequency(e.getValue());
    return true;
  }
}
