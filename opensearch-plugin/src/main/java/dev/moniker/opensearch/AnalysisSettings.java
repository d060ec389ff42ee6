package dev.moniker.opensearch;

import dev.moniker.analysis.MonikerAnalyzer;
import java.util.List;
import java.util.Locale;
import org.opensearch.common.settings.Settings;

/** The settings Moniker's analyzers and filter take in an index's analysis settings. */
final class AnalysisSettings {

  /** Dictionary files added to the bundled one, relative to the node's config directory. */
  static final String ENTITIES_PATH = "entities_path";
  /**
   * {@code index} keeps a mention's words beside its entity token; {@code query} replaces them;
   * {@code entities} (analyzers only) keeps entity tokens and nothing else.
   */
  static final String MODE = "mode";

  private AnalysisSettings() {}

  static MonikerAnalyzer.Mode mode(Settings settings, MonikerAnalyzer.Mode defaultMode, boolean entitiesAllowed) {
    String mode = settings.get(MODE, defaultMode.name()).toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "index" -> MonikerAnalyzer.Mode.INDEX;
      case "query" -> MonikerAnalyzer.Mode.QUERY;
      case "entities" -> {
        if (!entitiesAllowed) {
          throw new IllegalArgumentException("[" + MODE + "] must be index or query, not entities");
        }
        yield MonikerAnalyzer.Mode.ENTITIES;
      }
      default ->
          throw new IllegalArgumentException(
              "["
                  + MODE
                  + "] must be index, query"
                  + (entitiesAllowed ? " or entities" : "")
                  + ", not "
                  + settings.get(MODE));
    };
  }

  static List<String> entityFiles(Settings settings) {
    return settings.getAsList(ENTITIES_PATH, List.of());
  }
}
