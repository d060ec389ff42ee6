package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Vietnamese name nobody listed: a Vietnamese family name, then one to three syllables of
 * Vietnamese shape, each its own capitalised word (<i>Nguyen Huu Vinh</i>, <i>Nguyễn Thị Minh
 * Thủy</i>, <i>Le Thang Long</i>). Read as Western or Chinese names, these became other people
 * (<i>Le Long</i>, <i>Minh Thuy</i>) or a town (<i>Vinh</i>). Vietnamese papers, and the press
 * after them, call a person by the given name, the last word: <i>Vinh</i> alone later is this
 * person, even where a town has the name; the Western press uses the family name, and that alone
 * later is the person too (two people of one family name leave it unlinked). Emigrants write the given name first (<i>Viet Thanh
 * Nguyen</i>): the same person as the name family name first, and the family name alone later
 * is them.
 *
 * <p>A family name that Korean, Chinese or English writes too (<i>Le</i>, <i>Ho</i>, <i>Lam</i>)
 * starts a Vietnamese name only before a syllable no other romanization writes (an initial
 * <i>th</i>, <i>tr</i>, <i>ph</i>, <i>nh</i>, <i>kh</i>, <i>gi</i> or <i>v</i>, an ending
 * <i>nh</i>, <i>ch</i> or <i>c</i>). Syllables joined by hyphens are Korean or Chinese, never
 * Vietnamese. The canonical name is family name first, without diacritics, so that every
 * spelling of it is one person.
 */
final class VietnameseNameRule implements RecognitionRule {

  private static final Set<String> FAMILY = WordList.load("vietnamese-family-names.txt");
  private static final Set<String> SHARED_FAMILY = WordList.load("vietnamese-shared-family-names.txt");

  /** One Vietnamese syllable, folded: initial consonants, one to three vowels, a final consonant. */
  private static final Pattern SYLLABLE =
      Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?");

  /** Spellings of a syllable that only Vietnamese writes: no pinyin, Wade-Giles or Korean has them. */
  private static final Pattern ONLY_VIETNAMESE = Pattern.compile("(th|tr|ph|nh|ngh|kh|gi|v).*|.*(nh|ch|[aeiouy]c)");

  /** Most letters of one syllable as {@link #SYLLABLE} reads it: three of an initial, three vowels, two of an ending. */
  private static final int MAX_SYLLABLE = 3 + 3 + 2;

  /** Most syllables after the family name: <i>Nguyen Thi Minh Thuy</i>. */
  private static final int MAX_GIVEN = 3;

  /** Births in the U.S. above which a word before a family name is an American given name (<i>Tommy Nguyen</i>). */
  private static final int AMERICAN_GIVEN_NAME = 20_000;

  private final EntityDictionary dict;

  VietnameseNameRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word first = c.first();
    if (!first.latin() || !first.capitalized() || first.possessive()) {
      return null;
    }
    String f = first.folded();
    Mention familyFirst = FAMILY.contains(f) || SHARED_FAMILY.contains(f) ? familyFirst(c) : null;
    return familyFirst != null ? familyFirst : givenFirst(c);
  }

  /** <i>Nguyen Huu Vinh</i>: the family name, then the given names. */
  private Mention familyFirst(Candidate c) {
    List<Word> words = c.words();
    int n = 1;
    boolean onlyVietnamese = false;
    while (n < words.size() && n <= MAX_GIVEN && syllableGoesOn(words, n)) {
      onlyVietnamese |= ONLY_VIETNAMESE.matcher(words.get(n).folded()).matches();
      n++;
      if (words.get(n - 1).possessive()) {
        break; // "Le Thang Long's trial"
      }
    }
    if (n < 2 || hyphenAfter(words, n) || (!FAMILY.contains(c.first().folded()) && !onlyVietnamese)) {
      return null;
    }
    if (allEnglish(words, 1, n) && c.previous() == null) {
      return null; // a headline or sentence of English words may look like syllables
    }
    Entity person = person(words, 0, n);
    if (!c.queryMode()) {
      c.context().rememberUnknownPerson(words.get(n - 1).folded(), person); // "Vinh" alone later is Nguyen Huu Vinh
      c.context().rememberUnknownPerson(c.first().folded(), person); // as the Western press says "Nguyen" too
    }
    return new Mention(n, person, Reason.NAME_SHAPE);
  }

  /** <i>Viet Thanh Nguyen</i>: given names of Vietnamese shape and no American ones, then the family name. */
  private Mention givenFirst(Candidate c) {
    List<Word> words = c.words();
    if (c.first().possessive() || words.size() < 2 || !words.get(1).joinedToPrevious() || !words.get(1).capitalized()
        || !isVietnameseGiven(c.first())) {
      return null; // a name of one word, or a word that is no Vietnamese given name: nearly every capitalised word
    }
    int n = 1;
    while (n < words.size() && n <= MAX_GIVEN && words.get(n).joinedToPrevious() && words.get(n).capitalized()
        && !words.get(n).afterHyphen()) {
      Word w = words.get(n);
      if (FAMILY.contains(w.folded()) && !(n + 1 < words.size() && syllableGoesOn(words, n + 1))) {
        Entity person = personGivenFirst(words, n);
        if (!c.queryMode()) {
          c.context().rememberUnknownPerson(w.folded(), person); // "Nguyen" alone later
        }
        return new Mention(n + 1, person, Reason.NAME_SHAPE);
      }
      if (w.possessive() || !isVietnameseGiven(w)) {
        return null;
      }
      n++;
    }
    return null;
  }

  /** A word that may be a Vietnamese given name written first: a syllable only Vietnamese writes, no American name, no English word. */
  private boolean isVietnameseGiven(Word w) {
    String f = w.folded();
    // the look-ups before the patterns: most capitalised words are English words, and matching costs more
    return w.latin() && w.capitalized() && f.length() <= MAX_SYLLABLE && !FAMILY.contains(f) && !dict.isEnglishWord(f)
        && !w.shouting() && SYLLABLE.matcher(f).matches() && ONLY_VIETNAMESE.matcher(f).matches()
        && dict.givenNameBirths(f) < AMERICAN_GIVEN_NAME;
  }

  /** Whether word {@code i} is one more capitalised syllable of the name, a space after the one before. */
  private static boolean syllableGoesOn(List<Word> words, int i) {
    Word w = words.get(i);
    return w.latin() && w.capitalized() && w.joinedToPrevious() && !w.afterHyphen() && !words.get(i - 1).possessive()
        && SYLLABLE.matcher(w.folded()).matches() && (i > 1 || !WordList.FUNCTION_WORDS.contains(w.folded()));
    // a capitalised "An" inside a name is a syllable (Nguyen Van An); right after the family name it may be a headline's word
  }

  /** <i>Ha Tae-keung</i> is Korean: a hyphen after the syllables read ends no Vietnamese name. */
  private static boolean hyphenAfter(List<Word> words, int n) {
    return n < words.size() && words.get(n).afterHyphen();
  }

  private boolean allEnglish(List<Word> words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!dict.isEnglishWord(words.get(i).folded())) {
        return false;
      }
    }
    return true;
  }

  private static Entity person(List<Word> words, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(i > from ? " " : "").append(form(words.get(i)));
    }
    return new Entity(EntityType.PERSON, sb.toString(), "-", false);
  }

  /** Family name first: <i>Viet Thanh Nguyen</i> is Nguyen Viet Thanh. */
  private static Entity personGivenFirst(List<Word> words, int family) {
    StringBuilder sb = new StringBuilder(form(words.get(family)));
    for (int i = 0; i < family; i++) {
      sb.append(' ').append(form(words.get(i)));
    }
    return new Entity(EntityType.PERSON, sb.toString(), "-", false);
  }

  /** A syllable as the canonical name writes it: folded, with a capital. */
  private static String form(Word w) {
    String f = w.folded();
    return f.substring(0, 1).toUpperCase(Locale.ROOT) + f.substring(1);
  }
}
