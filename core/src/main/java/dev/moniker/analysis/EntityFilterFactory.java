package dev.moniker.analysis;

import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityRecognizer;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *       dictionary and loaded through the resource loader.
 * </ul>
 */
public class EntityFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "monikerEntity";

  private final boolean queryMode;
  private final List<String> files;
  private EntityDictionary dictionary;

  public EntityFilterFactory(Map<String, String> args) {
    super(args);
    String mode = get(args, "mode", List.of("index", "query"), "index");
    queryMode = mode.equals("query");
    Set<String> named = getSet(args, "entities");
    files = named == null ? List.of() : List.copyOf(named);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if (files.isEmpty()) {
      dictionary = EntityDictionary.defaults();
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
    dictionary = EntityDictionary.withSources(sources);
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (dictionary == null) {
      throw new IllegalStateException("inform() was not called to load " + files);
    }
    return new EntityFilter(input, new EntityRecognizer(dictionary, queryMode), !queryMode);
  }
}
