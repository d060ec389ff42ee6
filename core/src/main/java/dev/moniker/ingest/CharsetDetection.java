package dev.moniker.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;

/**
 * Guesses the encoding of text that declares none and is not UTF-8, with ICU's statistical
 * detector (byte patterns of the legacy CJK encodings, letter n-grams of the single-byte ones).
 */
final class CharsetDetection {

  /** The charset used and the detector's confidence in it (0 to 100). */
  record Guess(Charset charset, int confidence) {}

  private CharsetDetection() {}

  /**
   * The most likely charset other than UTF-8 (the caller knows the bytes are not UTF-8), mapped
   * to the superset browsers use for it; {@code null} when the detector recognises nothing.
   */
  static Guess guess(byte[] bytes, boolean markup) {
    CharsetDetector detector = new CharsetDetector();
    detector.enableInputFilter(markup); // tags are ASCII and say nothing about the encoding
    detector.setText(bytes);
    CharsetMatch[] matches = detector.detectAll();
    for (CharsetMatch m : matches) {
      String name = m.getName();
      if (name.regionMatches(true, 0, "UTF-", 0, 4)) {
        continue;
      }
      Charset charset = CharsetLabels.lookup(name);
      if (charset != null) {
        return new Guess(charset, m.getConfidence());
      }
    }
    return null;
  }
}
