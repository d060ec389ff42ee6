package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person written as initials and a surname, as newspapers name most people (<i>R.W. Hudson</i>,
 * <i>A. B. Houtz</i>, <i>Mrs. E.L. Hedgepeth</i>, <i>J.S. Porterfield Jr.</i>). The canonical form
 * keeps the initials, closed up (<i>A.B. Houtz</i>), since they are all the text says of the given
 * names; a married woman named by her husband's initials keeps her title (<i>Mrs. E.L.
 * Hedgepeth</i>), so husband and wife stay two people, and <i>Mr. and Mrs. E.L. Hedgepeth</i>
 * names both. Later mentions by surname alone link to it
 * through the text's memory of unknown people, as for {@link WesternNameRule}.
 *
 * <p>Not a person: letters that are an abbreviation the dictionary lists (<i>U.S. Senate</i>, read
 * first by {@link DictionaryRule}) or that are no one's initials ({@code initials-not-names.txt}:
 * <i>P.O. Box</i>, <i>9 A.M. Train</i>); a word for a kind of body or place after them (<i>K. U.
 * Cafe</i>); a common English word after three or more initials (<i>A.C. L. Train</i>, a
 * railway); initials after a capitalised given name, which {@link WesternNameRule} reads; and
 * initials that fit a known person of that surname (<i>F.D. Roosevelt</i>), which {@link
 * ShortMentionRule} links to that person.
 */
final class InitialsNameRule implements RecognitionRule {

  private static final Set<String> NOT_INITIALS = WordList.load("initials-not-names.txt");
  private static final Set<String> WIVES_TITLES = Set.of("mrs", "mme", "madame");
  private static final Set<String> HONORIFICS = WordList.load("personal-titles.txt");
  /** Words for kinds of bodies and places: "K. U. Cafe", "A. M. E. Church" are no one's names. */
  private static final Set<String> HEADS = WordList.NAME_HEADS;
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  /** Most initials before a surname that is also a common word: "B.B. King", not "A.C. L. Train". */
  private static final int MOST_INITIALS_BEFORE_WORD = 2;

  private final EntityDictionary dict;

  InitialsNameRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word previous = c.previous();
    if (!c.first().initials() || c.queryMode()
        || (c.first().original().equals("I") && !(afterPersonalTitle(previous) && words.size() > 1
            && words.get(1).initials() && words.get(1).marksBefore() == Word.PERIOD))) {
      return null; // "I, W.D. Covington": the pronoun, not an initial; "Mrs. I. B. Cogdell": one
    }
    if (previous != null && c.first().joinedToPrevious() && previous.capitalized()
        && dict.givenNameBirths(previous.folded()) >= WesternNameRule.MIN_BIRTHS
        && !Titles.SET.contains(previous.folded()) && !HONORIFICS.contains(previous.folded())) {
      return null; // "Wade H. Williams": the given name leads, another rule reads it
    }
    StringBuilder letters = new StringBuilder(4);
    int i = 0;
    while (i < words.size() && words.get(i).initials() && (i == 0 || words.get(i).gapBefore() == 2)) {
      letters.append(words.get(i).original().replace(".", ""));
      i++;
    }
    if (i >= words.size() || letters.length() > 4 || words.get(i).gapBefore() != 2) {
      return null; // an initial is followed by its period and one space
    }
    String folded = letters.toString().toLowerCase(Locale.ROOT);
    Word surname = words.get(i);
    boolean familyName = !c.first().afterComma() && !dict.isEnglishWord(surname.folded()) && !surname.shouting()
        && !dict.isSingleWordAlias(surname.folded()) && !HEADS.contains(surname.folded());
    if ((NOT_INITIALS.contains(folded) && !initialsLikeATime(folded, previous, familyName))
        || (abbreviatesCountryStateOrBody(folded) && !familyName)
        || (letters.length() == 1 && i == 1 && !afterPersonalTitle(previous) && !c.context().personEndsWith(previous)
            && !(afterLowercaseWord(previous) && !dict.isEnglishWord(surname.folded()))
            && !(afterLowercaseWord(previous) && (c.first().marksBefore() & Word.PERIOD) != 0 && surnameEndsClause(words, i)))) {
      return null; // "U. S. Senate", "P.O. Box" ("S. D. Gettig" is a man); a lone capital and a period may end a sentence ("Plan B. Smith"),
                   // but not in a list of people ("E. B. Dicker, J. Underwood") nor after a lower-case word
                   // before a family name that is no word ("signed by J. Cunningham"), nor when it starts the
                   // sentence before a name and a comma ("cut on leg. A. Sanders, slightly bruised")
    }
    if (!looksLikeSurname(surname) || HEADS.contains(surname.folded())
        || (dict.isEnglishWord(surname.folded()) && letters.length() > MOST_INITIALS_BEFORE_WORD)) {
      return null;
    }
    String middle = "";
    if (i + 1 < words.size() && goesOnWithFamilyName(words.get(i + 1))) {
      middle = surnameForm(surname) + " "; // "U. Alexis Johnson", "Mrs. W. G. Langworthy Taylor": the last word is the family name
      i++;
      surname = words.get(i);
    }
    List<Integer> fitting = knownPeopleFitting(letters.toString(), surname, c.context().year());
    if (fitting.size() == 1) {
      return new Mention(i + 1, dict.entity(fitting.get(0)), Reason.SHORT_MENTION); // "C. W. Nimitz"
    }
    if (!fitting.isEmpty()) {
      return Mention.ambiguous(i + 1);
    }
    int n = i + 1;
    String suffix = "";
    if (n < words.size() && words.get(n).joinedToPrevious() && SUFFIXES.contains(words.get(n).folded())) {
      suffix = " " + suffixForm(words.get(n).folded());
      n++;
    }
    boolean wife = previous != null && WIVES_TITLES.contains(previous.folded());
    String name = initialsForm(letters) + " " + middle + surnameForm(surname) + suffix;
    Entity person = new Entity(EntityType.PERSON, wife ? "Mrs. " + name : name, "-", false);
    if (wife && "and".equals(c.beforePrevious()) && !c.context().lastMentionWasPerson()) {
      // "Mr. and Mrs. H. H. McCrain": the husband, whose initials these are, and his wife (not
      // "J.W. Hedgepeth and Mrs. E.L. Hedgepeth", another person before "and")
      Entity husband = new Entity(EntityType.PERSON, name, "-", false);
      c.context().rememberUnknownPerson(surname.folded(), husband);
      return new Mention(n, husband, Reason.INITIALS, List.of(person));
    }
    c.context().rememberUnknownPerson(surname.folded(), person);
    return new Mention(n, person, Reason.INITIALS);
  }

  /** A lower-case word of letters right before: running text, where a lone initial is no sentence's end. */
  private static boolean afterLowercaseWord(Word previous) {
    if (previous == null || previous.original().isEmpty()) {
      return false;
    }
    char first = previous.original().charAt(0);
    return first >= 'a' && first <= 'z' && previous.original().chars().allMatch(Character::isLetter)
        && previous.original().length() > 1;
  }

  /**
   * Whether a capitalised word joined to the would-be family name is the family name instead: a
   * word that is no English word, kind of place or body, function word or known name of a place
   * or body (<i>R.B. McDonald Grand Jury</i> stops at McDonald).
   */
  private boolean goesOnWithFamilyName(Word next) {
    String f = next.folded();
    if (!next.joinedToPrevious() || next.marksBefore() != 0 || !looksLikeSurname(next) || next.shouting()
        || HEADS.contains(f) || SUFFIXES.contains(f) || dict.isEnglishWord(f) || WordList.FUNCTION_WORDS.contains(f)) {
      return false;
    }
    for (EntityDictionary.Alias a : dict.singleWordAliases(f)) {
      EntityType type = dict.entity(a.entity()).type();
      String kind = dict.placeFactsOf(a.entity()).kind();
      if (type == EntityType.ORG || (type == EntityType.PLACE && !kind.equals("city") && !kind.equals("town"))) {
        return false; // a town's name may be a family name (Taylor, Texas)
      }
    }
    return true;
  }


  /** "U. S.", "N. C.", "S. P.": letters a country, state or body is spelled with; "W. A." (Wa, a town) is no such. */
  private boolean abbreviatesCountryStateOrBody(String folded) {
    for (EntityDictionary.Alias a : dict.singleWordAliases(folded)) {
      String kind = dict.placeFactsOf(a.entity()).kind();
      if (dict.entity(a.entity()).type() == EntityType.ORG || kind.equals("country") || kind.equals("admin1")
          || kind.equals("historical-country")) {
        return true;
      }
    }
    return false;
  }

  private static boolean afterPersonalTitle(Word previous) {
    return previous != null && Titles.SET.contains(previous.folded());
  }

  /** The known people of this family name whose given names the initials fit. */
  private List<Integer> knownPeopleFitting(String letters, Word surname, int year) {
    List<Integer> fitting = new java.util.ArrayList<>(2);
    for (int ordinal : dict.withSurname(surname.folded())) {
      PersonFacts facts = dict.factsOf(ordinal);
      if (year != 0 && ((facts.died() != 0 && facts.died() < year - 1) || !facts.famousBy(year))) {
        continue; // initials and a family name write of people in the news then: "Premier Y. S. Sun" in 1978 is no Sun Yat-sen
      }
      if (ShortMentionRule.initialsFit(letters, dict.entity(ordinal))) {
        fitting.add(ordinal);
      }
    }
    return fitting;
  }

  private static boolean looksLikeSurname(Word w) {
    String f = w.folded();
    if (!w.latin() || !w.capitalized() || f.length() < 2 || WordList.FUNCTION_WORDS.contains(f)
        || HONORIFICS.contains(f) || SUFFIXES.contains(f)) {
      return false; // "King" may be a surname after initials (B.B. King); "Mr" may not
    }
    return f.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'');
  }

  private static String initialsForm(CharSequence letters) {
    StringBuilder out = new StringBuilder(letters.length() * 2);
    for (int k = 0; k < letters.length(); k++) {
      out.append(letters.charAt(k)).append('.');
    }
    return out.toString();
  }

  private static String surnameForm(Word w) {
    String s = w.original();
    return w.hasLowercase() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }

  private static String suffixForm(String folded) {
    return switch (folded) {
      case "jr" -> "Jr.";
      case "sr" -> "Sr.";
      default -> folded.toUpperCase(Locale.ROOT);
    };
  }

  /** The letters of a time of day, which are a man's initials too: "A. M. Burney", not "9 A. M. Train". */
  private static final Set<String> TIMES = Set.of("am", "pm");

  /**
   * Whether letters that read as a time (<i>A. M.</i>) are a person's initials here: not after a
   * number, and before a family name that is no English word (<i>managed by A. M. Burney</i>).
   */
  private static boolean initialsLikeATime(String folded, Word previous, boolean familyName) {
    return TIMES.contains(folded) && familyName
        && (previous == null || previous.original().isEmpty() || !Character.isDigit(previous.original().charAt(0)))
        && (previous == null || !"o'clock".equals(previous.folded()));
  }

  /** Whether the family name at {@code at} ends the clause: a comma or nothing capitalised after it. */
  private static boolean surnameEndsClause(List<Word> words, int at) {
    return at + 1 >= words.size() || words.get(at + 1).afterComma() || !words.get(at + 1).capitalized();
  }
}
