package dev.moniker.entities;

import java.util.Map;

/**
 * Given names as older papers abbreviate them, with a period: <i>Wm. B. Merrill</i>, <i>Chas.
 * Smith</i>, <i>Geo. Brown</i>. Each stands for one formal name. Kept apart from {@link
 * GivenNames} so that {@link Word} can ask without loading the name lists.
 */
final class GivenNameAbbreviations {

  /** The abbreviation as written (without its period) to the formal name. */
  static final Map<String, String> FORMAL = Map.ofEntries(
      Map.entry("Wm", "William"), Map.entry("Chas", "Charles"), Map.entry("Jas", "James"),
      Map.entry("Thos", "Thomas"), Map.entry("Geo", "George"), Map.entry("Jno", "John"),
      Map.entry("Saml", "Samuel"), Map.entry("Robt", "Robert"), Map.entry("Benj", "Benjamin"),
      Map.entry("Jos", "Joseph"), Map.entry("Edw", "Edward"), Map.entry("Danl", "Daniel"),
      Map.entry("Richd", "Richard"));

  private GivenNameAbbreviations() {}
}
