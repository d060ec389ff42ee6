package dev.moniker.entities;

import java.util.Map;

/**
 * What tells places (and organisations) that share a name apart, from the dictionary's
 * attributes: what kind of place it is, its population, the country it is in, the years a
 * historical state existed, and whether its name is also a common English word.
 *
 * @param kind {@code country}, {@code historical-country}, {@code region}, {@code admin1}, {@code
 *     city}, an organisation's kind, or empty
 * @param iso its own ISO 3166 code (countries), or empty
 * @param country ISO 3166-1 code of the country it is in, or empty
 * @param population inhabitants (cities), or 0
 * @param from first year a historical state existed, or 0
 * @param to last year, or 0
 * @param commonWord whether its name is a common lower-case English word (<i>Mobile</i>,
 *     <i>Reading</i>): then it is taken for the place only where the text shows a place
 * @param capital whether it is a country's capital, which its bare name means more often
 * @param division the ISO 3166-2 code of the first-level division it is (a US state) or lies in
 *     (a US city or town), or empty: a town of a state the text named is more likely that state's
 */
record PlaceFacts(
    String kind,
    String iso,
    String country,
    long population,
    int from,
    int to,
    boolean commonWord,
    boolean capital,
    String division) {

  static final PlaceFacts NONE = new PlaceFacts("", "", "", 0, 0, 0, false, false, "");

  static PlaceFacts of(Map<String, String> a) {
    if (!a.containsKey("kind") && !a.containsKey("country") && !a.containsKey("common_word")) {
      return NONE;
    }
    long population = 0;
    try {
      population = Long.parseLong(a.getOrDefault("population", "0").strip());
    } catch (NumberFormatException e) {
      population = 0;
    }
    int from = 0;
    int to = 0;
    String years = a.get("years");
    if (years != null && years.indexOf('-', 1) > 0) {
      try {
        from = Integer.parseInt(years.substring(0, years.indexOf('-', 1)).strip());
        String end = years.substring(years.indexOf('-', 1) + 1).strip();
        to = end.isEmpty() ? Integer.MAX_VALUE - 1 : Integer.parseInt(end); // "2014-": still there
      } catch (NumberFormatException e) {
        from = 0;
        to = 0;
      }
    }
    String iso = a.getOrDefault("iso", formerAlpha2(a.get("iso3166_3")));
    return new PlaceFacts(
        a.getOrDefault("kind", ""),
        iso.contains("-") ? "" : iso,
        a.getOrDefault("country", iso.contains("-") ? iso.substring(0, iso.indexOf('-')) : ""),
        population,
        from,
        to,
        "true".equals(a.get("common_word")),
        "country".equals(a.get("capital")),
        a.getOrDefault("division", iso.contains("-") ? iso : ""));
  }

  /**
   * The two-letter code a former country had, which its ISO 3166-3 code begins with (SUHH: the
   * Soviet Union was SU), so that the bodies of a former country (country=SU) are its own; empty
   * without a code.
   */
  private static String formerAlpha2(String iso3166part3) {
    return iso3166part3 == null || iso3166part3.length() != 4 ? "" : iso3166part3.substring(0, 2);
  }

  /**
   * Whether its name is a common word more often than the place: a town called Mobile or Reading,
   * but not Shanghai or Wales, whose other sense is rare beside a large city or a country.
   */
  public boolean nameMostlyAWord() {
    return commonWord && "city".equals(kind) && population < 1_000_000;
  }

  /**
   * Whether it is a town named with an English word (<i>Concord</i>, <i>Flint</i>, <i>Emporia</i>,
   * <i>Union</i>): read as the town only beside its state (<i>Emporia, Kan.</i>) or where the
   * text named that town so already; a preposition or a dateline's shape is not enough (<i>in
   * Union Station</i>, <i>at College Park</i>, <i>Main Page, December 23</i>).
   */
  public boolean townNamedLikeAWord() {
    return commonWord && town();
  }

  /**
   * A town (a place smaller than the cities every reader knows, {@code kind=town}): its name is
   * as often a surname, a given name or another town's, so it is read as a place only where the
   * words show a place (<i>in Clive</i>, <i>Lumberton, N.C.</i>), and never in a query.
   */
  public boolean town() {
    return "town".equals(kind);
  }

  /**
   * How often a bare name means this place rather than another of the same name.
   */
  double prior() {
    // In inhabitants, or what a bare name of that kind is worth in them: a bare name means the
    // larger place in proportion (Athens, Greece over Athens, Georgia; London over London,
    // Ontario), a country before a state of its name, and a capital ten times its size.
    double prior =
        switch (kind) {
          case "country" -> 50_000_000;
          case "historical-country" -> 20_000_000;
          case "region" -> 5_000_000;
          case "admin1" -> 2_000_000;
          case "city" -> Math.max(population, 10_000);
          case "town" -> Math.max(population, 1_000);
          default -> 10_000_000; // an organisation
        };
    return capital ? prior * 10 : prior;
  }


  /** How plausible the place is in a text of {@code year}: a historical state outside its years less so. */
  double fitIn(int year) {
    if (year == 0 || from == 0) {
      return 1;
    }
    return year >= from - 1 && year <= to + 1 ? 1 : 0.3;
  }
}
