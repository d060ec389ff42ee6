package dev.moniker.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Factory for {@link LineBreakHyphenCharFilter}, registered by SPI as {@code
 * monikerLineBreakHyphen}; it takes no parameters.
 *
 * <pre class="prettyprint">
 * &lt;charFilter class="monikerLineBreakHyphen"/&gt;
 * </pre>
 */
public class LineBreakHyphenCharFilterFactory extends CharFilterFactory {

  /** SPI name. */
  public static final String NAME = "monikerLineBreakHyphen";

  public LineBreakHyphenCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public LineBreakHyphenCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new LineBreakHyphenCharFilter(input);
  }
}
