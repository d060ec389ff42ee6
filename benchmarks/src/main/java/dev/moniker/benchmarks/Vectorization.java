package dev.moniker.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.lucene.util.VectorUtil;

/**
 * Whether Lucene's vectorized code (postings decoding, vector scoring) is on in this JVM, in
 * Lucene's own words: Lucene logs its choice once, when it first needs it, and this listens.
 */
final class Vectorization {

  /** The package's logger: Lucene logs from a provider class inside it. */
  private static final String LOGGER = "org.apache.lucene.internal.vectorization";
  private static final List<String> MESSAGES = new ArrayList<>();
  private static final Logger KEEP = Logger.getLogger(LOGGER); // JUL holds loggers weakly

  static {
    KEEP.setLevel(Level.ALL);
    KEEP.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            synchronized (MESSAGES) {
              MESSAGES.add(r.getMessage());
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private Vectorization() {}

  /** Call before Lucene is first used, so its message is heard. */
  static void listen() {
    // the static initializer does the work
  }

  static String describe() {
    VectorUtil.dotProduct(new float[16], new float[16]); // makes Lucene choose, and say so
    synchronized (MESSAGES) {
      if (!MESSAGES.isEmpty()) {
        return String.join("; ", MESSAGES);
      }
    }
    boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    return module
        ? "jdk.incubator.vector loaded (Lucene logged nothing)"
        : "OFF: jdk.incubator.vector is not loaded (add --add-modules jdk.incubator.vector)";
  }
}
