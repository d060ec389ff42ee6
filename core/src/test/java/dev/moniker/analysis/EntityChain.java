package dev.moniker.analysis;

import dev.moniker.entities.EntityDictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** For tests: the entity filter right after the tokenizer, as in {@link MonikerAnalyzer}. */
public final class EntityChain {

  private EntityChain() {}

  public static Analyzer analyzer(EntityDictionary dictionary, boolean queryMode) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EntityFilter(tokenizer, dictionary, queryMode);
        stream = new EnglishPossessiveFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }
}
