package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;

/**
 * A Korean or Chinese name nobody listed, written given name first, as Western papers write
 * athletes, artists and emigrants: <i>Ha-Seong Kim</i> is Kim Ha-seong, the same person as the
 * name written family name first, and <i>Kim</i> alone later is this person. Read family name
 * first, these names became other people (<i>Ha Seong-gim</i>, <i>Shin Su-chu</i> for
 * <i>Shin-Soo Choo</i>), and a later <i>Choo</i> linked to nobody.
 *
 * <p>Three shapes say the order:
 *
 * <ul>
 *   <li>a given name of two syllables joined by a hyphen before a family name (<i>Hyun-jin
 *       Ryu</i>): written family name first, the hyphen joins the given name's syllables after
 *       the family name (<i>Ryu Hyun-jin</i>), never the family name to the given name;
 *   <li>a given name of two syllables in one word that is no family name, before a family
 *       name's usual spelling (<i>Heungmin Son</i>, <i>Xiaoming Li</i>);
 *   <li>three Korean words of one syllable whose last is a frequent family name and whose first
 *       is a far rarer one or none (<i>Sung Jin Cho</i>, <i>Min Jae Kim</i>). Where both are about
 *       as frequent (<i>Jung Ho Kang</i>, <i>Ban Ki Moon</i>), the words stay family name first,
 *       as Korean and Chinese papers write them.
 * </ul>
 */
final class GivenNameFirstRule implements RecognitionRule {

  /** Family names up to this rank (0 is the most frequent) are frequent: Kim 0 ... Yang 26. */
  static final int FREQUENT_RANK = 30;
  /** How many times rarer the first word must be as a family name than the last, by rank. */
  static final int RARER = 4;

  /**
   * Frequent family names, in their press spellings, whose syllables hardly end a Korean given
   * name (unlike Jung, Sung, Min, Jin or Jo): last of three words, they are the family name unless
   * the first word is as frequent a family name (rank within {@link #TOP_RANK}).
   */
  private static final java.util.Set<String> NO_GIVEN_SYLLABLE = java.util.Set.of("kim", "lee", "park", "choi", "ryu", "ko");

  /** Ranks of the ten most frequent family names (Kim ... Lim). */
  static final int TOP_RANK = 10;

  private final EntityDictionary dict;
  private final NameShapeRule names;

  GivenNameFirstRule(EntityDictionary dict, NameShapeRule names) {
    this.dict = dict;
    this.names = names;
  }

  @Override
  public Mention match(Candidate c) {
    Mention m = read(c);
    if (m != null && !c.queryMode()) {
      // "Ryu" alone later is Ryu Hyun-jin
      c.context().rememberUnknownPerson(c.words().get(m.words() - 1).folded(), m.entity());
    }
    return m;
  }

  /** The name these words read as, remembering nothing: asked too where a shape competes. */
  Mention read(Candidate c) {
    List<Word> w = c.words();
    Word first = c.first();
    if (!first.latin() || !first.capitalized() || w.size() < 2 || !w.get(1).latin()) {
      return null;
    }
    Mention m = null;
    if (w.size() >= 3 && w.get(1).afterHyphen() && spaced(w.get(2)) && notHyphenedOn(w, 3)) {
      // syllables that are also English words ("Woo-Soon Ko", "Yo-Yo Ma") are still a given name
      m = familyLast(c, 3, w.get(2), false); // Hyun-jin Ryu
    }
    if (m == null && spaced(w.get(1)) && notHyphenedOn(w, 2) && (w.size() == 2 || !spaced(w.get(2)))
        && !oneSyllableWord(first) && !possibleFamilyName(first)
        && isUnknownWord(first) && dict.givenNameBirths(first.folded()) < WesternNameRule.COMMON_GIVEN_NAME) {
      m = familyLast(c, 2, w.get(1), true); // Heungmin Son
    }
    if (m == null && w.size() >= 3 && spaced(w.get(1)) && spaced(w.get(2)) && notHyphenedOn(w, 3)
        && !dict.isSingleWordAlias(first.folded())
        && !(dict.isEnglishWord(first.folded()) && dict.isEnglishWord(w.get(1).folded()))
        && rarerThan(first, w.get(2))) {
      m = readKorean(c, w.get(2)); // Sung Jin Cho
    }
    return m;
  }

