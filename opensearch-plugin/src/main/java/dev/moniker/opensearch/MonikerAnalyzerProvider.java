package dev.moniker.opensearch;

import dev.moniker.analysis.MonikerAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * The {@code moniker} and {@code moniker_search} analyzers: the library's whole analysis of
 * article text, index and query flavour. Used by name in a mapping, or as an analyzer {@code type}
 * with {@code entities_path} for a dictionary of one's own.
 */
final class MonikerAnalyzerProvider extends AbstractIndexAnalyzerProvider<MonikerAnalyzer> {

  static final String INDEX_NAME = "moniker";
  static final String SEARCH_NAME = "moniker_search";

  private final MonikerAnalyzer analyzer;

  MonikerAnalyzerProvider(
      IndexSettings indexSettings,
      String name,
      Settings settings,
      ConfigDictionaries dictionaries,
      String defaultMode) {
    super(indexSettings, name, settings);
    boolean query = AnalysisSettings.queryMode(settings, defaultMode);
    this.analyzer =
        new MonikerAnalyzer(
            dictionaries.get(AnalysisSettings.ENTITIES_PATH, AnalysisSettings.entityFiles(settings)),
            query ? MonikerAnalyzer.Mode.QUERY : MonikerAnalyzer.Mode.INDEX);
  }

  @Override
  public MonikerAnalyzer get() {
    return analyzer;
  }
}
