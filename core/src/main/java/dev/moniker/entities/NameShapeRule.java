package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * A Korean or Chinese personal name nobody listed, by its shape: a family name followed by one or
 * two given-name syllables, capitalised as names are and not reading as English. It becomes a
 * person with a stable canonical form ({@code Gim Min-jae} and {@code Kim Min Jae} are both
 * <i>Kim Min-jae</i>). Western text vetoes it: a given name from the English word list before the
 * family name makes the words a Western name (<i>Joe Chapman</i> is no <i>Cho Jap-man</i>).
 */
final class NameShapeRule implements RecognitionRule {

  private final EntityDictionary dict;
  private final Map<String, Entity> unknownNames = new HashMap<>();

  NameShapeRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    Word first = c.first();
    if (!first.latin() || !first.capitalized() || !Syllables.mayBeRomanized(dict, first)) {
      return null;
    }
    for (int n = Syllables.span(c, dict); n >= 2; n--) {
      int words = n;
      Entity person = personOf(Syllables.folded(c.words(), n), languagesFor(first.folded()),
          (lang, key) -> key.size() >= 2 && looksLikeUnknownName(lang, c, words, key));
      if (person != null) {
        if (!c.queryMode()) {
          // "Liu Xiang ... Liu fired": the family name alone later is this man, not Liu Xiaobo
          c.context().rememberUnknownPerson(first.folded(), person);
        }
        return new Mention(n, person, Reason.NAME_SHAPE);
      }
    }
    return null;
  }

  /**
   * The person that words written family name first read as: of the languages' first readings
   * that {@code fits} accepts, the one whose syllables are more often written in the language's
   * standard system (a tie keeps the earlier language); null when none fits.
   */
  Entity personOf(List<String> familyFirst, List<String> languages, BiPredicate<String, SyllableKey> fits) {
    SyllableKey best = null;
    int bestStandard = -1;
    for (String lang : languages) {
      for (SyllableKey key : dict.names().keysOfText(lang, familyFirst)) {
        if (fits.test(lang, key)) {
          int standard = standardSyllables(key);
          if (standard > bestStandard) {
            best = key;
            bestStandard = standard;
          }
          break;
        }
      }
    }
    return best == null ? null : unknownPerson(best);
  }

  /**
   * How many syllables of the key are written as the language's standard system writes one of
   * the syllables they may stand for: <i>Sun Chunlan</i> is all pinyin, while its Korean reading
   * needs <i>lan</i> for <i>ran</i>; the reading with more wins (Revised Romanization and pinyin).
   */
  private int standardSyllables(SyllableKey key) {
    SyllableTable table = dict.names().table(key.lang());
    int standard = 0;
    for (int i = 0; i < key.size() && i < key.written().size(); i++) {
      String written = key.written().get(i);
      for (String nativeSyllable : key.syllables().get(i)) {
        if (table.standard(nativeSyllable).equals(written)) {
          standard++;
          break;
        }
      }
    }
    return standard;
  }

  /**
   * The given name must not read as English: joined ({@code Minjae}, {@code Min-jae}) it must not
   * be an English word, and written as separate capitalised words they must not all be English
   * words ({@code Kim Min Jae} is a name; {@code He Can Go} is a headline). A family name that is
   * also an English word ({@code In}, {@code Go}, {@code Park}) at the start of a sentence needs
   * its given name written in two parts ({@code Go Myong-hyun}), and no part may be a known name
   * of its own ({@code In Tokyo}).
   */
  private boolean looksLikeUnknownName(String lang, Candidate c, int n, SyllableKey key) {
    List<Word> words = c.words();
    Word surname = words.get(0);
    if (!dict.names().isSurname(lang, surname.folded()) || !words.get(1).capitalized()
        || !surname.folded().equals(key.written().get(0))) {
      return false; // the family name is one syllable as written: "Young Kim" is no Ryeo Ung-gim
    }
    if (westernGivenNameFirst(dict, lang, words, n)) {
      return false;
    }
    boolean sentenceStart = c.previous() == null || surname.gapBefore() != 1;
    if (n == 2 && sentenceStart && dict.isEnglishWord(surname.folded())) {
      return false; // "In Tokyo", "Do Androids": an English word starting a sentence, and one more
    }
    boolean syllablePerWord = key.size() == n;
    for (int i = 1; i < n; i++) {
      if (dict.isSingleWordAlias(words.get(i).folded()) && !(n == 3 && syllablePerWord)) {
        return false; // "... In Seoul": the next word is a known name of its own (not "Bong Joon Ho")
      }
    }
    if (splitsAWholeSyllable(lang, words, n, key)) {
      return false;
    }
    int given = key.size() - 1;
    if (given < 1 || given > 2 || (RomanizedNames.KOREAN.equals(lang) && given != 2)) {
      return false;
    }
    StringBuilder joined = new StringBuilder();
    boolean allEnglish = true;
    for (int i = 1; i < n; i++) {
      Word w = words.get(i);
      joined.append(w.folded());
      allEnglish &= w.capitalized() && dict.isEnglishWord(w.folded());
    }
    if (n == 2 && given >= 2 && words.get(1).capitalized() && dict.isEnglishWord(words.get(1).original())
        && !dict.names().isSurname(lang, words.get(1).folded())) {
      return false; // "Joe Chapman", "Kan Chapman": a capitalised English surname, a Western name
    } // one syllable that the proper nouns also list ("Jun" for June) is a given name: "Gao Jun"
    return !dict.isEnglishWord(joined.toString()) && !(n > 2 && allEnglish);
  }

  /**
   * Whether the reading cuts a word that is a syllable on its own into two: <i>Lee Seung</i> is no
   * <i>Lee Se-ung</i>, <i>Hur Jae</i> no <i>Heo Ja-e</i>; a given name written in one word
   * (<i>Minjae</i>) is cut, as it is no syllable.
   */
  private boolean splitsAWholeSyllable(String lang, List<Word> words, int n, SyllableKey key) {
    if (key.size() == n || key.written().size() != key.size()) {
      return false;
    }
    SyllableTable table = dict.names().table(lang);
    int part = 0;
    for (int i = 0; i < n; i++) {
      String word = words.get(i).folded();
      StringBuilder joined = new StringBuilder();
      int parts = 0;
      while (part < key.written().size() && joined.length() < word.length()) {
        joined.append(key.written().get(part++));
        parts++;
      }
      if (parts > 1 && table.isSyllable(word)) {
        return true;
      }
    }
    return false;
  }

  static final List<String> KOREAN_FIRST = List.of(RomanizedNames.KOREAN, RomanizedNames.CHINESE);
  static final List<String> CHINESE_FIRST = List.of(RomanizedNames.CHINESE, RomanizedNames.KOREAN);

  /**
   * Korean readings first, unless the family name is written as Chinese names write it and not
   * as Korean ones do: <i>Sun Chunlan</i> is pinyin (Sun is no usual spelling of a Korean family
   * name), not a Korean Sun Jeon-ran.
   */
  List<String> languagesFor(String family) {
    return dict.names().isUsualSurnameSpelling(RomanizedNames.CHINESE, family)
        && !dict.names().isUsualSurnameSpelling(RomanizedNames.KOREAN, family) ? CHINESE_FIRST : KOREAN_FIRST;
  }

  /**
   * Whether the first word is a frequent Western given name that is only a rare spelling of a
   * family name here, before a given name in one word: <i>Joe Manchin</i> (Joe is a rare spelling
   * of Cho) is no Cho Man-jin. <i>Kim Minjae</i>, <i>Lee Minho</i> (usual spellings) and <i>Joe
   * Man-chin</i> (a given name in syllables) still read as Korean.
   */
  static boolean westernGivenNameFirst(EntityDictionary dict, String lang, List<Word> words, int n) {
    String family = words.get(0).folded();
    return n == 2 && !words.get(1).original().contains("-")
        && dict.givenNameBirths(family) >= WesternNameRule.COMMON_GIVEN_NAME
        && !dict.names().isUsualSurnameSpelling(lang, family);
  }

  private Entity unknownPerson(SyllableKey key) {
    String canonical = dict.names().canonicalOf(key);
    if (unknownNames.size() > 10_000) {
      unknownNames.clear(); // only a cache of immutable values: bound it
    }
    return unknownNames.computeIfAbsent(
        canonical, name -> new Entity(EntityType.PERSON, name, key.lang(), false));
  }
}
