package dev.moniker.cli;

import dev.moniker.search.EntityFilterValue;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchJson;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    header = "Search an index and show the best articles with highlighted snippets.",
    description = {
      "Query syntax: words (all required), \"exact phrases\", AND / OR / NOT, (grouping),",
      "field:value for title, body, source, id and date (date:2018-05-08,",
      "date:[2018-01-01 TO 2018-06-30]), prefix* and *:* for every article."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  moniker search \"Kim Jong Un\"",
      "  moniker search 'Xi AND (summit OR meeting) NOT Trump'",
      "  moniker search --limit 3 --json '\"nuclear program\"' | jq '.hits[].id'",
      "  moniker search --filter person:\"Kim Jong Eun\" --filter place:Beijing '*:*'"
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several words are joined).")
  List<String> query;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "10",
      description = "Number of articles to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  boolean json;

  @Option(
      names = "--filter",
      paramLabel = "TYPE:VALUE",
      converter = Converters.Filter.class,
      description =
          "Only articles mentioning this entity, in any spelling (repeatable): "
              + "person:\"Kim Jong-un\", place:Pyongyang, org:KCNA. "
              + "Types combine with AND, values of one type with OR.")
  List<EntityFilterValue> filters = List.of();

  @Option(
      names = "--facets",
      paramLabel = "N",
      defaultValue = "10",
      description = "People, places and organisations to count per type (default: ${DEFAULT-VALUE}; 0: none).")
  int facets;

  private final Terminal terminal;

  SearchCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    SearchRequest request = SearchRequest.of(String.join(" ", query)).limit(limit).facets(facets);
    for (EntityFilterValue filter : filters) {
      request = request.filter(filter.type(), filter.value());
    }
    SearchResult result = common.search(request, spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
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
