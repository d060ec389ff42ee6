package dev.moniker.web;

import com.sun.net.httpserver.HttpExchange;
import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.entities.EntityType;
import dev.moniker.search.EntityProfile;
import dev.moniker.search.FacetValue;
import java.io.IOException;
import java.util.List;

/**
 * {@code /entity/TYPE/NAME}: an entity's spellings with counts, time line, co-occurring entities
 * and latest articles. A name in another spelling redirects to the canonical address.
 */
final class EntityPage implements Handler {

  private final Moniker moniker;

  EntityPage(Moniker moniker) {
    this.moniker = moniker;
  }

  /** The entity an {@code /entity/TYPE/NAME} (or {@code /api/entity/...}) path names. */
  static EntityProfile profile(Moniker moniker, String path, String prefix) {
    String rest = path.substring(prefix.length());
    int slash = rest.indexOf('/');
    if (slash <= 0 || slash == rest.length() - 1) {
      throw new NotFound("an entity address is " + prefix + "TYPE/NAME, e.g. " + prefix + "person/Kim Jong-un");
    }
    EntityType type;
    try {
      type = EntityType.of(rest.substring(0, slash));
    } catch (IllegalArgumentException e) {
      throw new NotFound(e.getMessage());
    }
    try {
      return moniker.entity(type, rest.substring(slash + 1));
    } catch (MonikerException e) {
      if (e.kind() == MonikerException.Kind.INVALID_ARGUMENT) {
        throw new NotFound(e.getMessage());
      }
      throw e;
    }
  }

  @Override
  public void handle(HttpExchange ex, Request r) throws IOException {
    EntityProfile p = profile(moniker, r.path(), "/entity/");
    String canonicalPath = Links.entity(p.type(), p.canonical());
    if (!r.path().equals("/entity/" + p.type() + "/" + p.canonical())) {
      ex.getResponseHeaders().set("Location", canonicalPath);
      Responses.send(ex, 303, "text/plain; charset=utf-8", new byte[0]);
      return;
    }
    Responses.html(ex, 200, Templates.render("entity.jte", view(p)));
  }

  static Views.EntityView view(EntityProfile p) {
    String filter = p.type() + ":" + p.canonical();
    SearchParams all =
        new SearchParams("", List.of(filter), null, null, dev.moniker.search.SearchRequest.Sort.NEWEST, 1);
    List<Views.SpellingRow> spellings =
        p.spellings().stream()
            .map(
                (FacetValue s) ->
                    new Views.SpellingRow(s.value(), s.count(), all.href()))
            .toList();
    return new Views.EntityView(
        p.type(),
        Shown.singular(p.type()),
        p.canonical(),
        p.known(),
        p.note(),
        p.articles(),
        all.href(),
        spellings,
        Shown.bars(p.timeline(), b -> all.withDates(b.from(), b.to()).href()),
        Shown.unit(p.timeline()),
        Shown.facets(
            p.related(),
            type ->
                v ->
                    new Views.FacetLink(
                        v.value(), v.count(), all.withFilter(type + ":" + v.value()).href(), false,
                        Links.entity(type, v.value()))),
        Shown.hits(p.latest()));
  }
}
