package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;

/**
 * An abbreviation the text defined itself: <i>the Foreign Correspondents' Club (FCC)</i>, then
 * <i>the FCC</i>. The text's own definition wins over the dictionary's (the Federal
 * Communications Commission) for the rest of the text. A definition is a name, a space and the
 * abbreviation in brackets (its quotes too) or after a comma (<i>the National Elections
 * Commission, NEC, said</i>, as African and Asian papers write it), whose letters are the initials of the name's capitalised words
 * ({@link #define}); the abbreviation is read before every other rule.
 */
final class DefinedAcronymRule implements RecognitionRule {

  @Override
  public Mention match(Candidate c) {
    Word w = c.first();
    if (c.queryMode() || !(w.shouting() || mixedCaseAcronym(w))) {
      return null;
    }
    Entity defined = c.context().definedAcronym(w.original());
    return defined == null ? null : new Mention(1, defined, reasonFor(defined));
  }

  /**
   * Remembers the abbreviation in brackets or after a comma right after a mention of {@code named} words, when its
   * letters are the initials of their capitalised words: <i>Independent National Electoral
   * Commission (INEC)</i>, <i>Department of Homeland Security (DHS)</i>.
   */
  static void define(List<Word> words, int named, Entity entity, TextContext context) {
    if (named >= words.size() || named < 2) {
      return;
    }
    Word next = words.get(named);
    int marks = next.marksBefore();
    boolean bracket = marks != Word.UNKNOWN_MARKS && (marks & Word.OTHER) != 0 && (marks & ~(Word.OTHER | Word.QUOTE)) == 0
        && (next.gapBefore() == 2 || (next.gapBefore() == 3 && (marks & Word.QUOTE) != 0));
    boolean apposed = marks == Word.COMMA && next.gapBefore() == 2;
    if (!(next.shouting() || mixedCaseAcronym(next)) || !(bracket || apposed)) {
      return; // "(INEC)", in quotes as filings write it: "(\"ODPS\")", or after a comma: ", NEC,"
    }
    StringBuilder initials = new StringBuilder(named);
    for (int i = 0; i < named; i++) {
      Word w = words.get(i);
      if (w.capitalized()) {
        initials.append(w.original().charAt(0));
      }
    }
    if (initials.toString().equals(capitals(next.original()))) {
      context.defineAcronym(next.original(), entity); // "Department of Defense (DoD)": its capitals are the initials
    }
  }

  /** An abbreviation with a small letter for a small word (<i>DoD</i>, <i>DoJ</i>): a capital first, two or more in all. */
  private static boolean mixedCaseAcronym(Word w) {
    String o = w.original();
    return o.length() >= 3 && o.length() <= 8 && Character.isUpperCase(o.charAt(0)) && capitals(o).length() >= 2
        && o.chars().allMatch(Character::isLetter);
  }

  private static String capitals(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
    return sb.toString();
  }

  private static Reason reasonFor(Entity e) {
    if (e.known()) {
      return Reason.DICTIONARY;
    }
    return switch (e.type()) {
      case PERSON -> Reason.SHORT_MENTION;
      case PLACE -> Reason.PLACE_SHAPE;
      case ORG -> Reason.ORG_SHAPE;
    };
  }
}
