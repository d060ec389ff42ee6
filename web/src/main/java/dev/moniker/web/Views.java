package dev.moniker.web;

import java.util.List;

/**
 * What the templates show: plain values, every address already built and every text still
 * unescaped (the templates escape it). Public only because the compiled templates live in jte's
 * own package.
 */
public final class Views {

  private Views() {}

  /** A run of text; {@code marked} when it matched the query. */
  public record Part(String text, boolean marked) {}

  /** A run of article text; a mention of an entity when {@code href} is not null. */
  public record Segment(String text, String type, String canonical, String href) {}

  /** One search hit. {@code external} is the article's own http(s) address, or null. */
  public record HitView(
      String title,
      String href,
      String date,
      String source,
      String external,
      List<List<Part>> snippets,
      List<Link> people) {}

  /** A labelled address. */
  public record Link(String label, String href) {}

  /** A hidden form field that carries a filter, a date range or the order into a new search. */
  public record Field(String name, String value) {}

  /**
   * A facet value: {@code href} toggles it as a filter, {@code entityHref} opens its entity page.
   */
  public record FacetLink(String value, long count, String href, boolean active, String entityHref) {}

  /** One entity type's facet. */
  public record FacetGroup(String heading, String type, List<FacetLink> values) {}

  /** An active filter and the address without it. */
  public record Chip(String label, String removeHref) {}

  /** A histogram bar; {@code level} 0 to 20 is its height in twentieths of the tallest. */
  public record Bar(String label, long count, int level, String href) {}

  /** An order the hits can be shown in. */
  public record SortLink(String label, String href, boolean current) {}

  /** The search page. */
  public record SearchView(
      String query,
      String error,
      long total,
      String tookMs,
      List<HitView> hits,
      List<FacetGroup> facets,
      List<Chip> chips,
      List<Bar> bars,
      String histogramUnit,
      List<SortLink> sorts,
      List<Field> fields,
      int page,
      int pages,
      String prevHref,
      String nextHref,
      int firstRank) {}

  /** A spelling of an entity, with the search for articles using it. */
  public record SpellingRow(String spelling, long count, String href) {}

  /** The entity page. */
  public record EntityView(
      String type,
      String typeHeading,
      String canonical,
      boolean known,
      String note,
      long articles,
      String searchHref,
      List<SpellingRow> spellings,
      List<Bar> bars,
      String histogramUnit,
      List<FacetGroup> related,
      List<HitView> latest) {}

  /** The article page. */
  public record ArticlePage(
      String id,
      String title,
      List<Segment> titleSegments,
      List<Segment> body,
      String date,
      String source,
      String external,
      List<FacetGroup> entities) {}

  /** An error page. */
  public record ErrorView(int status, String heading, String message) {}
}
