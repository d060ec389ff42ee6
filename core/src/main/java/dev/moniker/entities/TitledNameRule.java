package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person nobody listed, named in full after a title: <i>Vice President Kalonzo Musyoka</i>,
 * <i>Sheriff Okafor Nwosu</i>, or after a word for what a person is, in lower case, as news
 * introduces people (<i>party spokesman Kyi Toe</i>, <i>Cameroon's first president, Ahmadou
 * Ahidjo,</i>). A given name from the list is not needed here, because the title says person:
 * two capitalised words right after it, neither a title nor a name the dictionary knows (after a
 * capitalised title also no common English word: a title starts headlines too), and no third
 * capitalised word (a longer name, <i>President Barack Obama Foundation</i>, is some other
 * rule's). A family name may be written with a particle or two joined by a hyphen (<i>Sheikh Nimr
 * al-Nimr</i>, <i>spokeswoman Anna Richey-Allen</i>). Later the family name alone links to the
 * person, as for every name read in full.
 */
final class TitledNameRule implements RecognitionRule {

  private static final Set<String> PERSONAL_TITLES = WordList.load("personal-titles.txt");
  private static final Set<String> OFFICE_TITLES = WordList.load("office-titles.txt");
  private static final Set<String> ROLES = WordList.load("person-roles.txt");
  private static final Set<String> PARTICLES = WordList.load("surname-particles.txt");
  private static final Set<String> CALENDAR = WordList.load("calendar-words.txt");

  private final EntityDictionary dict;

  TitledNameRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word previous = c.previous();
    if (c.queryMode() || words.size() < 2 || previous == null || c.first().gapBefore() < 1 || c.first().gapBefore() > 2) {
      return null;
    }
    boolean titled = previous.capitalized() && !previous.shouting()
        && (PERSONAL_TITLES.contains(previous.folded()) || OFFICE_TITLES.contains(previous.folded())
            || Titles.SET.contains(previous.folded()));
    boolean role = !titled && !previous.capitalized() && ROLES.contains(previous.folded())
        && (c.first().gapBefore() == 1 || c.first().afterComma());
    if (!titled && !role) {
      return null;
    }
    Word given = words.get(0);
    int end = familyNameEnd(words);
    if (end < 0 || given.possessive() || !(namePart(given, titled) || commonGivenName(given))
        || !namePart(words.get(end - 1), titled)
        || (role && dict.isEnglishWord(given.folded()) && dict.isEnglishWord(words.get(end - 1).folded()))
        || (PARTICLES.contains(given.folded()) && words.get(1).afterHyphen()) // "President El-Sisi": one family name
        || (end < words.size() && words.get(end).joinedToPrevious() && words.get(end).capitalized())) {
      return null;
    }
    if (role && c.first().afterComma() && end < words.size() && !words.get(end).afterComma()) {
      return null; // "the president, Ahmadou Ahidjo, stepped down": an apposition between commas
    }
    Word family = words.get(end - 1);
    Entity person = new Entity(EntityType.PERSON, form(given) + " " + familyName(words, end), "-", false);
    c.context().rememberUnknownPerson(family.folded(), person);
    return new Mention(end, person, Reason.GIVEN_NAME);
  }

  /**
   * Where the family name after the given name ends: one word, a particle and a word (<i>al-Nimr</i>,
   * <i>bin Salman</i>), or two words a hyphen joins (<i>Richey-Allen</i>); -1 when no family name
   * follows.
   */
  private static int familyNameEnd(List<Word> words) {
    Word family = words.get(1);
    if (!family.joinedToPrevious()) {
      return -1;
    }
    boolean second = words.size() > 2 && words.get(2).joinedToPrevious() && words.get(2).capitalized();
    if (second && PARTICLES.contains(family.folded()) && !family.possessive()) {
      return 3;
    }
    if (second && words.get(2).afterHyphen() && family.capitalized() && !family.possessive()) {
      return 3;
    }
    return family.capitalized() ? 2 : -1;
  }

  private static String familyName(List<Word> words, int end) {
    StringBuilder name = new StringBuilder(form(words.get(1)));
    for (int i = 2; i < end; i++) {
      name.append(words.get(i).afterHyphen() ? "-" : " ").append(form(words.get(i)));
    }
    return name.toString();
  }

  /**
   * A word of a name: capitalised letters, no title, no name of a place or body the dictionary
   * knows. After a capitalised title also no English word; after a lower-case word for a person,
   * which only a name follows, English words may be names (<i>Kyi Toe</i>, <i>Fru Jonathan</i>).
   */
  private boolean namePart(Word w, boolean afterCapitalTitle) {
    String f = w.folded();
    if (!w.latin() || !w.capitalized() || w.initials() || w.shouting() || f.length() < 2
        || !f.chars().allMatch(Character::isLetter)
        || Titles.SET.contains(f) || WordList.FUNCTION_WORDS.contains(f) || CALENDAR.contains(f)
        || !dict.demonymOf(f, 0).isEmpty()) {
      return false;
    }
    if (afterCapitalTitle) {
      return !dict.isEnglishWord(f) && !dict.isSingleWordAlias(f)
          && (!dict.isEnglishWord(w.original()) || dict.givenNameBirths(f) > 0); // a proper noun that is a given name (Gabriel)
    }
    for (EntityDictionary.Alias a : dict.singleWordAliases(f)) {
      EntityType type = dict.entity(a.entity()).type();
      String kind = dict.placeFactsOf(a.entity()).kind();
      if (type == EntityType.ORG || (type == EntityType.PLACE && !kind.equals("city") && !kind.equals("town"))) {
        return false; // a town's name may be a family name (Allen, Texas)
      }
    }
    return !WordList.NAME_HEADS.contains(f);
  }

  /** One of the commonest given names, though a town has it too (<i>Anna</i>). */
  private boolean commonGivenName(Word w) {
    return w.latin() && w.capitalized() && !w.shouting() && !dict.isEnglishWord(w.folded())
        && dict.givenNameBirths(w.folded()) >= WesternNameRule.COMMON_GIVEN_NAME;
  }

  private static String form(Word w) {
    String s = w.original();
    return w.hasLowercase() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
