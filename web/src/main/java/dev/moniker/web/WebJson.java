package dev.moniker.web;

import dev.moniker.search.ArticleView;
import dev.moniker.search.DateHistogram;
import dev.moniker.search.EntityProfile;
import dev.moniker.search.FacetValue;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes of {@code /api/}: a search is the object {@code moniker search --json} prints
 * ({@code query, total, tookMs, hits, facets}), plus {@code page} and {@code histogram}.
 */
final class WebJson {

  private static final List<String> TYPES = List.of("person", "place", "org");

  private WebJson() {}

  static Map<String, Object> search(SearchResult r, int page) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", r.query());
    json.put("total", r.total());
    json.put("tookMs", Math.round(r.tookMs() * 1000) / 1000.0);
    json.put("hits", r.hits().stream().map(WebJson::hit).toList());
    json.put("facets", facets(r.facets()));
    json.put("page", page);
    json.put("histogram", histogram(r.histogram()));
    return json;
  }

  static Map<String, Object> hit(Hit h) {
    Map<String, Object> hit = new LinkedHashMap<>();
    hit.put("id", h.id());
    hit.put("title", h.title());
    hit.put("score", h.score());
    hit.put("highlights", h.highlights());
    Map<String, Object> entities = new LinkedHashMap<>();
    for (String type : TYPES) {
      entities.put(type, h.entities().getOrDefault(type, List.of()));
    }
    hit.put("entities", entities);
    hit.put("date", h.date() == null ? null : h.date().toString());
    hit.put("source", h.source());
    hit.put("url", h.url());
    return hit;
  }

  static Map<String, Object> facets(Map<String, List<FacetValue>> byType) {
    Map<String, Object> facets = new LinkedHashMap<>();
    byType.forEach((type, values) -> facets.put(type, values(values)));
    return facets;
  }

  private static List<Object> values(List<FacetValue> values) {
    List<Object> list = new ArrayList<>();
    for (FacetValue v : values) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("value", v.value());
      one.put("count", v.count());
      list.add(one);
    }
    return list;
  }

  static Map<String, Object> histogram(DateHistogram h) {
    if (h == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("unit", h.unit().name().toLowerCase(java.util.Locale.ROOT));
    List<Object> buckets = new ArrayList<>();
    for (DateHistogram.Bucket b : h.buckets()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("label", b.label());
      one.put("from", b.from().toString());
      one.put("to", b.to().toString());
      one.put("count", b.count());
      buckets.add(one);
    }
    json.put("buckets", buckets);
    json.put("undated", h.undated());
    return json;
  }

  static Map<String, Object> entity(EntityProfile p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", p.type());
    json.put("canonical", p.canonical());
    json.put("known", p.known());
    json.put("note", p.note());
    json.put("articles", p.articles());
    List<Object> spellings = new ArrayList<>();
    for (FacetValue s : p.spellings()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("spelling", s.value());
      one.put("articles", s.count());
      spellings.add(one);
    }
    json.put("spellings", spellings);
    json.put("timeline", histogram(p.timeline()));
    json.put("related", facets(p.related()));
    json.put("latest", p.latest().stream().map(WebJson::hit).toList());
    return json;
  }

  static Map<String, Object> article(ArticleView a) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", a.id());
    json.put("title", a.titleText());
    json.put("body", a.bodyText());
    json.put("date", a.date() == null ? null : a.date().toString());
    json.put("source", a.source());
    json.put("url", a.url());
    List<Object> mentions = new ArrayList<>();
    int offset = 0;
    for (ArticleView.Segment s : a.body()) {
      if (s.isMention()) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("type", s.type());
        one.put("canonical", s.canonical());
        one.put("text", s.text());
        one.put("start", offset);
        one.put("end", offset + s.text().length());
        mentions.add(one);
      }
      offset += s.text().length();
    }
    json.put("mentions", mentions);
    return json;
  }

  static Map<String, Object> error(String message) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("error", message);
    return json;
  }
}
