package dev.moniker.analysis;

import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityType;
import java.io.Reader;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of article text: words are lower-cased, folded and stemmed as usual, and every
 * recognised name also becomes one entity token (see {@link EntityFilter}). The index flavour
 * keeps a mention's words beside its entity token; the query flavour replaces them, so that a
 * query names the entity and nothing else.
 *
 * <p>Stop words are kept: removing them would leave position gaps that make phrase queries across
 * names depend on the stop list, and BM25 already gives them little weight.
 */
public final class MonikerAnalyzer extends Analyzer {

  /**
   * Changes whenever the analysis changes what it writes into an index; indexes built with
   * another value must be rebuilt.
   */
  public static final String VERSION = "15";

  /** Which side of the search the analyzer serves. */
  public enum Mode {
    INDEX,
    QUERY,
    /**
     * Only the entity tokens, at their mentions' positions: for a field that lists what a text
     * names, searched with the query flavour (the OpenSearch plugin's {@code entity} field).
     */
    ENTITIES
  }

  private static final Set<String> ENTITY_TYPES =
      Arrays.stream(EntityType.values()).map(EntityFilter::tokenType).collect(Collectors.toSet());

  private final EntityDictionary dictionary;
  private final Mode mode;

  public MonikerAnalyzer(EntityDictionary dictionary, Mode mode) {
    this.dictionary = dictionary;
    this.mode = mode;
  }

  /** The bundled dictionary, index flavour. */
  public MonikerAnalyzer() {
    this(EntityDictionary.defaults(), Mode.INDEX);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    RecordedText text = new RecordedText();
    TokenStream stream = new EntityFilter(tokenizer, dictionary, mode == Mode.QUERY, text);
    // words split at a line end by print (Pyong- / yang) are read whole, except in queries; the
    // text is recorded before that filter changes it, so its positions are the tokens' offsets
    Consumer<Reader> source = mode == Mode.QUERY
        ? reader -> tokenizer.setReader(text.reading(reader))
        : reader -> tokenizer.setReader(new LineBreakHyphenCharFilter(text.reading(reader)));
    if (mode == Mode.ENTITIES) {
      return new TokenStreamComponents(source, new TypeTokenFilter(stream, ENTITY_TYPES, true));
    }
    stream = new EnglishPossessiveFilter(stream);
    stream = new LowerCaseFilter(stream);
    stream = new ASCIIFoldingFilter(stream);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
