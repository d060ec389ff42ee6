package dev.moniker.opensearch;

import dev.moniker.analysis.MonikerAnalyzer.Mode;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.ingest.Processor;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.IngestPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Moniker inside OpenSearch: the {@code moniker}, {@code moniker_search} and {@code
 * moniker_entity_terms} analyzers, the {@code moniker_entity} token filter, and the {@code
 * moniker_entities} ingest processor. Entity files named in their settings are read from the
 * node's config directory.
 */
public class MonikerPlugin extends Plugin implements AnalysisPlugin, IngestPlugin {

  private final ConfigDictionaries dictionaries;

  /** Called by the node with its settings and config directory. */
  public MonikerPlugin(Settings settings, Path configPath) {
    this.dictionaries = new ConfigDictionaries(configPath);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        EntityTokenFilterFactory.NAME,
        (indexSettings, env, name, settings) ->
            new EntityTokenFilterFactory(indexSettings, name, settings, dictionaries));
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        MonikerAnalyzerProvider.INDEX_NAME,
        (indexSettings, env, name, settings) ->
            new MonikerAnalyzerProvider(indexSettings, name, settings, dictionaries, Mode.INDEX),
        MonikerAnalyzerProvider.SEARCH_NAME,
        (indexSettings, env, name, settings) ->
            new MonikerAnalyzerProvider(indexSettings, name, settings, dictionaries, Mode.QUERY),
        MonikerAnalyzerProvider.ENTITIES_NAME,
        (indexSettings, env, name, settings) ->
            new MonikerAnalyzerProvider(indexSettings, name, settings, dictionaries, Mode.ENTITIES));
  }

  @Override
  public Map<String, Processor.Factory> getProcessors(Processor.Parameters parameters) {
    return Map.of(EntitiesProcessor.TYPE, new EntitiesProcessor.Factory(dictionaries));
  }
}
