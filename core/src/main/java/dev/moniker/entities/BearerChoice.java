package dev.moniker.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses which of several known entities a name means, as entity linkers do: each candidate's
 * prior (a person's prominence: how often the name alone means them; a place's kind and size)
 * weighed by how plausible it is in the article's year (see {@link PersonFacts#fitIn}; for a text
 * without a date, the era of the other people it names) and by coherence: a place or body of a
 * country the article already named counts {@link #SAME_COUNTRY} times, and a city or town of a
 * state it named {@link #SAME_DIVISION} times more; a state beside a city of its name in its own
 * country counts {@link #STATE_BESIDE_ITS_CITY} times less. The winner must beat the
 * runner-up by {@link #MARGIN}; otherwise nobody is chosen, because an unlinked mention costs
 * recall and a wrong link costs trust.
 */
final class BearerChoice {

  /** How many times more likely the chosen bearer must be than the next. */
  static final double MARGIN = 2.0;

  /** Weight of a place or organisation in a country the text has named. */
  static final double SAME_COUNTRY = 3.0;

  /** Further weight of a city or town in a state (ISO 3166-2 division) the text has named. */
  static final double SAME_DIVISION = 15.0;

  /** Weight of a place the text already named (its place of publication among them). */
  static final double NAMED_BEFORE = 10.0;

  private BearerChoice() {}

  /** A person's prominence on the places' scale of inhabitants, for the rare name both share. */
  private static final double PERSON_SCALE = 1_000_000;

  private static double score(int ordinal, EntityDictionary dict, TextContext context, int year, String sharedState) {
    if (dict.entity(ordinal).type() == EntityType.PERSON) {
      PersonFacts f = dict.factsOf(ordinal);
      return f.prominence() * PERSON_SCALE * (year == 0 ? 1 : f.fitIn(year));
    }
    PlaceFacts p = dict.placeFactsOf(ordinal);
    double coherence = !p.country().isEmpty() && context.namesCountry(p.country()) ? SAME_COUNTRY : 1;
    if (!p.division().isEmpty() && p.division().indexOf('-') > 0 && context.namesCountry(p.division())
        && !"admin1".equals(p.kind())) {
      coherence *= SAME_DIVISION; // Lumberton after "N.C." is Lumberton, North Carolina
    } else if (p.division().equals(sharedState)) {
      coherence *= SAME_DIVISION; // "near Fairmont" ... "in Lumberton": both can only be in North Carolina
    }
    if (context.named(ordinal)) {
      coherence *= NAMED_BEFORE; // one sense per text: "Eureka, Cal." ... "Mrs. Gregory of Eureka"
    }
    return p.prior() * p.fitIn(year) * coherence;
  }

  /** Most namesake towns a name may have for its states to be compared with another's. */
  static final int MAX_NAMESAKES = 4;

  /**
   * The states (ISO 3166-2) of the candidates when all are cities or towns in states, at most
   * {@link #MAX_NAMESAKES} of them (a name of many namesakes shares a state with anything); else null.
   */
  private static Set<String> townStates(List<Integer> candidates, EntityDictionary dict) {
    if (candidates.size() > MAX_NAMESAKES) {
      return null;
    }
    Set<String> states = new HashSet<>();
    for (int o : candidates) {
      if (dict.entity(o).type() != EntityType.PLACE) {
        return null;
      }
      PlaceFacts p = dict.placeFactsOf(o);
      if (!(p.town() || "city".equals(p.kind())) || p.division().indexOf('-') < 0) {
        return null;
      }
      states.add(p.division());
    }
    return states;
  }

  /**
   * The one state that these namesake towns and a town's name left unlinked earlier in the text
   * can share, or null: a story that names Fairmont (West Virginia, Minnesota or North Carolina)
   * and Lumberton (North Carolina or Texas) is about North Carolina. Co-occurring places are near
   * each other, as toponym resolvers assume; only names of few namesakes take part.
   */
  private static String stateSharedWithUnlinkedTown(List<Integer> candidates, EntityDictionary dict, TextContext context) {
    Set<String> states = candidates.size() > 1 ? townStates(candidates, dict) : null;
    if (states == null) {
      return null;
    }
    String shared = null;
    for (String s : states) {
      if (context.unresolvedTownMayBeIn(s)) {
        if (shared != null) {
          return null;
        }
        shared = s;
      }
    }
    return shared;
  }

  /**
   * How much less a first-level division counts beside a city of its own name in the same country:
   * papers write <i>Kano State</i> for the state and <i>Kano</i> for the city.
   */
  static final double STATE_BESIDE_ITS_CITY = 10.0;

  /**
   * Whether the dictionary gave the state the plain name and its city a longer one (<i>Okinawa</i>
   * and <i>Okinawa City</i>): the bare name is the state's, as the curated entry says.
   */
  private static boolean keepsThePlainName(Entity state, Entity city) {
    return city.canonical().startsWith(state.canonical() + " ") && !state.canonical().contains(",");
  }

  private static void namesakeStatesGiveWay(List<double[]> scored, EntityDictionary dict) {
    for (double[] state : scored) {
      PlaceFacts s = dict.entity((int) state[0]).type() == EntityType.PLACE ? dict.placeFactsOf((int) state[0]) : null;
      if (s == null || !"admin1".equals(s.kind()) || s.country().isEmpty()) {
        continue;
      }
      for (double[] other : scored) {
        PlaceFacts o = dict.entity((int) other[0]).type() == EntityType.PLACE ? dict.placeFactsOf((int) other[0]) : null;
        if (o != null && "city".equals(o.kind()) && s.country().equals(o.country())
            && !keepsThePlainName(dict.entity((int) state[0]), dict.entity((int) other[0]))) {
          state[1] /= STATE_BESIDE_ITS_CITY;
          break;
        }
      }
    }
  }

  /**
   * The chosen entity ordinal, or -1; when several fit and none wins, the context notes the
   * abstention for {@code moniker analyze}.
   */
  /** What {@link #choose} answers when no candidate fits at all (below zero, as any no-choice). */
  static final int NONE_FITS = -2;

  static int choose(List<Integer> candidates, EntityDictionary dict, TextContext context) {
    if (candidates.isEmpty()) {
      return -1;
    }
    int year = context.yearForLinking();
    String sharedState = stateSharedWithUnlinkedTown(candidates, dict, context);
    List<double[]> scored = new ArrayList<>(candidates.size());
    for (int ordinal : candidates) {
      scored.add(new double[] {ordinal, score(ordinal, dict, context, year, sharedState)});
    }
    namesakeStatesGiveWay(scored, dict);
    scored.sort(Comparator.comparingDouble((double[] s) -> s[1]).reversed());
    double best = scored.get(0)[1];
    double next = scored.size() > 1 ? scored.get(1)[1] : 0;
    if (best > 0 && best >= MARGIN * next) {
      return (int) scored.get(0)[0];
    }
    if (best <= 0) {
      return NONE_FITS; // nobody of the name fits the text (its year): not a choice left open
    }
    if (candidates.size() > 1) {
      Set<String> states = townStates(candidates, dict);
      if (states != null) {
        context.rememberUnresolvedTown(states);
      }
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
