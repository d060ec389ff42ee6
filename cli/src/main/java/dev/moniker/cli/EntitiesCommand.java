package dev.moniker.cli;

import dev.moniker.MonikerException;
import dev.moniker.cli.CommandSpec.OptionSpec;
import dev.moniker.cli.CommandSpec.Positional;
import dev.moniker.entities.EntityType;
import dev.moniker.search.FacetValue;
import dev.moniker.search.SearchJson;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

final class EntitiesCommand implements Callable<Integer> {

  static final CommandSpec SPEC =
      CommandSpec.of(
          "entities",
          "List the people, places and organisations most mentioned in an index or a query's hits.",
          List.of("Counts are numbers of articles; each spelling counts under its canonical name."),
          CommonOptions.with(
              OptionSpec.value(null, "type", "T", "Only this type: person, place or org."),
              OptionSpec.value("n", "limit", "N", "Entities per type (default: 10)."),
              OptionSpec.flag(null, "json", "Print one JSON object: {\"person\":[{\"value\",\"count\"}],…}.")),
          new Positional("QUERY", false, true, "Count only articles matching this query (default: all)."),
          List.of(
              "  moniker entities",
              "  moniker entities --type person --limit 20 \"nuclear\"",
              "  moniker entities --json 'Pyongyang AND Beijing' | jq '.person[0]'"));

  private final CommonOptions common;
  private final EntityType only;
  private final int limit;
  private final boolean json;
  private final List<String> query;
  private final Io io;
  private final Terminal terminal;

  EntitiesCommand(Args args, Io io) {
    common = new CommonOptions(args);
    only = args.converted("type", EntityType::of);
    limit = args.intValue("limit", 10);
    json = args.flag("json");
    query = args.positionals();
    this.io = io;
    this.terminal = io.terminal();
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new MonikerException(MonikerException.Kind.INVALID_ARGUMENT, "--limit must be at least 1");
    }
    String q = query.isEmpty() ? "*:*" : String.join(" ", query);
    SearchResult result =
        common.search(
            SearchRequest.of(q).limit(1).highlight(false).facets(limit), io.err());
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetValue>> e : result.facets().entrySet()) {
      if (only == null || only.label().equals(e.getKey())) {
        facets.put(e.getKey(), e.getValue());
      }
    }
    PrintWriter out = io.out();
    if (json) {
      Json.print(out, SearchJson.facets(facets));
      return ExitCodes.OK;
    }
    out.printf("Entities in %d article%s matching %s%n", result.total(), result.total() == 1 ? "" : "s", q);
    Facets.print(out, terminal, facets);
    out.flush();
    return ExitCodes.OK;
  }
}
