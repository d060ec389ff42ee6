package dev.moniker.web;

import dev.moniker.entities.EntityType;
import dev.moniker.search.DateHistogram;
import dev.moniker.search.FacetValue;
import dev.moniker.search.Hit;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Library values turned into the view records several pages share. */
final class Shown {

  /** People named on a hit. */
  static final int PEOPLE_PER_HIT = 5;

  private Shown() {}

  static String heading(String type) {
    return switch (EntityType.of(type)) {
      case PERSON -> "People";
      case PLACE -> "Places";
      case ORG -> "Organisations";
    };
  }

  static String singular(String type) {
    return switch (EntityType.of(type)) {
      case PERSON -> "Person";
      case PLACE -> "Place";
      case ORG -> "Organisation";
    };
  }

  static String date(Instant date) {
    return date == null ? null : date.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  static Views.HitView hit(Hit h) {
    List<List<Views.Part>> snippets = new ArrayList<>();
    for (String passage : h.highlights()) {
      snippets.add(Marks.parts(passage));
    }
    List<Views.Link> people = new ArrayList<>();
    for (String p : h.entities().getOrDefault("person", List.of())) {
      if (people.size() < PEOPLE_PER_HIT) {
        people.add(new Views.Link(p, Links.entity("person", p)));
      }
    }
    String title = h.title() == null || h.title().isBlank() ? "(untitled)" : h.title();
    return new Views.HitView(
        title, Links.article(h.id()), date(h.date()), h.source(), Links.external(h.url()),
        List.copyOf(snippets), List.copyOf(people));
  }

  static List<Views.HitView> hits(List<Hit> hits) {
    return hits.stream().map(Shown::hit).toList();
  }

  /**
   * Facet groups in type order; {@code link} gives each value's (toggle) address and whether it
   * is active.
   */
  static List<Views.FacetGroup> facets(
      Map<String, List<FacetValue>> facets, Function<String, Function<FacetValue, Views.FacetLink>> link) {
    List<Views.FacetGroup> out = new ArrayList<>();
    facets.forEach(
        (type, values) ->
            out.add(
                new Views.FacetGroup(
                    heading(type), type, values.stream().map(link.apply(type)).toList())));
    return out;
  }

  static List<Views.Bar> bars(DateHistogram h, Function<DateHistogram.Bucket, String> href) {
    if (h == null || h.buckets().isEmpty()) {
      return List.of();
    }
    long max = Math.max(1, h.maxCount());
    List<Views.Bar> out = new ArrayList<>();
    for (DateHistogram.Bucket b : h.buckets()) {
      int level = b.count() == 0 ? 0 : (int) Math.max(1, Math.round(20.0 * b.count() / max));
      out.add(new Views.Bar(b.label(), b.count(), level, href.apply(b)));
    }
    return out;
  }

  static String unit(DateHistogram h) {
    return h == null || h.unit() == DateHistogram.Unit.YEAR ? "year" : "month";
  }
}
