package dev.moniker.opensearch;

import dev.moniker.analysis.MonikerAnalyzer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/**
 * The {@code moniker}, {@code moniker_search} and {@code moniker_entity_terms} analyzers: the
 * library's whole analysis of article text, index and query flavour, and the entity tokens alone
 * (for a field that lists what an article names, searched with {@code moniker_search}: one term
 * per name, which is faster than a phrase over title and body). Used by name in a mapping, or as
 * an analyzer {@code type} with {@code entities_path} for a dictionary of one's own.
 */
final class MonikerAnalyzerProvider extends AbstractIndexAnalyzerProvider<MonikerAnalyzer> {

  static final String INDEX_NAME = "moniker";
  static final String SEARCH_NAME = "moniker_search";
  static final String ENTITIES_NAME = "moniker_entity_terms";

  private final MonikerAnalyzer analyzer;

  MonikerAnalyzerProvider(
      IndexSettings indexSettings,
      String name,
      Settings settings,
      ConfigDictionaries dictionaries,
      MonikerAnalyzer.Mode defaultMode) {
    super(indexSettings, name, settings);
    this.analyzer =
        new MonikerAnalyzer(
            dictionaries.get(AnalysisSettings.ENTITIES_PATH, AnalysisSettings.entityFiles(settings)),
            AnalysisSettings.mode(settings, defaultMode, true));
  }

  @Override
  public MonikerAnalyzer get() {
    return analyzer;
  }
}
