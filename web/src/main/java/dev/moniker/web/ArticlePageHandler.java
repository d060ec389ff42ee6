package dev.moniker.web;

import com.sun.net.httpserver.HttpExchange;
import dev.moniker.Moniker;
import dev.moniker.search.ArticleView;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /article?id=ID}: the article, every recognised mention linked to its entity page. */
final class ArticlePageHandler implements Handler {

  private final Moniker moniker;

  ArticlePageHandler(Moniker moniker) {
    this.moniker = moniker;
  }

  static ArticleView article(Moniker moniker, Request r) {
    String id = r.param("id", "");
    if (id.isEmpty()) {
      throw new NotFound("which article? The address is /article?id=ID");
    }
    return moniker.article(id).orElseThrow(() -> new NotFound("no article with this id is in the index"));
  }

  @Override
  public void handle(HttpExchange ex, Request r) throws IOException {
    Responses.html(ex, 200, Templates.render("article.jte", view(article(moniker, r))));
  }

  static Views.ArticlePage view(ArticleView a) {
    Map<String, Set<String>> byType = new LinkedHashMap<>();
    for (String t : List.of("person", "place", "org")) {
      byType.put(t, new LinkedHashSet<>());
    }
    List<Views.Segment> title = segments(a.title(), byType);
    List<Views.Segment> body = segments(a.body(), byType);
    List<Views.FacetGroup> entities = new ArrayList<>();
    byType.forEach(
        (type, names) ->
            entities.add(
                new Views.FacetGroup(
                    Shown.heading(type),
                    type,
                    names.stream()
                        .map(n -> new Views.FacetLink(n, 0, Links.entity(type, n), false, Links.entity(type, n)))
                        .toList())));
    String titleText = a.titleText().isBlank() ? "(untitled)" : a.titleText();
    return new Views.ArticlePage(
        a.id(), titleText, title, body, Shown.date(a.date()), a.source(), Links.external(a.url()), entities);
  }

  private static List<Views.Segment> segments(List<ArticleView.Segment> in, Map<String, Set<String>> seen) {
    List<Views.Segment> out = new ArrayList<>();
    for (ArticleView.Segment s : in) {
      if (s.isMention()) {
        seen.computeIfAbsent(s.type(), t -> new LinkedHashSet<>()).add(s.canonical());
        out.add(new Views.Segment(s.text(), s.type(), s.canonical(), Links.entity(s.type(), s.canonical())));
      } else {
        out.add(new Views.Segment(s.text(), null, null, null));
      }
    }
    return out;
  }
}
