package dev.moniker.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a news page declares about itself, from the most to the least specific
 * declaration: Open Graph {@code article:published_time}, JSON-LD {@code datePublished} of a
 * {@code NewsArticle} (or any article type), microdata {@code itemprop=datePublished}, Dublin Core
 * {@code dc.date}, the generic {@code date} metas, and last a {@code <time datetime>}.
 */
final class HtmlDates {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_JSON_DEPTH = 8;

  private static final List<String> METAS =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "datePublished",
          "dc.date",
          "dc.date.issued",
          "dcterms.date",
          "dcterms.issued",
          "dcterms.created",
          "date",
          "pubdate",
          "publish-date",
          "parsely-pub-date",
          "sailthru.date");

  private HtmlDates() {}

  /** The page's date, or {@code null}; a declared date that cannot be read goes to {@code dates}. */
  static Instant of(Document doc, String where, UnreadableDates dates) {
    List<String> candidates = new ArrayList<>();
    candidates.add(meta(doc, METAS.get(0)));
    candidates.add(meta(doc, METAS.get(1)));
    candidates.add(jsonLd(doc));
    for (String name : METAS.subList(2, METAS.size())) {
      candidates.add(meta(doc, name));
    }
    Element time = doc.selectFirst("time[pubdate][datetime], time[datetime]");
    candidates.add(time == null ? null : time.attr("datetime"));
    String unreadable = null;
    for (String value : candidates) {
      if (value == null || value.isBlank()) {
        continue;
      }
      try {
        return Dates.parse(value);
      } catch (IllegalArgumentException e) {
        if (unreadable == null) {
          unreadable = e.getMessage();
        }
      }
    }
    if (unreadable != null) {
      dates.add(where, unreadable);
    }
    return null;
  }

  private static String meta(Document doc, String name) {
    for (Element e : doc.select("meta[content]")) {
      if (name.equalsIgnoreCase(e.attr("property"))
          || name.equalsIgnoreCase(e.attr("name"))
          || name.equalsIgnoreCase(e.attr("itemprop"))) {
        return e.attr("content").trim();
      }
    }
    return null;
  }

  private static String jsonLd(Document doc) {
    String untyped = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JacksonException e) {
        continue; // broken structured data is common and says nothing about the article
      }
      List<JsonNode> found = new ArrayList<>();
      collect(root, found, 0);
      for (JsonNode node : found) {
        String date = node.get("datePublished").asText();
        if (isArticle(node.get("@type"))) {
          return date;
        }
        if (untyped == null) {
          untyped = date;
        }
      }
    }
    return untyped;
  }

  private static void collect(JsonNode node, List<JsonNode> found, int depth) {
    if (node == null || depth > MAX_JSON_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, found, depth + 1));
    } else if (node.isObject()) {
      JsonNode date = node.get("datePublished");
      if (date != null && date.isValueNode()) {
        found.add(node);
      }
      node.forEach(n -> collect(n, found, depth + 1));
    }
  }

  private static boolean isArticle(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticle(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText();
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
  }
}
