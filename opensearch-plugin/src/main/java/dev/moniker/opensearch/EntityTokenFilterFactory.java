package dev.moniker.opensearch;

import dev.moniker.analysis.EntityFilter;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.entities.EntityDictionary;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * The {@code moniker_entity} token filter: the library's {@link EntityFilter}, for custom
 * analyzers. Place it right after the tokenizer (and a possessive filter), before lower-casing: it
 * reads capitals to tell names from words.
 */
final class EntityTokenFilterFactory extends AbstractTokenFilterFactory {

  static final String NAME = "moniker_entity";

  private final EntityDictionary dictionary;
  private final boolean queryMode;

  EntityTokenFilterFactory(
      IndexSettings indexSettings, String name, Settings settings, ConfigDictionaries dictionaries) {
    super(indexSettings, name, settings);
    this.queryMode =
        AnalysisSettings.mode(settings, MonikerAnalyzer.Mode.INDEX, false) == MonikerAnalyzer.Mode.QUERY;
    this.dictionary =
        dictionaries.get(AnalysisSettings.ENTITIES_PATH, AnalysisSettings.entityFiles(settings));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new EntityFilter(input, dictionary, queryMode);
  }
}
