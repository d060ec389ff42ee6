package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Hong Kong or Macau name nobody listed, in Cantonese romanization: a family name, then a given
 * name of two syllables joined by a hyphen (<i>Lam Cheuk-ting</i>, <i>Kwok Ka-ki</i>, <i>Leung
 * Chun-ying</i>). Pinyin and Korean tables know neither <i>Cheuk</i> nor <i>Kwok</i>, so these
 * names went unread. Tried after the Korean and Chinese rules, which claim the syllables they
 * know (<i>Chung Eui-yong</i> is Korean); the family name alone later is this person.
 */
final class CantoneseNameRule implements RecognitionRule {

  private static final Set<String> FAMILY = WordList.load("cantonese-family-names.txt");

  /** One Cantonese syllable as Hong Kong writes it, folded; <i>Tsz</i> and <i>Sze</i> have no vowel of their own. */
  private static final Pattern SYLLABLE =
      Pattern.compile("(ch|ts|sh|kw|gw|ng|[bcdfghjklmnpstwyz])?[aeiouy]{1,3}(ng|[kmnpt])?|tsz|sz|ng");

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word family = c.first();
    if (words.size() < 3 || !family.latin() || !family.capitalized() || family.possessive()
        || !FAMILY.contains(family.folded())) {
      return null;
    }
    Word first = words.get(1);
    Word second = words.get(2);
    if (!first.capitalized() || !first.joinedToPrevious() || first.afterHyphen() || first.possessive()
        || !second.afterHyphen() || !second.latin() || !syllable(first) || !syllable(second)) {
      return null;
    }
    if (words.size() > 3 && words.get(3).afterHyphen()) {
      return null; // a third hyphened syllable: no Cantonese given name
    }
    Entity person = new Entity(EntityType.PERSON,
        capitalised(family.folded()) + " " + capitalised(first.folded()) + "-" + second.folded(), "-", false);
    if (!c.queryMode()) {
      c.context().rememberUnknownPerson(family.folded(), person); // "Lam" alone later is Lam Cheuk-ting
    }
    return new Mention(3, person, Reason.NAME_SHAPE);
  }

  private static boolean syllable(Word w) {
    return SYLLABLE.matcher(w.folded()).matches();
  }

  private static String capitalised(String folded) {
    return folded.substring(0, 1).toUpperCase(Locale.ROOT) + folded.substring(1);
  }
}
