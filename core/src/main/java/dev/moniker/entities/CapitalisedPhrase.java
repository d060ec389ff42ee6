package dev.moniker.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A run of capitalised words that may name something (<i>Allegheny County Sanitary Authority</i>,
 * <i>University of Iowa</i>): joined words, each capitalised, with the lower-case connectors
 * {@code of}, {@code and}, {@code for}, {@code the} and {@code on}, an ampersand and a plural's
 * apostrophe (<i>Workers' Party</i>, where the text's punctuation was seen) allowed inside. What
 * the organisation and place shape rules read.
 */
final class CapitalisedPhrase {

  /** Longest phrase read, in words. */
  static final int MAX_WORDS = 7;

  private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "the", "on", "de", "du");

  /**
   * A country's missions abroad, named by where they are, with "in": <i>the Embassy in Korea</i>,
   * <i>the Consulate in Hong Kong</i>, as the State Department's documents head their telegrams.
   */
  static final Set<String> POSTS_ABROAD = Set.of("embassy", "consulate", "legation");

  /** Whether the word at {@code i} is the "in" of a mission's name: <i>Embassy in</i> Korea. */
  static boolean postAbroadIn(List<Word> words, int i) {
    return words.get(i).original().equals("in") && i == 1 && words.get(0).capitalized()
        && POSTS_ABROAD.contains(words.get(0).folded());
  }
  /** Title words that are also parts of names of bodies (<i>Ohio State University</i>). */
  private static final Set<String> DEPARTMENTS =
      Set.of("state", "defense", "defence", "treasury", "interior", "commerce", "labor", "navy", "justice");

  private CapitalisedPhrase() {}

  /** How many words from the first make one capitalised phrase (connectors never last). */
  /** Plurals of people whose possessive is inside a body's name (<i>Rocky Mountain Hotel Men's Association</i>). */
  private static final java.util.Set<String> PLURAL_PEOPLE = java.util.Set.of("men", "women", "children", "people");

  static int length(List<Word> words) {
    int n = 0;
    int lastCapital = 0;
    for (int i = 0; i < Math.min(MAX_WORDS, words.size()); i++) {
      Word w = words.get(i);
      if (i > 0 && !w.joinedToPrevious() && !w.afterAmpersand() && !w.afterPluralPossessive(words.get(i - 1))
          && !(words.get(i - 1).initials() && w.continuesName(words.get(i - 1)))) {
        break; // but initials and their period go on: "J. S. Kemp Manufacturing Company"
      }
      if (i > 0 && w.capitalized() && WordList.FUNCTION_WORDS.contains(w.folded())) {
        break; // "Man In Park": a headline in title case, not a name
      }
      if (w.capitalized() && w.latin()) {
        n = i + 1;
        lastCapital = n;
        if (w.possessive() && !PLURAL_PEOPLE.contains(w.folded())) {
          break; // "the Justice Department's Environment ... Division": the owner's name ends here
        } // but "Hotel Men's Association", "People's Party" go on
      } else if (i > 0 && (CONNECTORS.contains(w.folded()) || postAbroadIn(words, i))) {
        n = i + 1;
      } else {
        break;
      }
    }
    return lastCapital;
  }

  /**
   * Whether the first {@code end} words join their capitalised words with "and" only: a name
   * that ends in its kind (<i>Environment and Natural Resources Division</i>) has no "of" inside,
   * which would make it a phrase about something (<i>Aides of the ... Council</i>).
   */
  static boolean onlyAndInside(List<Word> words, int end) {
    for (int i = 1; i < end; i++) {
      if (isConnector(words.get(i)) && !words.get(i).folded().equals("and")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether "and" joins two of the first {@code end} words: bodies are named so (<i>Mechanics and
   * Traders Insurance Company</i>), places join two names so (<i>the South Pole and New York
   * City</i> is two places).
   */
  static boolean hasAnd(List<Word> words, int end) {
    for (int i = 1; i < end; i++) {
      if (words.get(i).folded().equals("and")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is a title, not a department's name that titles use (<i>State</i>). */
  static boolean isTitle(Word w) {
    return Titles.SET.contains(w.folded()) && !DEPARTMENTS.contains(w.folded());
  }

  /**
   * Where a name of the shape <i>Board of Health</i> ends, from the word after "of": capitalised
   * words, joined by "and" or "of" only where a capitalised word follows that is no start of a
   * second name (<i>Department of Health and Human Services</i>; not <i>Board of Health and the
   * Senate ...</i>).
   */
  static int endAfterOf(EntityDictionary dict, List<Word> words, int afterOf, int n) {
    int end = afterOf;
    while (end < n) {
      Word w = words.get(end);
      if (end > afterOf && endsWithAPersonsName(dict, words, end, n)) {
        break; // "the Department of Sanitation Kathryn Garcia": the body, then its head's name
      }
      if (w.capitalized() && !isConnector(w)) {
        end++;
      } else if ((w.folded().equals("and") || w.folded().equals("of")) && end + 1 < n
          && words.get(end + 1).capitalized() && !isConnector(words.get(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    while (end > afterOf && isConnector(words.get(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Whether the capitalised run ends, from {@code at}, in a person's given name and family name: a
   * frequent given name that is no English word or place, then one more capitalised word.
   */
  private static boolean endsWithAPersonsName(EntityDictionary dict, List<Word> words, int at, int n) {
    if (at + 2 < n) {
      return false;
    }
    Word given = words.get(at);
    if (at + 1 < words.size()) {
      Word family = words.get(at + 1);
      boolean runEnds = at + 2 == words.size() || !words.get(at + 2).joinedToPrevious() || !words.get(at + 2).capitalized();
      if (!runEnds || !family.capitalized() || isConnector(family) || !family.joinedToPrevious()) {
        return false;
      }
    } // else the words read ahead end with the given name: the family name would be the next
    return given.capitalized()
        && dict.givenNameBirths(given.folded()) >= WesternNameRule.COMMON_GIVEN_NAME
        && !dict.isEnglishWord(given.folded()) && !dict.isSingleWordAlias(given.folded());
  }

  /** Whether a title stands among the first {@code end} words: "South Korean President Park". */
  static boolean hasTitle(List<Word> words, int end) {
    for (int i = 0; i < end; i++) {
      String f = words.get(i).folded();
      if (Titles.SET.contains(f) && !DEPARTMENTS.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the first {@code end} words is no common English word: a name has a proper part
   * (<i>Allegheny County</i>); <i>Police Department</i> or <i>Middle District</i> describe. Words
   * joined by an ampersand are a firm's names (<i>Delta &amp; Pine Land Company</i>).
   */
  static boolean hasProperWord(EntityDictionary dict, List<Word> words, int end) {
    for (int i = 0; i < end; i++) {
      Word w = words.get(i);
      if (!isConnector(w) && (!dict.isEnglishWord(w.folded()) || (i > 0 && w.afterAmpersand()))) {
        return true;
      }
    }
    return false;
  }

  static boolean isConnector(Word w) {
    return CONNECTORS.contains(w.folded());
  }

  /**
   * The phrase as a name: its words as written; a phrase in capitals throughout (a headline's) in
   * title case, but an abbreviation among written words stays one (<i>IAEA Board of Governors</i>).
   */
  static String name(List<Word> words, int from, int to) {
    boolean allCapitals = true;
    for (int i = from; i < to; i++) {
      if (!isConnector(words.get(i)) && words.get(i).hasLowercase()) {
        allCapitals = false; // "IAEA Board of Governors": an abbreviation among words, kept as written
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      Word w = words.get(i);
      boolean afterInitials = i > from && words.get(i - 1).initials();
      if (i > from && !(afterInitials && w.initials())) {
        sb.append(w.afterAmpersand() ? " & " : w.afterPluralPossessive(words.get(i - 1)) ? "' " : " ");
      }
      String o = w.original();
      if (w.initials() && !o.endsWith(".")) {
        sb.append(o).append('.'); // "J. S. Kemp Manufacturing Company" is J.S. Kemp's, as his name is written
        continue;
      }
      if (allCapitals && w.shouting() && o.length() > 3 && !isConnector(w)) {
        o = o.charAt(0) + o.substring(1).toLowerCase(Locale.ROOT);
      } else if (isConnector(w) || postAbroadIn(words.subList(from, to), i - from)) {
        o = o.toLowerCase(Locale.ROOT); // "Embassy in Korea"
      } else if (i > from && !w.capitalized() && !o.isEmpty()) {
        o = Character.toUpperCase(o.charAt(0)) + o.substring(1); // "Robeson county" is Robeson County
      }
      sb.append(o);
      if (w.possessive() && i + 1 < to && PLURAL_PEOPLE.contains(w.folded())) {
        sb.append("'s"); // "Women's Christian Temperance Union"
      }
    }
    return sb.toString();
  }
}
