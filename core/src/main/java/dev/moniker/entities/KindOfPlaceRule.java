package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;
import java.util.Set;

/**
 * A place nobody listed, named after its kind and "of" in lower case: <i>the village of
 * Orrum</i>, <i>the suburb of Mahmoudiya</i>, <i>the district of Baladiyat</i>, <i>the town of
 * Newman Grove</i>. The words before say place as plainly as a state after a comma does, so the
 * name is a place whatever its words are (a given name, a family name, a word of English). Places
 * the dictionary lists are its answer when they take all the capitalised words (<i>the state of
 * Georgia</i>, <i>the city of New York</i>; not <i>Newman</i>, California, in <i>the town of
 * Newman Grove</i>), and a name of English words only is style (<i>a state of Emergency</i>). The
 * place is remembered, so that the name alone later in the
 * text is the same place.
 */
final class KindOfPlaceRule implements RecognitionRule {

  /** Lower-case kinds of place before "of" (<i>the town of</i>). */
  static final Set<String> KINDS = Set.of("town", "city", "village", "hamlet", "district", "suburb", "borough",
      "township", "county", "parish", "province", "region", "island", "port", "municipality", "prefecture",
      "governorate", "neighborhood", "neighbourhood", "settlement", "commune", "state");

  /** Most words of such a name (<i>the town of Newman Grove</i>). */
  private static final int MAX_WORDS = 3;

  private static final Set<String> CALENDAR = WordList.load("calendar-words.txt");

  private final EntityDictionary dict;
  private final DictionaryRule dictionary;

  KindOfPlaceRule(EntityDictionary dict, DictionaryRule dictionary) {
    this.dict = dict;
    this.dictionary = dictionary;
  }

  /** Whether the words follow a kind of place and "of": <i>the village of</i>. */
  static boolean afterKindOfPlace(Candidate c) {
    Word previous = c.previous();
    return previous != null && previous.original().equals("of") && c.first().joinedToPrevious()
        && previous.joinedToPrevious() && c.beforePrevious() != null && KINDS.contains(c.beforePrevious());
  }

  @Override
  public Mention match(Candidate c) {
    if (c.queryMode() || !afterKindOfPlace(c)) {
      return null;
    }
    List<Word> words = c.words();
    int n = 0;
    while (n < words.size() && n < MAX_WORDS && namePart(words.get(n)) && (n == 0 || words.get(n).joinedToPrevious())) {
      n++;
    }
    if (n == 0 || (n < words.size() && n == MAX_WORDS && words.get(n).capitalized() && words.get(n).joinedToPrevious())) {
      return null; // no name, or a longer one than a place's
    }
    if (allEnglish(words, n)) {
      return null; // "a state of Emergency": capitals of style, no place
    }
    Mention listed = dictionary.match(c);
    if (listed != null && (listed.stops() || listed.words() >= n)) {
      return listed; // "the city of New York", "the state of Georgia": the dictionary's
    }
    Entity place = new Entity(EntityType.PLACE, CapitalisedPhrase.name(words, 0, n), "-", false);
    c.context().rememberUnknownName(ShapeRule.key(words, 0, n), place);
    return new Mention(n, place, Reason.PLACE_SHAPE);
  }

  private boolean allEnglish(List<Word> words, int n) {
    for (int i = 0; i < n; i++) {
      if (!dict.isEnglishWord(words.get(i).folded())) {
        return false;
      }
    }
    return true;
  }

  private static boolean namePart(Word w) {
    String f = w.folded();
    return w.latin() && w.capitalized() && !w.initials() && !w.possessive() && f.length() >= 2
        && !WordList.FUNCTION_WORDS.contains(f) && !Titles.SET.contains(f) && !CALENDAR.contains(f);
  }
}
