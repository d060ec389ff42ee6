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

  /**
   * How large a share of the first formal name's births a formal name of the other sex must have
   * to make a nickname a man's and a woman's name at once (<i>Pat</i>: Patricia and Patrick).
   */
  static final int OTHER_SEX_SHARE = 10;

  private static final Map<String, Integer> BIRTHS = new HashMap<>(40_000);
  private static final Map<String, String> SEX = new HashMap<>(40_000);
  private static final Map<String, String> FORMAL = new HashMap<>(2_000);

  static {
    for (String line : WordList.lines("/dev/moniker/world/given-names.tsv")) {
      String[] c = line.split("\t");
      if (c.length >= 3) {
        BIRTHS.put(Folding.fold(c[0]), Integer.parseInt(c[2].strip()));
        SEX.put(Folding.fold(c[0]), c[1].strip());
      }
    }
    for (String line : WordList.lines("/dev/moniker/world/nicknames.tsv")) {
      String[] c = line.split("\t");
      if (c.length >= 2) {
        String nick = Folding.fold(c[0]);
        String[] formals = c[1].split("\\|");
        String formal = formalOfSex(formals, SEX.get(nick));
        if (formal != null && (!shortForm(nick, Folding.fold(formal)) || rivalFormal(formals, formal))) {
          formal = null;
        }
        if (formal == null) {
          FORMAL.put(nick, c[0].strip()); // still a given name, its own formal form (Steph Curry)
          continue;
        }
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

  static {
    GivenNameAbbreviations.FORMAL.forEach((written, formal) -> FORMAL.put(Folding.fold(written), formal)); // Wm. -> William
  }

  private GivenNames() {}

  /**
   * The formal name a nickname stands for: the most given of its formal names of the nickname's
   * own sex, where the nickname is itself given mostly to one sex (<i>Reggie</i> is Reginald, not
   * Regina; <i>Marty</i> Martin, not Martha); else the most given, unless the nickname's formal
   * names are a man's and a woman's, each given often (<i>Pat</i>, <i>Chris</i>, <i>Terry</i>):
   * which one a person's is cannot be told from the name, so Senator Pat Toomey must not become
   * Patricia Toomey, and the nickname stays itself (null).
   */
  private static String formalOfSex(String[] formals, String nickSex) {
    if ("M".equals(nickSex) || "F".equals(nickSex)) {
      for (String f : formals) {
        String sex = SEX.get(Folding.fold(f.strip()));
        if (nickSex.equals(sex) || "MF".equals(sex)) {
          return f.strip();
        }
      }
    }
    return bothSexes(formals) ? null : formals[0].strip();
  }

  /**
   * Whether a nickname can be a short form of the formal name: no longer than it, or the formal
   * name with a pet ending (<i>Johnny</i>, <i>Annie</i>). The list, inverted from a formal-to-nickname
   * table, also pairs full names with shorter ones: <i>Caroline</i> with Carol, <i>Anthony</i> with
   * Tony; a Caroline Kennedy must not become Carol Kennedy.
   */
  static boolean shortForm(String nick, String formal) {
    if (nick.length() <= formal.length()) {
      return true;
    }
    String ending = nick.substring(formal.length());
    return nick.startsWith(formal) && ending.length() <= 3
        && (ending.endsWith("y") || ending.endsWith("ie") || ending.endsWith("ey"));
  }

  /**
   * Whether another formal name of the chosen one's sex, not a spelling of the same name, is given
   * at least a third as often: then the nickname does not tell which (<i>Al</i>: Albert, Alan,
   * Alexander, Alfred), and it stays itself rather than make an Allen Chen an Alexander Chen.
   */
  private static boolean rivalFormal(String[] formals, String chosen) {
    String key = Folding.fold(chosen);
    int chosenBirths = births(key);
    String sex = SEX.get(key);
    for (String f : formals) {
      String other = Folding.fold(f.strip());
      if (!other.equals(key) && !sameStart(other, key) && births(other) * OWN_NAME_RATIO >= chosenBirths
          && (sex == null || sex.equals(SEX.get(other)) || "MF".equals(SEX.get(other)))) {
        return true;
      }
    }
    return false;
  }

  /** Spellings of one name (<i>Steven</i>, <i>Stephen</i>) start alike; rivals do not (Albert, Alan). */
  private static boolean sameStart(String a, String b) {
    return a.length() >= 3 && b.length() >= 3 && a.regionMatches(0, b, 0, 3);
  }

  private static boolean bothSexes(String[] formals) {
    Integer first = BIRTHS.get(Folding.fold(formals[0].strip()));
    String sex = SEX.get(Folding.fold(formals[0].strip()));
    if (first == null || sex == null) {
      return false;
    }
    for (String f : formals) {
      String key = Folding.fold(f.strip());
      Integer births = BIRTHS.get(key);
      String other = SEX.get(key);
      if (births != null && other != null && births * OTHER_SEX_SHARE >= first
          && (!other.equals(sex) || "MF".equals(other))) {
        return true;
      }
    }
    return false;
  }

  /** "M" or "F" (at least 90% of its births), else "MF", for a folded given name; null for none. */
  static String sex(String folded) {
    return SEX.get(folded);
  }

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
