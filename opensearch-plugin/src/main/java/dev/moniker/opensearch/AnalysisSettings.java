package dev.moniker.opensearch;

import java.util.List;
import java.util.Locale;
import org.opensearch.common.settings.Settings;

/** The settings Moniker's analyzers and filter take in an index's analysis settings. */
final class AnalysisSettings {

  /** Dictionary files added to the bundled one, relative to the node's config directory. */
  static final String ENTITIES_PATH = "entities_path";
  /** {@code index} keeps a mention's words beside its entity token; {@code query} replaces them. */
  static final String MODE = "mode";

  private AnalysisSettings() {}

  static boolean queryMode(Settings settings, String defaultMode) {
    String mode = settings.get(MODE, defaultMode).toLowerCase(Locale.ROOT);
    return switch (mode) {
      case "index" -> false;
      case "query" -> true;
      default ->
          throw new IllegalArgumentException(
              "[" + MODE + "] must be index or query, not " + settings.get(MODE));
    };
  }

  static List<String> entityFiles(Settings settings) {
    return settings.getAsList(ENTITIES_PATH, List.of());
  }
}
