package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person nobody listed, named in full after a title: <i>Vice President Kalonzo Musyoka</i>,
 * <i>Sheriff Okafor Nwosu</i>. A given name from the list is not needed here, because the title
 * says person: two capitalised words right after a personal title or a title of office, neither a
 * common English word, a title or a name the dictionary knows, and no third capitalised word (a
 * longer name, <i>President Barack Obama Foundation</i>, is some other rule's). Later the surname
 * alone links to the person, as for every name read in full.
 */
final class TitledNameRule implements RecognitionRule {

  private static final Set<String> PERSONAL_TITLES = WordList.load("personal-titles.txt");
  private static final Set<String> OFFICE_TITLES = WordList.load("office-titles.txt");

  private final EntityDictionary dict;

  TitledNameRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word previous = c.previous();
    if (c.queryMode() || words.size() < 2 || previous == null || !previous.capitalized()
        || c.first().gapBefore() < 1 || c.first().gapBefore() > 2
        || !(PERSONAL_TITLES.contains(previous.folded()) || OFFICE_TITLES.contains(previous.folded()))) {
      return null;
    }
    Word given = words.get(0);
    Word family = words.get(1);
    if (!family.joinedToPrevious() || given.possessive() || !namePart(given) || !namePart(family)
        || (words.size() > 2 && words.get(2).joinedToPrevious() && words.get(2).capitalized())) {
      return null;
    }
    Entity person = new Entity(EntityType.PERSON, form(given) + " " + form(family), "-", false);
    c.context().rememberUnknownPerson(family.folded(), person);
    return new Mention(2, person, Reason.GIVEN_NAME);
  }

  private boolean namePart(Word w) {
    String f = w.folded();
    return w.latin() && w.capitalized() && !w.initials() && f.length() >= 2
        && f.chars().allMatch(Character::isLetter)
        && !dict.isEnglishWord(f) && !dict.isEnglishWord(w.original())
        && !Titles.SET.contains(f) && !WordList.FUNCTION_WORDS.contains(f)
        && !dict.isSingleWordAlias(f) && dict.demonymOf(f, 0).isEmpty();
  }

  private static String form(Word w) {
    String s = w.original();
    return w.hasLowercase() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }
}
