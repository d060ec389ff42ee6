package dev.moniker.entities;

import java.util.HashMap;
import java.util.Map;

/**
 * Given names with their US births (SSA), and nicknames with their formal names: read on first
 * use, once per process.
 */
final class GivenNames {

  /** How many times more often the formal name must be given than a nickname that is also a name of its own. */
  static final int OWN_NAME_RATIO = 3;

  private static final Map<String, Integer> BIRTHS = new HashMap<>(40_000);
  private static final Map<String, String> FORMAL = new HashMap<>(2_000);

  static {
    for (String line : WordList.lines("/dev/moniker/world/given-names.tsv")) {
      String[] c = line.split("\t");
      if (c.length >= 3) {
        BIRTHS.put(Folding.fold(c[0]), Integer.parseInt(c[2].strip()));
      }
    }
    for (String line : WordList.lines("/dev/moniker/world/nicknames.tsv")) {
      String[] c = line.split("\t");
      if (c.length >= 2) {
        String nick = Folding.fold(c[0]);
        String formal = c[1].split("\\|")[0].strip();
        Integer nickBirths = BIRTHS.get(nick);
        Integer formalBirths = BIRTHS.get(Folding.fold(formal));
        // Henry is no nickname of Harry: a name more common than its "formal" form stays itself;
        // so does one given nearly as often (under a third as often as the formal name) as a name
        // of its own: the list pairs Peter with Patrick, Fred with Willie, Erin with Aaron, and a
        // Peter Smith must not become Patrick Smith's facet value
        if (nickBirths == null || (formalBirths != null && formalBirths >= OWN_NAME_RATIO * nickBirths)) {
          FORMAL.put(nick, formal);
        }
      }
    }
  }

  private GivenNames() {}

  /** US births of a given name, by its folded form; 0 for a name nobody is given. */
  static int births(String folded) {
    Integer b = BIRTHS.get(folded);
    return b == null ? 0 : b;
  }

  /** The formal given name a nickname stands for ({@code bobby} → Robert), or null. */
  static String formal(String folded) {
    return FORMAL.get(folded);
  }
}
