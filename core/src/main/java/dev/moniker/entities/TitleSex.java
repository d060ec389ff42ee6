package dev.moniker.entities;

import java.util.Set;

/**
 * The sex a personal title says (<i>Mrs.</i>, <i>Miss</i>: a woman; <i>Mr.</i>: a man), checked
 * against the given name of the person a family name alone would link to: <i>Moss Cogdell</i> ...
 * <i>Mrs. Cogdell</i> is his mother, not him. Only titles that say it; a given name given to both
 * sexes (<i>MF</i>) contradicts nothing.
 */
final class TitleSex {

  private static final Set<String> WOMEN = Set.of("mrs", "miss", "ms", "madame", "mme", "madam", "lady", "dame");
  private static final Set<String> MEN = Set.of("mr", "messrs", "sir", "lord");

  private TitleSex() {}

  /** Whether the word is a title that says a sex. */
  static boolean says(Word title) {
    return title != null && (WOMEN.contains(title.folded()) || MEN.contains(title.folded()));
  }

  /** Whether the title before the family name says another sex than the person's given name. */
  static boolean contradicts(Word title, Entity person) {
    if (title == null || !person.lang().equals("-")) {
      return false;
    }
    String said = WOMEN.contains(title.folded()) ? "F" : MEN.contains(title.folded()) ? "M" : null;
    if (said == null) {
      return false;
    }
    String canonical = person.canonical();
    if (canonical.startsWith("Mrs. ")) {
      // "Mr. and Mrs. John McAdam ... Mr. McAdam", "... Miss McAdam": the husband, a daughter
      return !title.folded().equals("mrs");
    }
    int space = canonical.indexOf(' ');
    if (space <= 0) {
      return false;
    }
    String sex = GivenNames.sex(Folding.fold(canonical.substring(0, space)));
    return sex != null && !sex.equals("MF") && !sex.equals(said);
  }
}
