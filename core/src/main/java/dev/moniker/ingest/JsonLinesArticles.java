package dev.moniker.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Reads JSON Lines: one article object per line with {@code id} and {@code body} (required),
 * {@code title}, {@code date} (ISO-8601), {@code source} and {@code url}. A bad line is skipped
 * with its line number; the lines around it still land.
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

  static void read(String input, InputStream in, IngestSink sink) throws IOException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    int lineNo = 0;
    while (true) {
      String line;
      try {
        line = reader.readLine();
      } catch (CharacterCodingException e) {
        sink.skipped(
            new Skipped(
                input + ":" + (lineNo + 1),
                "invalid UTF-8; this line and the rest of the file were not read"));
        return;
      }
      if (line == null) {
        return;
      }
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String where = input + ":" + lineNo;
      try {
        sink.article(toArticle(MAPPER.readTree(line)));
      } catch (JacksonException e) {
        sink.skipped(new Skipped(where, "malformed JSON: " + e.getOriginalMessage()));
      } catch (IllegalArgumentException e) {
        sink.skipped(new Skipped(where, e.getMessage()));
      }
    }
  }

  private static Article toArticle(JsonNode node) {
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
    Instant instant = date == null || date.isBlank() ? null : Dates.parse(date);
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
