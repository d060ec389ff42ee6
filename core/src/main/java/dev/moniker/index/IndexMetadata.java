package dev.moniker.index;

import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.store.Directory;

/**
 * What an index records about how it was built, in Lucene's commit user data, so that an index
 * analysed one way is never silently searched another way.
 */
final class IndexMetadata {

  static final String ANALYSIS_VERSION_KEY = "moniker.analysis.version";

  private IndexMetadata() {}

  static Map<String, String> current(ArticleSchema schema) {
    return Map.of(ANALYSIS_VERSION_KEY, schema.analysisId());
  }

  /** Fails when the index at {@code dir} was analysed by another version of the analysis. */
  static void checkCompatible(Directory dir, Path path, ArticleSchema schema) throws IOException {
    String recorded = IndexDirectory.recordedAnalysisVersion(dir);
    if (recorded == null) {
      throw new MonikerException(
          Kind.INDEX_INCOMPATIBLE,
          "index at " + path + " was not built by Moniker; index into a new folder instead");
    }
    if (!recorded.equals(schema.analysisId())) {
      boolean sameVersion =
          recorded.startsWith(ArticleSchema.VERSION + "/")
              && schema.analysisId().startsWith(ArticleSchema.VERSION + "/");
      throw new MonikerException(
          Kind.INDEX_INCOMPATIBLE,
          "index at "
              + path
              + (sameVersion
                  ? " was built with a different entity dictionary (" + recorded + ", now "
                      + schema.analysisId() + "); pass the same --entities files as when it was"
                      + " built, or rebuild it: delete the folder and run 'moniker index' again"
                  : " was built with analysis " + recorded + " but this Moniker uses "
                      + schema.analysisId()
                      + "; rebuild it: delete the folder and run 'moniker index' again"));
    }
  }
}