  /** Capitalised and after one space: a word of the same name, not after a hyphen. */
  private static boolean spaced(Word w) {
    return w.latin() && w.joinedToPrevious() && !w.afterHyphen() && w.capitalized();
  }

  /** The word after the name does not hyphen onto it (<i>Ha-Seong Kim-Lee</i> is another shape). */
  private static boolean notHyphenedOn(List<Word> w, int n) {
    return w.size() <= n || !w.get(n).afterHyphen();
  }

  /** A word of the text that is no English word and no known name of its own. */
  private boolean isUnknownWord(Word w) {
    return !dict.isEnglishWord(w.folded()) && !dict.isSingleWordAlias(w.folded());
  }

  /** A word that may be one syllable of a name (<i>Jae</i>), which is not a whole given name. */
  private boolean oneSyllableWord(Word w) {
    return !dict.names().table(RomanizedNames.KOREAN).natives(w.folded()).isEmpty()
        || !dict.names().table(RomanizedNames.CHINESE).natives(w.folded()).isEmpty();
  }

  private boolean possibleFamilyName(Word w) {
    return dict.names().isSurname(RomanizedNames.KOREAN, w.folded())
        || dict.names().isSurname(RomanizedNames.CHINESE, w.folded());
  }

  /**
   * Whether the first of three words is far rarer as a Korean family name than the last, which is
   * a frequent one in its usual spelling.
   */
  private boolean rarerThan(Word first, Word last) {
    RomanizedNames romanized = dict.names();
    if (!romanized.isUsualSurnameSpelling(RomanizedNames.KOREAN, last.folded())) {
      return false;
    }
    int lastRank = romanized.surnameRank(RomanizedNames.KOREAN, last.folded());
    int firstRank = romanized.surnameRank(RomanizedNames.KOREAN, first.folded());
    if (NO_GIVEN_SYLLABLE.contains(last.folded()) && firstRank > TOP_RANK) {
      return true; // "Hyun Jin Ryu", "Jin Young Ko": Ryu and Ko hardly end a given name
    }
    return lastRank <= FREQUENT_RANK
        && (firstRank == Integer.MAX_VALUE
            || (firstRank > FREQUENT_RANK && firstRank + 1 >= RARER * (lastRank + 1)));
  }

  /** The words before the family name, read after it; the family name must be of the language. */
  private Mention familyLast(Candidate c, int n, Word family, boolean usualSpelling) {
    List<String> familyFirst = familyFirst(c.words(), n);
    Entity person = names.personOf(familyFirst, names.languagesFor(family.folded()),
        (lang, key) -> key.size() == 3 && oneSyllable(key, family)
            && (usualSpelling ? dict.names().isUsualSurnameSpelling(lang, family.folded())
                : dict.names().isSurname(lang, family.folded())));
    return mention(c, n, family, person);
  }

  private Mention readKorean(Candidate c, Word family) {
    Entity person = names.personOf(familyFirst(c.words(), 3), List.of(RomanizedNames.KOREAN),
        (lang, key) -> key.size() == 3 && oneSyllable(key, family));
    return mention(c, 3, family, person);
  }

  /** The family name is one syllable, as written: <i>Joo</i> is no Jo-o. */
  private static boolean oneSyllable(SyllableKey key, Word family) {
    return !key.written().isEmpty() && key.written().get(0).equals(family.folded());
  }

  private static final java.util.Set<String> PLACE_HEADS = WordList.load("place-heads.txt");
  private static final java.util.Set<String> DETERMINERS = WordList.load("determiners.txt");

  /**
   * A family name that is also a kind of place, after a preposition of place or an article: <i>at
   * Namsan Park</i>, <i>the Olympic Park</i> name the park.
   */
  private static boolean placeOfTheKind(Candidate c, Word family) {
    Word previous = c.previous();
    return PLACE_HEADS.contains(family.folded()) && previous != null
        && (PlaceContext.prepositionBefore(c) || DETERMINERS.contains(previous.folded()));
  }

  private static List<String> familyFirst(List<Word> words, int n) {
    List<String> folded = new java.util.ArrayList<>(n);
    folded.add(words.get(n - 1).folded());
    for (int i = 0; i < n - 1; i++) {
      folded.add(words.get(i).folded());
    }
    return folded;
  }

  private static Mention mention(Candidate c, int n, Word family, Entity person) {
    return person == null || placeOfTheKind(c, family) ? null : new Mention(n, person, Reason.NAME_SHAPE);
  }
}
