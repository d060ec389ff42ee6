package dev.moniker.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moniker.index.IndexReport;
import dev.moniker.ingest.Decoding;
import dev.moniker.ingest.Notice;
import dev.moniker.ingest.Skipped;
import dev.moniker.search.FacetValue;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the CLI's {@code --json} output, one object per command run. */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> ENTITY_TYPES = List.of("person", "place", "org");

  private Json() {}

  static void print(PrintWriter out, Object value) throws JsonProcessingException {
    out.println(MAPPER.writeValueAsString(value));
    out.flush();
  }

  static Map<String, Object> searchResult(SearchResult r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", r.query());
    json.put("total", r.total());
    json.put("tookMs", Math.round(r.tookMs() * 1000) / 1000.0);
    List<Object> hits = new ArrayList<>();
    for (Hit h : r.hits()) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("id", h.id());
      hit.put("title", h.title());
      hit.put("score", h.score());
      hit.put("highlights", h.highlights());
      hit.put("entities", byType(h.entities()));
      hit.put("date", h.date() == null ? null : h.date().toString());
      hit.put("source", h.source());
      hit.put("url", h.url());
      hits.add(hit);
    }
    json.put("hits", hits);
    json.put("facets", facets(r.facets()));
    return json;
  }

  static Map<String, Object> facets(Map<String, List<FacetValue>> byType) {
    Map<String, Object> facets = new LinkedHashMap<>();
    byType.forEach(
        (type, values) -> {
          List<Object> list = new ArrayList<>();
          for (FacetValue v : values) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("value", v.value());
            one.put("count", v.count());
            list.add(one);
          }
          facets.put(type, list);
        });
    return facets;
  }

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

  private static Map<String, Object> byType(Map<String, List<String>> entities) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String type : ENTITY_TYPES) {
      out.put(type, entities.getOrDefault(type, List.of()));
    }
    return out;
  }
}
