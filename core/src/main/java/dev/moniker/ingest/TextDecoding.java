package dev.moniker.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns file bytes into text without losing the article to its encoding. In order of trust: a
 * byte-order mark, the user's {@code --encoding}, what the page declares, what the WARC record's
 * {@code Content-Type} says, valid UTF-8, and last the {@link CharsetDetection detector}. A few
 * stray bytes in otherwise valid UTF-8 become U+FFFD with a notice. Only binary data (NUL bytes
 * without a UTF-16 byte-order mark) is refused.
 *
 * <p>Valid UTF-8 costs one strict decoding pass and nothing else: the analysis below runs only
 * for bytes that are not.
 */
final class TextDecoding {

  /** Why some bytes are not indexable text; the message is the skip reason. */
  static final class NotText extends Exception {
    NotText(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * Decoded text.
   *
   * @param decoding how, when it was not plain UTF-8 (else {@code null})
   * @param notice what was repaired, or {@code null}
   */
  record Decoded(String text, Decoding decoding, String notice) {}

  /** What the caller knows about the bytes beyond the bytes themselves. */
  record Hints(Charset forced, boolean html, String transportCharset) {
    static final Hints NONE = new Hints(null, false, null);
  }

  private static final int BINARY_SNIFF_BYTES = 8192;
  /** Stray bytes are few: at most one invalid sequence per this many valid multi-byte ones. */
  private static final int VALID_PER_STRAY = 20;

  private TextDecoding() {}

  static Decoded decode(String input, byte[] bytes, Hints hints) throws NotText {
    Bom bom = Bom.of(bytes);
    if (bom != null && bom.charset != StandardCharsets.UTF_8) {
      String text = new String(bytes, bom.length, bytes.length - bom.length, bom.charset);
      return new Decoded(text, new Decoding(input, bom.charset.name(), "byte-order mark", 100), null);
    }
    int start = bom == null ? 0 : bom.length;
    int sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = start; i < sniff; i++) {
      if (bytes[i] == 0) {
        throw new NotText("binary file (contains NUL bytes)");
      }
    }
    if (bom == null) {
      Decoded chosen = chosen(input, bytes, hints);
      if (chosen != null) {
        return chosen;
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(in)
              .toString();
      return new Decoded(text, null, null);
    } catch (CharacterCodingException e) {
      return notUtf8(input, bytes, start, hints);
    }
  }

  /** The charset the user forced or the page declared, when either did and it is not UTF-8. */
  private static Decoded chosen(String input, byte[] bytes, Hints hints) {
    Charset charset = hints.forced();
    String basis = "forced";
    if (charset == null && hints.html()) {
      charset = HtmlCharset.declared(bytes);
      basis = "declared";
    }
    if (charset == null && hints.transportCharset() != null) {
      charset = CharsetLabels.lookup(hints.transportCharset());
      basis = "WARC Content-Type";
    }
    if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
      return null; // UTF-8 is checked, and repaired when needed, like undeclared text
    }
    return new Decoded(new String(bytes, charset), new Decoding(input, charset.name(), basis, 100), null);
  }

  private static Decoded notUtf8(String input, byte[] bytes, int start, Hints hints) {
    Utf8Scan scan = Utf8Scan.of(bytes, start);
    if (scan.mostlyValid()) {
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      String notice =
          scan.invalid
              + (scan.invalid == 1 ? " invalid UTF-8 sequence" : " invalid UTF-8 sequences")
              + " replaced with U+FFFD (first at byte "
              + scan.firstInvalid
              + ")";
      return new Decoded(text, null, notice);
    }
    CharsetDetection.Guess guess = CharsetDetection.guess(bytes, hints.html());
    if (guess == null) {
      // Too little text to recognise (a few accented letters): every byte means something in
      // windows-1252, the commonest legacy encoding, and the notice says what to do if wrong.
      Charset fallback = Charset.forName("windows-1252");
      return new Decoded(
          new String(bytes, fallback),
          new Decoding(input, fallback.name(), "detected", 0),
          "encoding not recognised, read as windows-1252 (use --encoding if that is wrong)");
    }
    return new Decoded(
        new String(bytes, guess.charset()),
        new Decoding(input, guess.charset().name(), "detected", guess.confidence()),
        null);
  }

  /** A byte-order mark: the one declaration that cannot be wrong. */
  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }

  /** Counts of well-formed multi-byte UTF-8 sequences and of invalid ones. */
  static final class Utf8Scan {
    int valid;
    int invalid;
    long firstInvalid = -1;
    boolean truncatedAtEnd;

    static Utf8Scan of(byte[] b, int start) {
      Utf8Scan s = new Utf8Scan();
      int i = start;
      while (i < b.length) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
          need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
          need = 2;
          lo = c == 0xE0 ? 0xA0 : 0x80;
          hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
          need = 3;
          lo = c == 0xF0 ? 0x90 : 0x80;
          hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
          s.bad(i++ - start);
          continue;
        }
        int j = 1;
        while (j <= need && i + j < b.length) {
          int d = b[i + j] & 0xFF;
          boolean ok = j == 1 ? d >= lo && d <= hi : d >= 0x80 && d <= 0xBF;
          if (!ok) {
            break;
          }
          j++;
        }
        if (j > need) {
          s.valid++;
          i += need + 1;
        } else {
          if (i + j == b.length && (j > 1 || s.valid > 0)) {
            s.truncatedAtEnd = true; // a lone lead byte at the end is as likely Latin-1 (café)
          }
          s.bad(i - start);
          i += j;
        }
      }
      return s;
    }

    private void bad(long at) {
      if (invalid++ == 0) {
        firstInvalid = at;
      }
    }

    /** Valid UTF-8 with a few stray bytes, or cut in the middle of its last character. */
    boolean mostlyValid() {
      return (valid > 0 && (long) invalid * VALID_PER_STRAY <= valid)
          || (invalid == 1 && truncatedAtEnd);
    }
  }
}
