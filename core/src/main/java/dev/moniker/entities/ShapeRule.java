package dev.moniker.entities;

import java.util.List;
import java.util.Set;

/**
 * A name nobody listed, known by its shape: a capitalised phrase that ends in a word naming its
 * kind (<i>... Authority</i>, <i>... County</i>), that has its kind and <i>of</i> inside
 * (<i>University of Iowa</i>, <i>Texas Department of Transportation</i>), or that begins with a
 * word that leads names of its kind (<i>Mount</i>, <i>Lake</i>). {@link OrgShapeRule} and {@link
 * PlaceShapeRule} give the words. The canonical name is the phrase as written.
 *
 * <p>Not a name: a phrase that starts with a title (<i>President Park</i>), a function word or
 * number (<i>Sixteen ... Police</i>) or a demonym (the demonym names the country; the body
 * follows), one whose words are all English words (<i>Police Department</i>), one with "of"
 * before its last word (<i>Aides of the ... Council</i>), and a surname before a word for what is
 * its bearer's (<i>the Truman Administration</i>).
 */
abstract class ShapeRule implements RecognitionRule {

  private static final Set<String> EPONYM_HEADS = WordList.load("eponym-heads.txt");

  private final EntityDictionary dict;
  private final EntityType type;
  private final Mention.Reason reason;
  private final Set<String> heads;
  private final Set<String> leads;

  ShapeRule(EntityDictionary dict, EntityType type, Mention.Reason reason, Set<String> heads, Set<String> leads) {
    this.dict = dict;
    this.type = type;
    this.reason = reason;
    this.heads = heads;
    this.leads = leads;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word first = c.first();
    if (!first.latin() || !first.capitalized() || WordList.FUNCTION_WORDS.contains(first.folded())
        || Titles.SET.contains(first.folded())) {
      return null;
    }
    int n = CapitalisedPhrase.length(words);
    if (n < 2 || !dict.demonymOf(first.folded(), 0).isEmpty()) {
      return null;
    }
    for (int k = 0; k + 2 < n; k++) {
      if (heads.contains(words.get(k).folded()) && words.get(k + 1).folded().equals("of")
          && CapitalisedPhrase.onlyAndInside(words, k + 1) && !CapitalisedPhrase.hasTitle(words, n)) {
        return mention(words, n);
      }
    }
    if (leads.contains(first.folded()) && !CapitalisedPhrase.isConnector(words.get(1))) {
      return mention(words, n);
    }
    for (int end = n; end >= 2; end--) {
      Word last = words.get(end - 1);
      if (!CapitalisedPhrase.isConnector(last) && heads.contains(last.folded())
          && CapitalisedPhrase.onlyAndInside(words, end)
          && !(end == 2 && EPONYM_HEADS.contains(last.folded()))
          && !CapitalisedPhrase.hasTitle(words, end)
          && CapitalisedPhrase.hasProperWord(dict, words, end - 1)) {
        return mention(words, end);
      }
    }
    return null;
  }

  private Mention mention(List<Word> words, int n) {
    return new Mention(n, new Entity(type, CapitalisedPhrase.name(words, 0, n), "-", false), reason);
  }
}
