package dev.moniker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moniker.index.IndexReport;
import dev.moniker.ingest.Decoding;
import dev.moniker.ingest.Notice;
import dev.moniker.ingest.Skipped;
import dev.moniker.search.SearchJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of the CLI's {@code --json} output, one object per command run: search answers
 * as the library's {@link SearchJson} shapes them (the web API's too), the index report here.
 */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static void print(PrintWriter out, Object value) throws JsonProcessingException {
    out.println(MAPPER.writeValueAsString(value));
    out.flush();
  }

  /** What {@code moniker index --json} prints. */
  static Map<String, Object> indexReport(Path index, IndexReport r, double seconds) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("index", index.toAbsolutePath().toString());
    json.put("added", r.added());
    json.put("updated", r.updated());
    json.put("unchanged", r.unchanged());
    List<Object> skipped = new ArrayList<>();
    for (Skipped s : r.skipped()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("input", s.input());
      one.put("reason", s.reason());
      skipped.add(one);
    }
    json.put("skipped", skipped);
    List<Object> encodings = new ArrayList<>();
    for (Decoding d : r.decodings()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("input", d.input());
      one.put("charset", d.charset());
      one.put("basis", d.basis());
      one.put("confidence", d.confidence());
      encodings.add(one);
    }
    json.put("encodings", encodings);
    List<Object> notices = new ArrayList<>();
    for (Notice n : r.notices()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("input", n.input());
      one.put("message", n.message());
      notices.add(one);
    }
    json.put("notices", notices);
    json.put("seconds", Math.round(seconds * 1000) / 1000.0);
    return json;
  }
}
