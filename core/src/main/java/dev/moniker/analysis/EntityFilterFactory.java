package dev.moniker.analysis;

import dev.moniker.entities.EntityDictionary;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link EntityFilter}, registered as {@code monikerEntity}.
 *
 * <pre class="prettyprint">
 * &lt;filter class="monikerEntity" mode="index" entities="my-entities.tsv"/&gt;
 * </pre>
 *
 * <ul>
 *   <li>{@code mode}: {@code index} (default) keeps a mention's words beside its entity token;
 *       {@code query} replaces them. Use one of each, in the index and the query analyzer.
 *   <li>{@code entities}: optional comma-separated dictionary files, added to the bundled
 *       dictionary in the order given and loaded through the resource loader.
 *   <li>{@code demonyms}: {@code true} (default) lets <i>Soviet</i> or <i>North Korean</i> stand
 *       for the country; {@code false} turns that off.
 * </ul>
 */
public class EntityFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "monikerEntity";

  private final boolean queryMode;
  private final List<String> files;
  private final boolean demonyms;
  private EntityDictionary dictionary;

  public EntityFilterFactory(Map<String, String> args) {
    super(args);
    String mode = get(args, "mode", List.of("index", "query"), "index");
    queryMode = mode.equals("query");
    String named = get(args, "entities");
    files = named == null ? List.of() : splitFileNames(named).stream().map(String::strip).toList(); // in order
    demonyms = getBoolean(args, "demonyms", true);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if (files.isEmpty()) {
      dictionary = demonyms ? EntityDictionary.defaults() : EntityDictionary.withFiles(List.of(), false);
    }
  }

  /** Default ctor for compatibility with SPI. */
  public EntityFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    Map<String, EntityDictionary.ReaderSource> sources = new LinkedHashMap<>();
    for (String f : files) {
      sources.put(
          f, () -> new InputStreamReader(loader.openResource(f), StandardCharsets.UTF_8));
    }
    try {
      dictionary = EntityDictionary.withSources(sources, demonyms);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause(); // a file that cannot be read is this method's IOException
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (dictionary == null) {
      throw new IllegalStateException("inform() was not called to load " + files);
    }
    return new EntityFilter(input, dictionary, queryMode);
  }
}
