package dev.moniker.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON shapes of search answers, as insertion-ordered maps and lists that any JSON library
 * writes: what {@code moniker search --json} prints and the web page's {@code /api/} returns, in
 * one place so the two cannot drift apart, and for an application that serves the same JSON.
 * Each call returns a new mutable map, so a caller may add keys (the web API adds {@code page}).
 */
public final class SearchJson {

  private static final List<String> TYPES = List.of("person", "place", "org");

  private SearchJson() {}

  /** {@code {query, total, tookMs, hits, facets}}, {@code tookMs} to the microsecond. */
  public static Map<String, Object> search(SearchResult r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("query", r.query());
    json.put("total", r.total());
    json.put("tookMs", Math.round(r.tookMs() * 1000) / 1000.0);
    json.put("hits", r.hits().stream().map(SearchJson::hit).toList());
    json.put("facets", facets(r.facets()));
    return json;
  }

  /**
   * {@code {id, title, score, highlights, entities, date, source, url}}; {@code entities} has
   * every type, empty where the article names none.
   */
  public static Map<String, Object> hit(Hit h) {
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

  /** {@code {type: [{value, count}]}}, types in the order given. */
  public static Map<String, Object> facets(Map<String, List<FacetValue>> byType) {
    Map<String, Object> facets = new LinkedHashMap<>();
    byType.forEach((type, values) -> facets.put(type, values(values, "value", "count")));
    return facets;
  }

  /** {@code {unit, buckets: [{label, from, to, count}], undated}}, or null for none. */
  public static Map<String, Object> histogram(DateHistogram h) {
    if (h == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("unit", h.unit().name().toLowerCase(Locale.ROOT));
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

  /**
   * {@code {type, canonical, known, note, articles, spellings: [{spelling, articles}], timeline,
   * related, latest: [hits]}}.
   */
  public static Map<String, Object> entity(EntityProfile p) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", p.type());
    json.put("canonical", p.canonical());
    json.put("known", p.known());
    json.put("note", p.note());
    json.put("articles", p.articles());
    json.put("spellings", values(p.spellings(), "spelling", "articles"));
    json.put("timeline", histogram(p.timeline()));
    json.put("related", facets(p.related()));
    json.put("latest", p.latest().stream().map(SearchJson::hit).toList());
    return json;
  }

  /**
   * {@code {id, title, body, date, source, url, mentions: [{type, canonical, text, start,
   * end}]}}, the offsets into {@code body}.
   */
  public static Map<String, Object> article(ArticleView a) {
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

  private static List<Object> values(List<FacetValue> values, String valueKey, String countKey) {
    List<Object> list = new ArrayList<>();
    for (FacetValue v : values) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put(valueKey, v.value());
      one.put(countKey, v.count());
      list.add(one);
    }
    return list;
  }
}
