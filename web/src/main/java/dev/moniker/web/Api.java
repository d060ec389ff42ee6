package dev.moniker.web;

import com.sun.net.httpserver.HttpExchange;
import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.analysis.TextReport;
import dev.moniker.search.SearchJson;
import java.io.IOException;

/** The JSON API under {@code /api/}: the same library calls as the pages, one endpoint each. */
final class Api {

  /** Characters {@code /api/analyze} reads: a long article, not a book. */
  static final int MAX_ANALYZE_CHARS = 100_000;

  private Api() {}

  /** {@code /api/search?q=&filter=&date=&sort=&page=}, parameters as on the search page. */
  static Handler search(Moniker moniker) {
    return (HttpExchange ex, Request r) -> {
      SearchParams params = SearchParams.of(r);
      Responses.json(
          ex, 200, WebJson.search(moniker.search(params.request(SearchPage.FACETS_PER_TYPE)), params.page()));
    };
  }

  /** {@code /api/entity/TYPE/NAME}: the entity page's facts. */
  static Handler entity(Moniker moniker) {
    return (ex, r) -> Responses.json(ex, 200, SearchJson.entity(EntityPage.profile(moniker, r.path(), "/api/entity/")));
  }

  /** {@code /api/article?id=ID}: the article with its mentions' offsets in the body. */
  static Handler article(Moniker moniker) {
    return (ex, r) -> Responses.json(ex, 200, SearchJson.article(ArticlePageHandler.article(moniker, r)));
  }

  /** {@code /api/analyze?text=}: what {@code moniker analyze --json} prints. */
  static Handler analyze(Moniker moniker) {
    return (ex, r) -> {
      String text = r.param("text", "");
      if (text.isBlank()) {
        throw new MonikerException(Kind.INVALID_ARGUMENT, "give a text: /api/analyze?text=Kim+Jong+Un");
      }
      if (text.length() > MAX_ANALYZE_CHARS) {
        throw new MonikerException(
            Kind.INVALID_ARGUMENT, "text is longer than " + MAX_ANALYZE_CHARS + " characters");
      }
      Responses.json(ex, 200, TextReport.of(moniker.dictionary(), text));
    };
  }
}
