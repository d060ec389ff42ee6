package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Set;

/**
 * The holder of an office named by the family name alone in brackets after the office, as the
 * State Department's documents (FRUS) head every telegram and memorandum: <i>The Ambassador in
 * Korea (Briggs) to the Department of State</i>, <i>the Assistant Secretary of State for Far
 * Eastern Affairs (Robertson)</i>. A person the dictionary knows is the other rules' (<i>the
 * Secretary of State (Dulles)</i>); this one reads a family name nobody listed, and remembers it,
 * so that <i>Briggs</i> alone later is the same man.
 *
 * <p>Only one capitalised word between brackets, no English word, abbreviation (<i>TxDOT</i>), listed name,
 * day or month (<i>(Tuesday)</i>, <i>(Seoul)</i>, <i>(Confidential)</i> say nothing of a person),
 * right after an office (<i>Ambassador</i>, <i>Secretary</i>) or a place or field the office is
 * of (<i>in Korea</i>, <i>of State</i>, <i>for Far Eastern Affairs</i>).
 */
final class BracketedOfficeHolderRule implements RecognitionRule {

  /** Words before the last word of an office's description: <i>in</i> Korea, <i>of</i> State. */
  private static final Set<String> OFFICE_JOINTS = Set.of("in", "of", "for", "to", "at");

  private static final Set<String> CALENDAR = WordList.load("calendar-words.txt");

  private final EntityDictionary dict;

  BracketedOfficeHolderRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    Word name = c.first();
    Word previous = c.previous();
    List<Word> words = c.words();
    if (c.queryMode() || previous == null || !inBrackets(name) || !name.capitalized() || !name.latin()
        || name.shouting() || name.initials() || name.possessive()
        || (words.size() > 1 && words.get(1).joinedToPrevious())) {
      return null; // most words: no bracket before, or more than one word inside
    }
    if (!afterAnOffice(previous, c.beforePrevious())) {
      return null;
    }
    String f = name.folded();
    if (f.length() < 2 || !f.chars().allMatch(Character::isLetter) || dict.isEnglishWord(f)
        || dict.isSingleWordAlias(f) || CALENDAR.contains(f) || abbreviation(name.original())
        || WordList.FUNCTION_WORDS.contains(f) || Titles.SET.contains(f) || !dict.demonymOf(f, 0).isEmpty()) {
      return null;
    }
    Entity person = new Entity(EntityType.PERSON, name.original(), "-", false);
    c.context().rememberUnknownPerson(f, person);
    return new Mention(1, person, Reason.SHORT_MENTION);
  }

  /**
   * Capitals inside a word that is no <i>Mc</i> or <i>Mac</i> name: an abbreviation the text
   * defines (<i>Texas Department of Transportation (TxDOT)</i>), no family name.
   */
  private static boolean abbreviation(String written) {
    long capitals = written.chars().skip(1).filter(Character::isUpperCase).count();
    return capitals > 0 && !written.startsWith("Mc") && !written.startsWith("Mac");
  }

  /** A space and an opening bracket right before the word (the analysis sees one mark, two characters). */
  private static boolean inBrackets(Word w) {
    return w.marksBefore() == Word.OTHER && w.gapBefore() == 2;
  }

  /** An office's title, or the capitalised last word of what the office is of, right before. */
  private static boolean afterAnOffice(Word previous, String beforePrevious) {
    if (Titles.SET.contains(previous.folded()) || Titles.isOffice(previous.folded())) {
      return true; // "the Assistant (Jones)", "the Ambassador (Briggs)"
    }
    return previous.capitalized() && beforePrevious != null && OFFICE_JOINTS.contains(beforePrevious);
  }
}
