package dev.moniker.web;

import com.sun.net.httpserver.HttpExchange;
import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.search.EntityFilterValue;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code /}: the search box, hits, facets with drill-down, filter chips, time line, pages. */
final class SearchPage implements Handler {

  static final int FACETS_PER_TYPE = 10;

  private final Moniker moniker;

  SearchPage(Moniker moniker) {
    this.moniker = moniker;
  }

  @Override
  public void handle(HttpExchange ex, Request r) throws IOException {
    SearchParams params;
    try {
      params = SearchParams.of(r);
    } catch (MonikerException e) {
      Responses.html(ex, 400, Templates.render("search.jte", failed(r.param("q", ""), e, List.of())));
      return;
    }
    SearchResult result;
    try {
      result = moniker.search(params.request(FACETS_PER_TYPE));
    } catch (MonikerException e) {
      if (!MonikerServer.isBadInput(e)) {
        throw e;
      }
      Responses.html(ex, 400, Templates.render("search.jte", failed(params.q(), e, params.hiddenFields())));
      return;
    }
    Responses.html(ex, 200, Templates.render("search.jte", view(params, result)));
  }

  private static Views.SearchView failed(String q, MonikerException e, List<Views.Field> fields) {
    return new Views.SearchView(
        q, e.getMessage(), 0, null, List.of(), List.of(), List.of(), List.of(), "year", List.of(),
        fields, 1, 0, null, null, 1);
  }

  static Views.SearchView view(SearchParams params, SearchResult result) {
    List<Views.Chip> chips = new ArrayList<>();
    for (String f : params.filters()) {
      EntityFilterValue v = EntityFilterValue.parse(f);
      chips.add(
          new Views.Chip(
              Shown.singular(v.type().label()) + ": " + v.value(),
              params.withoutFilter(f).href()));
    }
    if (params.from() != null) {
      chips.add(
          new Views.Chip(
              "Date: " + params.from() + " to " + params.to(), params.withDates(null, null).href()));
    }
    List<Views.FacetGroup> facets =
        Shown.facets(
            result.facets(),
            type ->
                v -> {
                  String filter = type + ":" + v.value();
                  boolean active = params.filters().contains(filter);
                  String href =
                      active ? params.withoutFilter(filter).href() : params.withFilter(filter).href();
                  return new Views.FacetLink(
                      v.value(), v.count(), href, active, Links.entity(type, v.value()));
                });
    List<Views.SortLink> sorts = new ArrayList<>();
    for (SearchRequest.Sort s : SearchRequest.Sort.values()) {
      String label = s.name().charAt(0) + s.name().substring(1).toLowerCase(Locale.ROOT);
      sorts.add(new Views.SortLink(label, params.withSort(s).href(), s == params.sort()));
    }
    long total = result.total();
    int pages = (int) Math.min(SearchParams.MAX_PAGE, (total + SearchParams.PAGE_SIZE - 1) / SearchParams.PAGE_SIZE);
    int page = params.page();
    return new Views.SearchView(
        params.q(),
        null,
        total,
        String.format(Locale.ROOT, "%.1f", result.tookMs()),
        Shown.hits(result.hits()),
        facets,
        chips,
        Shown.bars(result.histogram(), b -> params.withDates(b.from(), b.to()).href()),
        Shown.unit(result.histogram()),
        sorts,
        params.hiddenFields(),
        page,
        pages,
        page > 1 ? params.withPage(page - 1).href() : null,
        page < pages ? params.withPage(page + 1).href() : null,
        (page - 1) * SearchParams.PAGE_SIZE + 1);
  }
}
