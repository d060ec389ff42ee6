package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A Japanese personal name nobody listed, in either order: two capitalised words that both read
 * whole as Hepburn romanization ({@link Morae}) with at least five morae between them
 * (<i>Yoshimasa Hayashi</i>, <i>Kei Matsumura</i>, <i>Minoru Yanagida</i>). The canonical form is
 * given name first, the English press's long custom, with the family name told by the words'
 * endings ({@link JapaneseNameOrder}): <i>Ohtani Shohei</i> and <i>Shohei Ohtani</i> are one
 * person. Later mentions of the family name alone link to it through the text's memory of
 * unknown people.
 *
 * <p>Not a name: a word the English word list has, in any case; a given name that is a known
 * person's surname; vowel pairs Japanese hardly has (<i>Mauna Kea</i>); a given name that is a
 * known name (a family name that is a place's is common: <i>Mari Yamaguchi</i>); a known name (<i>Hokkaido Shimbun</i>: a place and a word
 * for a newspaper); a word naming a kind of organisation or place (<i>Asahi Shimbun</i>,
 * <i>Nagano Prefecture</i>); a capitalised word right after, which makes the words part of a
 * longer name. A Western given name comes first in the rules ({@link WesternNameRule}), so a
 * <i>Naomi Osaka</i> is read there, to the same canonical form.
 */
final class JapaneseNameRule implements RecognitionRule {

  /** Fewest morae in the two words: "Kei Abe" (4) is too little to tell from chance. */
  static final int MIN_MORAE = 5;

  private static final Set<String> HEADS = WordList.NAME_HEADS;

  /**
   * Vowels side by side that Japanese names hardly have and Hawaiian, Polynesian and Western words
   * do (<i>Mauna Kea</i>, <i>Leo</i>); Japanese has <i>ai, ei, ou, ue, ae, ao</i> (<i>Maeda</i>,
   * <i>Aoki</i>).
   */
  private static final List<String> FOREIGN_VOWEL_PAIRS = List.of("au", "ea", "ua", "oa", "eo");

  private final EntityDictionary dict;

  JapaneseNameRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    if (c.queryMode() || words.size() < 2) {
      return null;
    }
    if (!words.get(1).joinedToPrevious() || !readsJapanese(words.get(0)) || !readsJapanese(words.get(1))) {
      return null;
    }
    boolean familyLast = JapaneseNameOrder.familyLast(words.get(0).folded(), words.get(1).folded());
    Word given = familyLast ? words.get(0) : words.get(1);
    Word family = familyLast ? words.get(1) : words.get(0);
    boolean endingsSayIt = JapaneseNameOrder.familyScore(family.folded()) > 0
        && JapaneseNameOrder.familyScore(given.folded()) < 0; // "Mao Asada": Mao is no Mao Zedong here
    if ((!endingsSayIt && (dict.isSingleWordAlias(given.folded()) || !dict.withSurname(given.folded()).isEmpty()))
        || Morae.count(given.folded()) + Morae.count(family.folded()) < MIN_MORAE) {
      return null;
    }
    if (words.size() > 2 && words.get(2).joinedToPrevious() && words.get(2).capitalized()) {
      return null; // part of a longer name ("Toyota Tsusho Corporation")
    }
    Entity named = c.context().unknownNamed(ShapeRule.key(words, 0, 2));
    if (named != null) {
      return new Mention(2, named, named.type() == EntityType.PLACE ? Reason.PLACE_SHAPE : Reason.ORG_SHAPE); // "Tokai Rika" after "Tokai Rika Co."
    }
    String canonical = form(given) + " " + form(family);
    Entity person = new Entity(EntityType.PERSON, canonical, "-", false);
    c.context().rememberUnknownPerson(family.folded(), person);
    return new Mention(2, person, Reason.NAME_SHAPE);
  }

  private boolean readsJapanese(Word w) {
    String f = w.folded();
    if (!w.latin() || !w.capitalized() || f.length() < 3) {
      return false; // the shape, known with the word, before any look-up
    }
    for (String pair : FOREIGN_VOWEL_PAIRS) {
      if (f.contains(pair)) {
        return false;
      }
    }
    return Morae.count(f) >= 2
        && !dict.isEnglishWord(f) && !dict.isEnglishWord(w.original())
        && !HEADS.contains(f) && !WordList.FUNCTION_WORDS.contains(f)
        && !Titles.SET.contains(f);
  }

  private static String form(Word w) {
    String s = w.original();
    return w.hasLowercase() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
  }

}
