package dev.moniker.entities;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a title of office before a family name alone fits a known bearer of that name, by the
 * dictionary's note on what the person was: <i>Senator Wilson</i> in 1913 is no Woodrow Wilson
 * (president), <i>Sen. Baldwin</i> no Stanley Baldwin (prime minister), <i>General Hull</i> no
 * Cordell Hull (secretary of state), <i>Secretary Clinton</i> in 2010 no Bill Clinton. Only titles of offices many hold (legislators, governors,
 * mayors, judges, officers), and only people whose note says what they were: a person without a
 * note fits every title.
 */
final class TitleOffice {

  /** Words of a note that fit each kind of title. Military titles also fit rulers (General Franco). */
  private static final List<String> LEGISLATOR = List.of("senator", "senate");
  private static final List<String> REPRESENTATIVE = List.of("representative", "congressman", "congresswoman", "congress", "house");
  private static final List<String> GOVERNOR = List.of("governor");
  private static final List<String> MAYOR = List.of("mayor");
  private static final List<String> JUDGE = List.of("judge", "justice", "court");
  private static final List<String> SECRETARY = List.of("secretary");
  private static final List<String> OFFICER = List.of("general", "admiral", "army", "navy", "military", "commander",
      "fleet", "officer", "soldier", "forces", "marine", "marines", "war", "president", "dictator", "leader", "ruler",
      "junta", "coup", "head");

  private static final Map<String, List<String>> FITTING = Map.ofEntries(
      Map.entry("senator", LEGISLATOR), Map.entry("sen", LEGISLATOR), Map.entry("senators", LEGISLATOR),
      Map.entry("sens", LEGISLATOR),
      Map.entry("representative", REPRESENTATIVE), Map.entry("rep", REPRESENTATIVE),
      Map.entry("congressman", REPRESENTATIVE), Map.entry("congresswoman", REPRESENTATIVE),
      Map.entry("governor", GOVERNOR), Map.entry("gov", GOVERNOR),
      Map.entry("mayor", MAYOR),
      Map.entry("judge", JUDGE),
      Map.entry("secretary", SECRETARY), Map.entry("secretaries", SECRETARY),
      Map.entry("general", OFFICER), Map.entry("gen", OFFICER), Map.entry("admiral", OFFICER), Map.entry("adm", OFFICER),
      Map.entry("colonel", OFFICER), Map.entry("col", OFFICER));

  private TitleOffice() {}

  /** Whether the title (folded) before the name is one this check knows. */
  static boolean checks(Word title) {
    return title != null && FITTING.containsKey(title.folded());
  }

  /** Whether the person, by the dictionary's note, may bear the title; true without a note. */
  static boolean fits(Word title, String note) {
    List<String> words = title == null ? null : FITTING.get(title.folded());
    if (words == null || note == null || note.isBlank()) {
      return true;
    }
    Set<String> said = new HashSet<>(Arrays.asList(note.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
    for (String w : words) {
      if (said.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
