package dev.moniker.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * Reads JSON Lines: one article object per line with {@code id} and {@code body} (required),
 * {@code title}, {@code date} (ISO-8601 or RFC 1123), {@code source} and {@code url}. A bad line
 * is skipped with its line number (lines longer than {@link Ingester#MAX_ARTICLE_FILE_BYTES}
 * included); the lines around it still land. A date that cannot be read costs the article its
 * date, not its place, and is reported once per file.
 *
 * <p>Lines are UTF-8 unless the user forces an encoding. The first line that is not is decoded
 * like other text (stray bytes replaced, or the encoding detected), and a detected encoding is
 * then used for the file's later lines that are not UTF-8 either.
 */
final class JsonLinesArticles {

  private static final int MAX_NESTING = 64;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
              .build());

  private JsonLinesArticles() {}

  static void read(String input, InputStream in, Charset forced, IngestSink sink)
      throws IOException {
    Charset detected = null;
    int repaired = 0;
    String firstRepair = null;
    UnreadableDates dates = new UnreadableDates();
    if (forced != null) {
      sink.decoded(new Decoding(input, forced.name(), "forced", 100));
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Lines lines = new Lines(in, Ingester.MAX_ARTICLE_FILE_BYTES);
    int lineNo = 0;
    while (lines.next()) {
      lineNo++;
      String where = input + ":" + lineNo;
      if (lines.dropped > 0) {
        sink.skipped(
            new Skipped(
                where,
                "line too long for one article ("
                    + (lines.dropped >> 20)
                    + " MiB; limit "
                    + (Ingester.MAX_ARTICLE_FILE_BYTES >> 20)
                    + " MiB)"));
        continue;
      }
      ByteBuffer bytes = ByteBuffer.wrap(lines.bytes, 0, lines.length);
      String line;
      if (forced != null) {
        line = new String(lines.bytes, 0, lines.length, forced);
      } else {
        try {
          line = decoder.reset().decode(bytes).toString();
        } catch (CharacterCodingException e) {
          byte[] raw = Arrays.copyOf(lines.bytes, lines.length);
          if (detected != null) {
            line = new String(raw, detected);
          } else {
            TextDecoding.Decoded d;
            try {
              d = TextDecoding.decode(input, raw, TextDecoding.Hints.NONE);
            } catch (TextDecoding.NotText notText) {
              sink.skipped(new Skipped(where, notText.getMessage()));
              continue;
            }
            line = d.text();
            if (d.decoding() != null) {
              detected = Charset.forName(d.decoding().charset());
              sink.decoded(d.decoding());
            } else if (d.notice() != null && repaired++ == 0) {
              firstRepair = "line " + lineNo + ": " + d.notice();
            }
          }
        }
      }
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        sink.article(toArticle(MAPPER.readTree(line), where, dates));
      } catch (JacksonException e) {
        sink.skipped(new Skipped(where, "malformed JSON: " + e.getOriginalMessage()));
      } catch (IllegalArgumentException e) {
        sink.skipped(new Skipped(where, e.getMessage()));
      }
    }
    if (repaired > 0) {
      sink.notice(
          new Notice(
              input,
              repaired == 1
                  ? "invalid UTF-8 in one line (" + firstRepair + ")"
                  : "invalid UTF-8 in " + repaired + " lines (first: " + firstRepair + ")"));
    }
    dates.report(input, sink);
  }

  /**
   * The lines of a stream as raw bytes, so that bytes that are not UTF-8 cost only their own
   * line, and a line longer than the limit is passed over without being held in memory.
   */
  private static final class Lines {
    private final InputStream in;
    private final long max;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    /** The current line, without its line break, in {@code bytes[0, length)}. */
    byte[] bytes = new byte[1 << 12];
    int length;
    /** When the current line was too long: its size in bytes (and {@code length} is 0). */
    long dropped;

    Lines(InputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    /** Reads the next line; false at the end of the stream. */
    boolean next() throws IOException {
      length = 0;
      dropped = 0;
      boolean any = false;
      while (true) {
        if (pos == limit) {
          int n = in.read(buffer, 0, buffer.length);
          if (n <= 0) {
            return any;
          }
          pos = 0;
          limit = n;
        }
        any = true;
        int end = pos;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        append(pos, end);
        pos = Math.min(end + 1, limit);
        if (end < limit) {
          if (length > 0 && bytes[length - 1] == '\r') {
            length--;
          }
          return true;
        }
      }
    }

    private void append(int from, int to) {
      int n = to - from;
      if (dropped > 0 || length + (long) n > max) {
        dropped += (dropped == 0 ? length : 0) + n;
        length = 0;
        return;
      }
      if (length + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(length + n, bytes.length * 2));
      }
      System.arraycopy(buffer, from, bytes, length, n);
      length += n;
    }
  }

  private static Article toArticle(JsonNode node, String where, UnreadableDates dates) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = scalar(node, "id");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("no \"id\"");
    }
    String body = scalar(node, "body");
    if (body == null || body.isBlank()) {
      throw new IllegalArgumentException("no \"body\" for id " + id);
    }
    String title = scalar(node, "title");
    if (title == null || title.isBlank()) {
      title = ArticleText.parse(id, body, false).title();
    }
    String date = scalar(node, "date");
    Instant instant = dates.parse(where, date);
    return new Article(id, title.trim(), body, instant, scalar(node, "source"), scalar(node, "url"));
  }

  private static String scalar(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return v.asText();
  }
}
