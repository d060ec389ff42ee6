package dev.moniker.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names that meant another entity in some years (<i>era-names.tsv</i>): a bare <i>Korea</i> in
 * text of 1948 or later is South Korea, as the press of both Koreas' time writes it; before, the
 * one country. The entity is looked up by its canonical name in the dictionary in use; a
 * dictionary without it keeps the name's own entity.
 */
final class EraNames {

  private record Era(EntityType type, String canonical, int from, int to) {}

  private static final Map<String, List<Era>> ERAS = load();

  private final EntityDictionary dict;
  private final Map<String, Integer> resolved = new HashMap<>();

  EraNames(EntityDictionary dict) {
    this.dict = dict;
  }

  /** Whether the folded name's meaning depends on the year. */
  static boolean dependsOnYear(String folded) {
    return ERAS.containsKey(folded);
  }

  /** The entity the folded name meant in this year, or -1 for its own (or an undated text). */
  int meantIn(String folded, int year) {
    if (year == 0) {
      return -1;
    }
    for (Era e : ERAS.getOrDefault(folded, List.of())) {
      if (year >= e.from() && year <= e.to()) {
        return resolved.computeIfAbsent(e.type() + ":" + e.canonical(), k -> find(e));
      }
    }
    return -1;
  }

  private int find(Era e) {
    List<Entity> all = dict.entities();
    for (int i = 0; i < all.size(); i++) {
      Entity x = all.get(i);
      if (x.type() == e.type() && x.canonical().equals(e.canonical())) {
        return dict.ordinalOf(x);
      }
    }
    return -1;
  }

  private static Map<String, List<Era>> load() {
    Map<String, List<Era>> eras = new HashMap<>();
    for (String line : WordList.lines("/dev/moniker/entities/era-names.tsv")) {
      String[] c = line.split("\t");
      if (c.length < 4) {
        continue;
      }
      String[] years = c[3].strip().split("-", -1);
      int from = years[0].isBlank() ? Integer.MIN_VALUE : Integer.parseInt(years[0].strip());
      int to = years.length < 2 || years[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(years[1].strip());
      EntityType type = EntityType.valueOf(c[1].strip().toUpperCase(java.util.Locale.ROOT));
      eras.computeIfAbsent(Folding.fold(c[0].strip()), k -> new ArrayList<>()).add(new Era(type, c[2].strip(), from, to));
    }
    return Map.copyOf(eras);
  }
}
