package dev.moniker.cli;

import dev.moniker.MonikerException;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    header = "List the people, places and organisations most mentioned in an index or a query's hits.",
    description = "Counts are numbers of articles; each spelling counts under its canonical name.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  moniker entities",
      "  moniker entities --type person --limit 20 \"nuclear\"",
      "  moniker entities --json 'Pyongyang AND Beijing' | jq '.person[0]'"
    })
final class EntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Count only articles matching this query (default: all).")
  List<String> query = List.of();

  @Option(
      names = "--type",
      paramLabel = "T",
      converter = Converters.Type.class,
      description = "Only this type: person, place or org.")
  EntityType only;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Entities per type (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print one JSON object: {\"person\":[{\"value\",\"count\"}],…}.")
  boolean json;

  private final Terminal terminal;

  EntitiesCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw new MonikerException(MonikerException.Kind.INVALID_ARGUMENT, "--limit must be at least 1");
    }
    String q = query.isEmpty() ? "*:*" : String.join(" ", query);
    SearchResult result =
        common.search(
            SearchRequest.of(q).limit(1).highlight(false).facets(limit), spec.commandLine().getErr());
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (Map.Entry<String, List<FacetValue>> e : result.facets().entrySet()) {
      if (only == null || only.label().equals(e.getKey())) {
        facets.put(e.getKey(), e.getValue());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
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
