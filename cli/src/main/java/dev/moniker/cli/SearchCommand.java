package dev.moniker.cli;

import dev.moniker.cli.CommandSpec.OptionSpec;
import dev.moniker.cli.CommandSpec.Positional;
import dev.moniker.search.EntityFilterValue;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchJson;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;

final class SearchCommand implements Callable<Integer> {

  static final CommandSpec SPEC =
      CommandSpec.of(
          "search",
          "Search an index and show the best articles with highlighted snippets.",
          List.of(
              "Query syntax: words (all required), \"exact phrases\", AND / OR / NOT, (grouping),",
              "field:value for title, body, source, id and date (date:2018-05-08,",
              "date:[2018-01-01 TO 2018-06-30]), prefix* and *:* for every article."),
          CommonOptions.with(
              OptionSpec.value("n", "limit", "N", "Number of articles to show (default: 10)."),
              OptionSpec.flag(null, "json", "Print one JSON object instead of text."),
              OptionSpec.repeatable(
                  "filter",
                  "TYPE:VALUE",
                  "Only articles mentioning this entity, in any spelling (repeatable): "
                      + "person:\"Kim Jong-un\", place:Pyongyang, org:KCNA. "
                      + "Types combine with AND, values of one type with OR."),
              OptionSpec.value(
                  null,
                  "facets",
                  "N",
                  "People, places and organisations to count per type (default: 10; 0: none).")),
          new Positional("QUERY", true, true, "The query (several words are joined)."),
          List.of(
              "  moniker search \"Kim Jong Un\"",
              "  moniker search 'Xi AND (summit OR meeting) NOT Trump'",
              "  moniker search --limit 3 --json '\"nuclear program\"' | jq '.hits[].id'",
              "  moniker search --filter person:\"Kim Jong Eun\" --filter place:Beijing '*:*'"));

  private final CommonOptions common;
  private final int limit;
  private final boolean json;
  private final List<EntityFilterValue> filters;
  private final int facets;
  private final List<String> query;
  private final Io io;
  private final Terminal terminal;

  SearchCommand(Args args, Io io) {
    common = new CommonOptions(args);
    limit = args.intValue("limit", 10);
    json = args.flag("json");
    filters = args.values("filter", EntityFilterValue::parse);
    facets = args.intValue("facets", 10);
    query = args.positionals();
    this.io = io;
    this.terminal = io.terminal();
  }

  @Override
  public Integer call() throws Exception {
    SearchRequest request = SearchRequest.of(String.join(" ", query)).limit(limit).facets(facets);
    for (EntityFilterValue filter : filters) {
      request = request.filter(filter.type(), filter.value());
    }
    SearchResult result = common.search(request, io.err());
    PrintWriter out = io.out();
    if (json) {
      Json.print(out, SearchJson.search(result));
    } else {
      printHuman(out, result);
    }
    return ExitCodes.OK;
  }

  private void printHuman(PrintWriter out, SearchResult r) {
    out.printf(
        "%d article%s match %s (%.1f ms)%n",
        r.total(), r.total() == 1 ? "" : "s", quoted(r.query()), r.tookMs());
    int rank = 0;
    for (Hit h : r.hits()) {
      rank++;
      out.println();
      out.printf("%2d. %s%n", rank, terminal.bold(h.title().isBlank() ? "(untitled)" : h.title()));
      StringBuilder meta = new StringBuilder("    ").append(h.id());
      meta.append(String.format(" · score %.2f", h.score()));
      if (h.date() != null) {
        meta.append(" · ").append(h.date().atZone(ZoneOffset.UTC).toLocalDate());
      }
      if (h.source() != null) {
        meta.append(" · ").append(h.source());
      }
      out.println(meta);
      for (String passage : h.highlights()) {
        out.println("    " + terminal.marks(passage));
      }
    }
    if (r.total() > r.hits().size()) {
      out.printf("%n(%d more; use --limit to see them)%n", r.total() - r.hits().size());
    }
    Facets.print(out, terminal, r.facets());
    out.flush();
  }

  private static String quoted(String q) {
    return q.startsWith("\"") ? q : "\"" + q + "\"";
  }
}
