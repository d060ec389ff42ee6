package dev.moniker.web;

import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.search.EntityFilterValue;
import dev.moniker.search.SearchRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search as the page's address states it: {@code q} (the CLI's query language; empty for every
 * article), {@code filter=type:value} (repeatable, as {@code --filter}), {@code date=FROM..TO},
 * {@code sort=relevance|newest|oldest} and {@code page} (from 1). Builds the addresses of the
 * same search changed in one way, which facet links, chips, bars and pages use.
 */
record SearchParams(
    String q, List<String> filters, String from, String to, SearchRequest.Sort sort, int page) {

  static final int PAGE_SIZE = 10;
  static final int MAX_PAGE = SearchRequest.MAX_LIMIT / PAGE_SIZE;

  /**
   * @throws MonikerException of kind {@code INVALID_ARGUMENT} for a malformed filter, date,
   *     order or page
   */
  static SearchParams of(Request r) {
    List<String> filters = new ArrayList<>();
    for (String f : r.all("filter")) {
      if (!f.isBlank() && !filters.contains(f.strip())) {
        filters.add(f.strip());
      }
    }
    String from = null;
    String to = null;
    String date = r.param("date", "").strip();
    if (!date.isEmpty()) {
      int dots = date.indexOf("..");
      try {
        if (dots < 0) {
          throw new DateTimeParseException("no ..", date, 0);
        }
        from = LocalDate.parse(date.substring(0, dots)).toString();
        to = LocalDate.parse(date.substring(dots + 2)).toString();
      } catch (DateTimeParseException e) {
        throw new MonikerException(
            Kind.INVALID_ARGUMENT, "date must be FROM..TO, e.g. 2018-01-01..2018-12-31", e);
      }
    }
    SearchRequest.Sort sort;
    try {
      sort = SearchRequest.Sort.valueOf(r.param("sort", "relevance").strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MonikerException(Kind.INVALID_ARGUMENT, "sort must be relevance, newest or oldest", e);
    }
    int page = r.positive("page", 1);
    if (page > MAX_PAGE) {
      throw new MonikerException(
          Kind.INVALID_ARGUMENT,
          "pages go up to " + MAX_PAGE + "; narrow the search with a filter or a date instead");
    }
    return new SearchParams(r.param("q", "").strip(), List.copyOf(filters), from, to, sort, page);
  }

  /** The library request for this page of hits. */
  SearchRequest request(int facetsPerType) {
    SearchRequest request =
        SearchRequest.of(queryText())
            .limit(PAGE_SIZE)
            .offset((page - 1) * PAGE_SIZE)
            .sort(sort)
            .facets(facetsPerType)
            .histogram(true);
    for (String f : filters) {
      EntityFilterValue v;
      try {
        v = EntityFilterValue.parse(f);
      } catch (IllegalArgumentException e) {
        throw new MonikerException(Kind.INVALID_ARGUMENT, e.getMessage(), e);
      }
      request = request.filter(v.type(), v.value());
    }
    return request;
  }

  /** The query the library runs: the typed one (or every article) within the date range. */
  String queryText() {
    String base = q.isEmpty() ? "*:*" : q;
    return from == null ? base : "(" + base + ") AND date:[" + from + " TO " + to + "]";
  }

  SearchParams withFilter(String filter) {
    List<String> more = new ArrayList<>(filters);
    if (!more.contains(filter)) {
      more.add(filter);
    }
    return new SearchParams(q, List.copyOf(more), from, to, sort, 1);
  }

  SearchParams withoutFilter(String filter) {
    List<String> fewer = new ArrayList<>(filters);
    fewer.remove(filter);
    return new SearchParams(q, List.copyOf(fewer), from, to, sort, 1);
  }

  SearchParams withDates(LocalDate newFrom, LocalDate newTo) {
    return new SearchParams(
        q, filters, newFrom == null ? null : newFrom.toString(),
        newTo == null ? null : newTo.toString(), sort, 1);
  }

  SearchParams withSort(SearchRequest.Sort newSort) {
    return new SearchParams(q, filters, from, to, newSort, 1);
  }

  SearchParams withPage(int newPage) {
    return new SearchParams(q, filters, from, to, sort, newPage);
  }

  /** The state the search form carries in hidden fields: everything but the query and page. */
  List<Views.Field> hiddenFields() {
    List<Views.Field> out = new ArrayList<>();
    filters.forEach(f -> out.add(new Views.Field("filter", f)));
    if (from != null) {
      out.add(new Views.Field("date", from + ".." + to));
    }
    if (sort != SearchRequest.Sort.RELEVANCE) {
      out.add(new Views.Field("sort", sort.name().toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** This search's address. */
  String href() {
    StringBuilder sb = new StringBuilder("/?q=").append(Links.encode(q));
    for (Views.Field f : hiddenFields()) {
      sb.append('&').append(f.name()).append('=').append(Links.encode(f.value()));
    }
    if (page > 1) {
      sb.append("&page=").append(page);
    }
    return sb.toString();
  }
}
