package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * An unknown person named beside another person: news lists people together, and a name the
 * given-name list or the English word list would veto on its own is a name there. Three shapes:
 *
 * <ul>
 *   <li>an item of a list of people that goes on after a person named just before, with a comma
 *       and then <i>and</i> (<i>Congresswomen Rashida Tlaib, Ilhan Omar and Pramila Jayapal</i>:
 *       <i>Ilhan</i> is too rare a given name for the list of US births);
 *   <li>a name before <i>and</i> and a person (<i>Bob Doughty and Faith Lapidus</i>: <i>doughty</i>
 *       is an English word);
 *   <li>a given name alone before <i>and</i> and a person, sharing that person's family name
 *       (<i>Evelyn and Joseph Djoumessi</i> names Evelyn Djoumessi).
 * </ul>
 *
 * <p>The words of an item must still look like a name: capitalised, of letters, no title or
 * demonym, no place or body the dictionary lists, and a family name that is an English word only
 * after a given name from the list (<i>Bob Doughty</i>).
 */
final class ListedNameRule implements RecognitionRule {

  private final EntityDictionary dict;
  private final WesternNameRule western;

  ListedNameRule(EntityDictionary dict, WesternNameRule western) {
    this.dict = dict;
    this.western = western;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    if (c.queryMode() || words.size() < 2 || !c.first().latin() || !c.first().capitalized()) {
      return null;
    }
    if (words.get(1).folded().equals("and") && words.get(1).joinedToPrevious()) {
      return sharedFamilyName(c);
    }
    if (!words.get(1).joinedToPrevious() || !words.get(1).capitalized()
        || (words.size() > 2 && words.get(2).joinedToPrevious() && words.get(2).capitalized())) {
      return null;
    }
    boolean listGoesOn = c.context().listGoesOnAt(c.first())
        || (c.context().personEndsWith(c.previous()) && c.first().afterComma() && andFollows(words, 2));
    if (!listGoesOn && !andFollows(words, 2)) {
      return null; // the cheap tests first: most capitalised pairs are in no list
    }
    if (!namePart(words.get(0), true) || !namePart(words.get(1), false)
        || (dict.isEnglishWord(words.get(1).folded()) && !englishFamilyNameMayFollow(words.get(0), words.get(1)))
        || (!listGoesOn && personAfterAnd(c, 2) == null)) {
      return null;
    }
    Word family = words.get(1);
    Entity person = new Entity(EntityType.PERSON, givenForm(words.get(0)) + " " + form(family), "-", false);
    c.context().rememberUnknownPerson(family.folded(), person);
    return new Mention(2, person, Reason.GIVEN_NAME);
  }

  private static final Set<String> CALENDAR = WordList.load("calendar-words.txt");
  private static final Set<String> BEFORE_A_DATE = Set.of("of", "in", "on", "since", "until", "till", "by", "from",
      "during", "before", "after", "last", "next", "early", "late", "mid");

  /** "the 19th day of July and Thomas W. Wedding": a month after a preposition is a date, not a given name. */
  private static boolean dateAfterPreposition(Candidate c) {
    Word previous = c.previous();
    return previous != null && CALENDAR.contains(c.first().folded()) && BEFORE_A_DATE.contains(previous.folded());
  }

  /** "Evelyn and Joseph Djoumessi": a given name alone, then a person's given and family name. */
  private Mention sharedFamilyName(Candidate c) {
    Word given = c.first();
    if (!western.isGivenName(given) || (dict.isEnglishWord(given.folded()) && !western.isCommonGivenName(given))
        || dateAfterPreposition(c)) {
      return null;
    }
    Mention after = personAfterAnd(c, 1);
    if (after == null || after.words() < 2) {
      return null;
    }
    Word family = c.words().get(1 + after.words());
    if (WesternNameRule.isSuffix(family)) {
      family = c.words().get(after.words());
    }
    Entity person = new Entity(EntityType.PERSON, givenForm(given) + " " + form(family), "-", false);
    c.context().rememberUnknownPerson(family.folded(), person);
    return new Mention(1, person, Reason.GIVEN_NAME);
  }

  /**
   * "Bob Doughty": a family name that is an English word, after a given name from the list; not
   * after a famous surname (<i>Woodrow Wilson and Roosevelt Clubs</i>) nor as a plural noun.
   */
  private boolean englishFamilyNameMayFollow(Word given, Word family) {
    String f = family.folded();
    return western.isGivenName(given) && !western.famousSurname(given)
        && !(f.endsWith("s") && dict.isEnglishWord(f.substring(0, f.length() - 1)));
  }

  /** The unknown person in Western order named right after the "and" at {@code at}, or null. */
  private Mention personAfterAnd(Candidate c, int at) {
    List<Word> words = c.words();
    if (!andFollows(words, at)) {
      return null;
    }
    List<Word> rest = words.subList(at + 1, words.size());
    Mention m = western.match(new Candidate(rest, words.get(at), c.context(), c.queryMode()));
    return m != null && m != Mention.STOP && m.entity().type() == EntityType.PERSON ? m : null;
  }

  private static boolean andFollows(List<Word> words, int at) {
    return words.size() > at + 1 && words.get(at).folded().equals("and") && words.get(at).joinedToPrevious()
        && words.get(at + 1).joinedToPrevious() && words.get(at + 1).capitalized();
  }

  /** A word that may be part of a person's name here; a family name may not be a capitalised word of English. */
  private boolean namePart(Word w, boolean given) {
    String f = w.folded();
    if (!w.latin() || !w.capitalized() || w.initials() || w.possessive() && given || f.length() < 2
        || !f.chars().allMatch(Character::isLetter) || Titles.SET.contains(f)
        || WordList.FUNCTION_WORDS.contains(f) || !dict.demonymOf(f, 0).isEmpty()) {
      return false;
    }
    if (given) {
      return western.isGivenName(w) || (!dict.isEnglishWord(f) && !dict.isEnglishWord(w.original())
          && !dict.isSingleWordAlias(f));
    }
    return !dict.isSingleWordAlias(f) || !dict.withSurname(f).isEmpty();
  }

  private String givenForm(Word w) {
    String formal = dict.formalGivenName(w.folded());
    return formal != null ? formal : form(w);
  }

  private static String form(Word w) {
    String s = w.original();
    return w.hasLowercase() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
