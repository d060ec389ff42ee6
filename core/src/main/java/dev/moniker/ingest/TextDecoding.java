package dev.moniker.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text, refusing what is not text: a file with NUL bytes is binary, and
 * bytes that are not UTF-8 are reported with their position rather than silently replaced (a
 * replaced name would never be found again).
 */
final class TextDecoding {

  /** Why some bytes are not indexable text; the message is the skip reason. */
  static final class NotText extends Exception {
    NotText(String reason) {
      super(reason, null, false, false);
    }
  }

  private static final int BINARY_SNIFF_BYTES = 8192;

  private TextDecoding() {}

  static String decode(byte[] bytes) throws NotText {
    int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < sniff; i++) {
      if (bytes[i] == 0) {
        throw new NotText("binary file (contains NUL bytes)");
      }
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      throw new NotText("invalid UTF-8 at byte " + in.position() + " (convert the file to UTF-8)");
    } catch (CharacterCodingException e) {
      throw new NotText("invalid UTF-8 (convert the file to UTF-8)");
    }
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }
}
