package dev.moniker.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses which of several known people a name means, as entity linkers do: each candidate's
 * prior (prominence: how often the name alone means them) weighed by how plausible they are in
 * the article's year (see {@link PersonFacts#fitIn}), or, for a text without a date, in the era of
 * the other people it names. The winner must beat the runner-up by {@link #MARGIN}; otherwise
 * nobody is chosen, because an unlinked mention costs recall and a wrong link costs trust.
 */
final class BearerChoice {

  /** How many times more likely the chosen bearer must be than the next. */
  static final double MARGIN = 2.0;

  private BearerChoice() {}

  /**
   * The chosen entity ordinal, or -1; when several fit and none wins, the context notes the
   * abstention for {@code moniker analyze}.
   */
  static int choose(List<Integer> candidates, EntityDictionary dict, TextContext context) {
    if (candidates.isEmpty()) {
      return -1;
    }
    int year = context.yearForLinking();
    List<double[]> scored = new ArrayList<>(candidates.size());
    for (int ordinal : candidates) {
      PersonFacts f = dict.factsOf(ordinal);
      double fit = year == 0 ? 1 : f.fitIn(year);
      scored.add(new double[] {ordinal, f.prominence() * fit});
    }
    scored.sort(Comparator.comparingDouble((double[] s) -> s[1]).reversed());
    double best = scored.get(0)[1];
    double next = scored.size() > 1 ? scored.get(1)[1] : 0;
    if (best > 0 && best >= MARGIN * next) {
      return (int) scored.get(0)[0];
    }
    if (candidates.size() > 1) {
      List<Entity> fitting = new ArrayList<>();
      for (double[] s : scored) {
        if (s[1] > 0) {
          fitting.add(dict.entity((int) s[0]));
        }
      }
      context.abstain(fitting);
    }
    return -1;
  }
}
