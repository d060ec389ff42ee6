package dev.moniker.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an entity linker needs to choose between people who share a name: the years they lived,
 * the years they were in the news, and a prior for how often their bare surname means them. From
 * the dictionary's {@code born=}, {@code died=}, {@code active=} and {@code prominence=}
 * attributes.
 *
 * @param born year of birth, or 0 when unknown
 * @param died year of death, or 0 for the living and the unknown
 * @param active inclusive year ranges, {@code [from, to]}; {@code to} is {@link Integer#MAX_VALUE}
 *     for "still active"
 * @param prominence 1 to 100: how strongly this person dominates mentions of the surname alone
 */
record PersonFacts(int born, int died, List<int[]> active, int prominence) {

  /** The prior of a person the dictionary gives none for. */
  static final int DEFAULT_PROMINENCE = 10;

  /** Facts for a person the dictionary says nothing about: a small prior, no years. */
  static final PersonFacts NONE = new PersonFacts(0, 0, List.of(), DEFAULT_PROMINENCE);

  /** Reads the attributes of a dictionary line; malformed values name the line. */
  static PersonFacts of(Map<String, String> attributes, String where) {
    if (!attributes.containsKey("born") && !attributes.containsKey("died")
        && !attributes.containsKey("active") && !attributes.containsKey("prominence")) {
      return NONE;
    }
    int born = year(attributes.get("born"), "born", where);
    int died = year(attributes.get("died"), "died", where);
    List<int[]> active = new ArrayList<>();
    String ranges = attributes.get("active");
    if (ranges != null && !ranges.isBlank()) {
      for (String range : ranges.split(",")) {
        String r = range.strip();
        int dash = r.indexOf('-');
        if (dash <= 0) {
          int y = year(r, "active", where);
          active.add(new int[] {y, y});
          continue;
        }
        int from = year(r.substring(0, dash), "active", where);
        String end = r.substring(dash + 1).strip();
        int to = end.isEmpty() ? Integer.MAX_VALUE : year(end, "active", where);
        if (to < from) {
          throw new IllegalArgumentException(where + ": active range '" + r + "' ends before it starts");
        }
        active.add(new int[] {from, to});
      }
    }
    int prominence = DEFAULT_PROMINENCE;
    String p = attributes.get("prominence");
    if (p != null) {
      try {
        prominence = Integer.parseInt(p.strip());
      } catch (NumberFormatException e) {
        prominence = -1;
      }
      if (prominence < 1 || prominence > 100) {
        throw new IllegalArgumentException(where + ": prominence must be 1 to 100, found '" + p + "'");
      }
    }
    return new PersonFacts(born, died, List.copyOf(active), prominence);
  }

  private static int year(String value, String key, String where) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      int y = Integer.parseInt(value.strip());
      if (y < -3000 || y > 3000) {
        throw new NumberFormatException();
      }
      return y;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": " + key + " must be a year, found '" + value + "'");
    }
  }

  /** Whether anything is known about when this person lived or acted. */
  public boolean dated() {
    return born != 0 || died != 0 || !active.isEmpty();
  }

  /**
   * How plausible a mention of this person is in a text of {@code year}, from 0 (impossible:
   * before the person could act) to 1 (in the news then): a person may be named after death, as
   * history, but far less often than while active.
   */
  public double fitIn(int year) {
    if (!dated()) {
      return 0.5;
    }
    for (int[] r : active) {
      if (year >= r[0] - 1 && year <= safeAdd(r[1], 1)) {
        return 1;
      }
    }
    if (born != 0 && year < born + 15) {
      return 0;
    }
    if (died != 0 && year > died) {
      return 0.1;
    }
    return active.isEmpty() ? 0.6 : 0.3;
  }

  /**
   * Whether the person had become known by {@code year}: not before the first year they were in
   * the news (or, without those years, before age 15). A surname alone means a famous person from
   * then on, also in history written decades later (<i>President Eisenhower</i> in 2013), but not
   * before (<i>Lawrence</i> in a 1913 paper is no T. E. Lawrence).
   */
  boolean famousBy(int year) {
    if (!active.isEmpty()) {
      return year >= active.get(0)[0] - 1;
    }
    return born == 0 || year >= born + 15;
  }

  /** The middle of the years this person was in the news, or 0 when unknown. */
  public int eraMiddle() {
    if (!active.isEmpty()) {
      int from = active.get(0)[0];
      int to = active.get(active.size() - 1)[1];
      if (to == Integer.MAX_VALUE) {
        to = Math.max(from, java.time.Year.now().getValue());
      }
      return (from + to) / 2;
    }
    if (born != 0) {
      return died != 0 ? (born + died) / 2 : born + 50;
    }
    return 0;
  }

  private static int safeAdd(int a, int b) {
    return a > Integer.MAX_VALUE - b ? Integer.MAX_VALUE : a + b;
  }
}
