package dev.moniker.cli;

import dev.moniker.search.FacetValue;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints entity facet counts as a short block under the hits. */
final class Facets {

  private static final Map<String, String> HEADINGS =
      Map.of("person", "People", "place", "Places", "org", "Organisations");

  private Facets() {}

  static void print(PrintWriter out, Terminal terminal, Map<String, List<FacetValue>> facets) {
    if (facets.values().stream().allMatch(List::isEmpty)) {
      return;
    }
    out.println();
    facets.forEach(
        (type, values) -> {
          if (values.isEmpty()) {
            return;
          }
          String line =
              values.stream()
                  .map(v -> v.value() + " (" + v.count() + ")")
                  .collect(Collectors.joining(" · "));
          out.printf("%-14s %s%n", terminal.bold(HEADINGS.getOrDefault(type, type) + ":"), line);
        });
  }
}
