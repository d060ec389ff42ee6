package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word for a country's people or things stands for the country: <i>Soviet</i>, <i>North
 * Korean</i>, <i>Chinese</i>, <i>Frenchmen</i>; a plural of countries stands for each of them
 * (<i>the two Koreas</i>). Capitalised, as English writes demonyms; up to three words, longest
 * first. The index weighs such a mention below a name of the country (see {@code ArticleFields}).
 */
final class DemonymRule implements RecognitionRule {

  private static final int MAX_WORDS = 3;

  private final EntityDictionary dict;

  DemonymRule(EntityDictionary dict) {
    this.dict = dict;
  }

  /**
   * Whether the word names a party of one country (<i>Democratic</i>, <i>Republican</i>) where
   * nothing says it is that country's: the text named other countries and not this one, or the
   * word starts a sentence before a lower-case word in a text that has not named the country yet,
   * where it may be the English adjective (<i>Democratic presidential candidate Lee Jae-myung</i>
   * in a story of Seoul). Before a name or a title (<i>Democratic Sen. Raphael Warnock</i>) and in
   * mid-sentence it is the party of the country.
   */
  private boolean anotherCountrysStory(int entity, Candidate c) {
    String country = dict.placeFactsOf(entity).country();
    if (dict.entity(entity).type() != EntityType.ORG || country.isEmpty()) {
      return false;
    }
    if (c.context().namesAnyCountry() && !c.context().namesCountry(country)) {
      return true;
    }
    List<Word> words = c.words();
    boolean beforeAName = words.size() > 1 && words.get(1).joinedToPrevious() && words.get(1).capitalized();
    Word previous = c.previous();
    boolean sentenceStart = previous == null || (c.first().marksBefore() & Word.PERIOD) != 0 || c.first().gapBefore() > 2;
    return sentenceStart && !beforeAName && !c.context().namesCountry(country) && !c.first().folded().endsWith("s");
  }

  /** Demonyms that also name the native peoples of the Americas. */
  private static final Set<String> NATIVE_PEOPLES_WORDS = Set.of("indian", "indians");

  /** Words that, before or after such a demonym, say it means the native peoples. */
  private static final Set<String> NATIVE_BEFORE = Set.of("american", "native", "plains", "pueblo");
  private static final Set<String> NATIVE_AFTER = Set.of("tribe", "tribes", "tribal", "reservation", "reservations",
      "agency", "agent", "country", "affairs", "territory", "nation", "nations", "relics", "mound", "mounds", "chief",
      "chiefs", "war", "wars", "trail", "village", "boarding", "removal", "scouts", "burial", "massacre");

  /**
   * Whether the word names the native peoples of the Americas, not India's: <i>American
   * Indian</i>, <i>Indian tribes</i>, <i>Indian Country</i>, <i>Indian relics</i>, in a text that
   * named no place of India.
   */
  private boolean nativePeoplesWord(String key, int place, Candidate c) {
    if (!NATIVE_PEOPLES_WORDS.contains(key)) {
      return false;
    }
    String own = dict.placeFactsOf(place).iso();
    if (own.isEmpty() || c.context().namesCountry(own)) {
      return false;
    }
    Word previous = c.previous();
    List<Word> words = c.words();
    boolean before = previous != null && c.first().joinedToPrevious() && NATIVE_BEFORE.contains(previous.folded());
    boolean after = words.size() > 1 && words.get(1).joinedToPrevious() && NATIVE_AFTER.contains(words.get(1).folded());
    return before || after;
  }

  @Override
  public Mention match(Candidate c) {
    if (!dict.hasDemonyms() || !c.first().latin() || !c.first().capitalized()) {
      return null;
    }
    List<Word> words = c.words();
    StringBuilder key = new StringBuilder();
    List<String> keys = new ArrayList<>(MAX_WORDS);
    for (int i = 0; i < Math.min(MAX_WORDS, words.size()); i++) {
      Word w = words.get(i);
      if (i > 0 && (!w.joinedToPrevious() || !w.capitalized())) {
        break;
      }
      if (i > 0) {
        key.append(' ');
      }
      key.append(w.folded());
      keys.add(key.toString());
    }
    for (int n = keys.size(); n >= 1; n--) {
      List<Integer> places = dict.demonymOf(keys.get(n - 1), c.context().yearForLinking());
      if (!places.isEmpty() && anotherCountrysStory(places.get(0), c)) {
        return null; // "Democratic presidential candidate" in a story of Seoul is no U.S. Democrat
      }
      if (!places.isEmpty() && nativePeoplesWord(keys.get(n - 1), places.get(0), c)) {
        return null; // "Indian relics" in a Kansas paper are no mention of India
      }
      if (!places.isEmpty()) {
        List<Entity> also = new ArrayList<>();
        for (int i = 1; i < places.size(); i++) {
          also.add(dict.entity(places.get(i)));
        }
        return new Mention(n, dict.entity(places.get(0)), Reason.DEMONYM, List.copyOf(also));
      }
    }
    return null;
  }
}
