package dev.moniker.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads Korean and Chinese names written in any romanization as {@link SyllableKey}s, so that a
 * spelling no dictionary lists still finds its entity, and a Korean or Chinese name nobody listed
 * is still recognised as a person from its shape: a known family name followed by given-name
 * syllables.
 */
final class RomanizedNames {

  static final String KOREAN = "ko";
  static final String CHINESE = "zh";
  private static final int MAX_KEYS = 8;

  private final SyllableTable korean;
  private final SyllableTable chinese;
  /** Family name (native) to its usual press spelling, or to "" where none is listed. */
  private final Map<String, String> koreanSurnames;
  private final Map<String, String> chineseSurnames;
  /**
   * The romanized syllables that stand for a family name, by language: what {@link #isSurname}
   * answers, worked out once, since it is asked for nearly every capitalised word of a text.
   */
  private final Set<String> koreanSurnameSpellings;
  private final Set<String> chineseSurnameSpellings;
  /**
   * How often each native syllable occurs in the bundled dictionary's names, by language: counted
   * on first use, since only a name no dictionary knows needs it and counting reads every bundled
   * file.
   */
  private final OnFirstUse<Map<String, Integer>> usage = new OnFirstUse<>(this::countUsage);

  private RomanizedNames(
      SyllableTable korean,
      SyllableTable chinese,
      Map<String, String> koreanSurnames,
      Map<String, String> chineseSurnames) {
    this.korean = korean;
    this.chinese = chinese;
    this.koreanSurnames = koreanSurnames;
    this.chineseSurnames = chineseSurnames;
    this.koreanSurnameSpellings = surnameSpellings(korean, koreanSurnames);
    this.chineseSurnameSpellings = surnameSpellings(chinese, chineseSurnames);
    this.koreanUsualSpellings = usualSpellings(korean, koreanSurnames);
    this.chineseUsualSpellings = usualSpellings(chinese, chineseSurnames);
    this.koreanRanks = ranks(koreanSurnames);
    this.chineseRanks = ranks(chineseSurnames);
  }

  /** Each family name's place in its file, which lists the most frequent first (Kim 0, Lee 1). */
  private final Map<String, Integer> koreanRanks;
  private final Map<String, Integer> chineseRanks;

  private static Map<String, Integer> ranks(Map<String, String> surnames) {
    Map<String, Integer> ranks = new HashMap<>();
    for (String n : surnames.keySet()) {
      ranks.put(n, ranks.size());
    }
    return Map.copyOf(ranks);
  }

  /**
   * How frequent the most frequent family name {@code folded} may spell is, as its rank (0 for
   * Kim in Korean, Wang in Chinese); {@link Integer#MAX_VALUE} when it spells no family name.
   * What tells <i>Sung Jin Cho</i> (Cho far more frequent than Sung) from <i>Kim Jong Un</i>.
   */
  int surnameRank(String lang, String folded) {
    Map<String, Integer> ranks = KOREAN.equals(lang) ? koreanRanks : chineseRanks;
    int best = Integer.MAX_VALUE;
    for (String n : table(lang).natives(folded)) {
      best = Math.min(best, ranks.getOrDefault(n, Integer.MAX_VALUE));
    }
    return best;
  }

  /** The press and standard spellings of the family names: Kim, Gim, Lee, Park, Cho, Jo; Wang, Li. */
  private final Set<String> koreanUsualSpellings;
  private final Set<String> chineseUsualSpellings;

  private static Set<String> usualSpellings(SyllableTable table, Map<String, String> surnames) {
    Set<String> spellings = new HashSet<>();
    surnames.forEach((n, press) -> {
      spellings.add(Folding.fold(table.standard(n)));
      if (!press.isEmpty()) {
        spellings.add(Folding.fold(press));
      }
    });
    return Collections.unmodifiableSet(spellings);
  }

  /**
   * Whether {@code folded} is how a family name of the language is mostly written (its press or
   * standard spelling), not only one of its rarer variants (<i>Joe</i> for Cho).
   */
  boolean isUsualSurnameSpelling(String lang, String folded) {
    return (KOREAN.equals(lang) ? koreanUsualSpellings : chineseUsualSpellings).contains(folded);
  }

  private static Set<String> surnameSpellings(SyllableTable table, Map<String, String> surnames) {
    Set<String> spellings = new HashSet<>();
    for (String romanized : table.romanizations()) {
      for (String n : table.natives(romanized)) {
        if (surnames.containsKey(n)) {
          spellings.add(romanized);
        }
      }
    }
    return Collections.unmodifiableSet(spellings);
  }

  /** The tables, loaded once: they are immutable after loading. */
  static RomanizedNames shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final RomanizedNames INSTANCE = load();
  }

  private static RomanizedNames load() {
    String dir = "/dev/moniker/romanization/";
    return new RomanizedNames(
        SyllableTable.load(KOREAN, dir + "korean-syllables.tsv"),
        SyllableTable.load(CHINESE, dir + "chinese-syllables.tsv"),
        surnames(dir + "korean-surnames.txt"),
        surnames(dir + "chinese-surnames.txt"));
  }

  /**
   * Counts the native syllables of the bundled names: Hangul spellings of Korean names, pinyin
   * syllables of Chinese ones. Only the bundled file counts, so that names found by their shape
   * get the same canonical form whatever files a user adds.
   */
  private Map<String, Integer> countUsage() {
    Map<String, Integer> usage = new HashMap<>();
    for (EntityFileParser.Line line : BundledEntities.lines()) {
      if (KOREAN.equals(line.lang())) {
        for (String alias : line.aliases()) {
          if (!alias.isEmpty()
              && alias.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL)) {
            alias.codePoints().forEach(cp -> usage.merge(KOREAN + ":" + Character.toString(cp), 1, Integer::sum));
          }
        }
      } else if (CHINESE.equals(line.lang())) {
        List<String> words = SpellingWords.folded(line.canonical());
        List<List<String>> parses = parses(chinese, words, 4);
        if (!parses.isEmpty()) {
          parses.get(0).forEach(syl -> usage.merge(CHINESE + ":" + syl, 1, Integer::sum));
        }
      }
    }
    return Map.copyOf(usage);
  }

  SyllableTable table(String lang) {
    return KOREAN.equals(lang) ? korean : chinese;
  }

  /** The syllable keys of a dictionary name: its native script when it has one, else its spelling. */
  List<SyllableKey> keysOfKnownName(String lang, List<String> foldedWords, String nativeForm) {
    SyllableTable table = table(lang);
    if (nativeForm != null && KOREAN.equals(lang)) {
      List<Set<String>> syllables = new ArrayList<>();
      nativeForm.codePoints().forEach(cp -> syllables.add(Set.of(Character.toString(cp))));
      return List.of(new SyllableKey(lang, syllables, List.of()));
    }
    List<SyllableKey> keys = new ArrayList<>();
    for (List<String> parse : parses(table, foldedWords, 4)) {
      List<Set<String>> syllables = new ArrayList<>();
      for (String s : parse) {
        // A dictionary's pinyin spelling is exact: "jin" is jin, not any syllable spelled so.
        syllables.add(CHINESE.equals(lang) && table.isNative(s) ? Set.of(s) : table.natives(s));
      }
      keys.add(new SyllableKey(lang, syllables, parse));
    }
    return keys;
  }

  /** The keys a span of text may have in {@code lang}; empty if it is not such a name. */
  List<SyllableKey> keysOfText(String lang, List<String> foldedWords) {
    Span span = new Span(lang, foldedWords);
    List<SyllableKey> known = keysBySpan.get(span);
    if (known == null) {
      known = List.copyOf(readKeys(lang, foldedWords));
      if (keysBySpan.size() > KEYS_CACHE_SIZE) {
        keysBySpan.clear(); // a bound, not an eviction policy, as for segmentations
      }
      keysBySpan.put(new Span(lang, List.copyOf(foldedWords)), known);
    }
    return known;
  }

  /**
   * Words of text in a language, as {@link #keysBySpan} is keyed. Equality written out: a
   * record's own goes through method handles, which showed in profiles of this hot look-up.
   */
  private static final class Span {
    private final String lang;
    private final List<String> foldedWords;

    Span(String lang, List<String> foldedWords) {
      this.lang = lang;
      this.foldedWords = foldedWords;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Span s && lang.equals(s.lang) && foldedWords.equals(s.foldedWords);
    }

    @Override
    public int hashCode() {
      return 31 * lang.hashCode() + foldedWords.hashCode();
    }
  }

  private static final int KEYS_CACHE_SIZE = 50_000;

  /**
   * The keys of spans of text read before: three rules ask for the keys of the same capitalised
   * words, and a text names the same people again and again. Shared by all threads, as the
   * tables are; the lists kept are immutable.
   */
  private final Map<Span, List<SyllableKey>> keysBySpan = new ConcurrentHashMap<>();

  private List<SyllableKey> readKeys(String lang, List<String> foldedWords) {
    SyllableTable table = table(lang);
    List<SyllableKey> keys = new ArrayList<>();
    for (List<String> parse : parses(table, foldedWords, 4)) {
      List<Set<String>> syllables = new ArrayList<>();
      for (String s : parse) {
        syllables.add(table.natives(s));
      }
      keys.add(new SyllableKey(lang, syllables, parse));
    }
    return keys;
  }

  /** Whether {@code folded} is a family name of the language, in any of its spellings. */
  boolean isSurname(String lang, String folded) {
    return (KOREAN.equals(lang) ? koreanSurnameSpellings : chineseSurnameSpellings).contains(folded);
  }

  /**
   * A stable spelling for a name no dictionary knows, the same for all its romanizations: family
   * name in its common press form, given name in the standard system (Revised Romanization with
   * hyphen for Korean, pinyin joined for Chinese).
   */
  String canonicalOf(SyllableKey key) {
    SyllableTable table = table(key.lang());
    StringBuilder sb = new StringBuilder();
    String surname = likeliest(table, key, 0);
    String press = (KOREAN.equals(key.lang()) ? koreanSurnames : chineseSurnames).get(surname);
    sb.append(capitalize(press == null || press.isEmpty() ? table.standard(surname) : press));
    sb.append(' ');
    for (int i = 1; i < key.size(); i++) {
      String syllable = table.standard(likeliest(table, key, i));
      if (i == 1) {
        sb.append(capitalize(syllable));
      } else {
        sb.append(KOREAN.equals(key.lang()) ? "-" : "").append(syllable);
      }
    }
    return sb.toString();
  }

  /**
   * Of the native syllables a written syllable may stand for, the family name it is the usual
   * spelling of, else the one names use most ({@code young} is 영 rather than 녕), then the one whose standard spelling is nearest; ties go to table
   * order, so the choice is the same on every run.
   */
  private String likeliest(SyllableTable table, SyllableKey key, int i) {
    Set<String> natives = key.syllables().get(i);
    String written = key.written().isEmpty() ? null : key.written().get(i);
    String best = null;
    int bestUsage = -1;
    int bestDistance = Integer.MAX_VALUE;
    Map<String, String> surnames = KOREAN.equals(key.lang()) ? koreanSurnames : chineseSurnames;
    Map<String, Integer> usage = this.usage.get();
    for (String n : natives) {
      if (i == 0 && written != null && written.equalsIgnoreCase(surnames.get(n))) {
        return n; // the family name's own usual spelling: Lee is 이, Ri is 리
      }
      int used = usage.getOrDefault(key.lang() + ":" + n, 0);
      int d = written == null ? 0 : EditDistance.distance(written, table.standard(n));
      if (used > bestUsage || (used == bestUsage && d < bestDistance)) {
        best = n;
        bestUsage = used;
        bestDistance = d;
      }
    }
    return best;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static List<List<String>> parses(SyllableTable table, List<String> words, int max) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (String word : words) {
      List<List<String>> cuts = table.segmentations(word, 3);
      if (cuts.isEmpty()) {
        return List.of();
      }
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : out) {
        for (List<String> cut : cuts) {
          if (prefix.size() + cut.size() <= max && next.size() < MAX_KEYS) {
            List<String> joined = new ArrayList<>(prefix);
            joined.addAll(cut);
            next.add(joined);
          }
        }
      }
      out = next;
      if (out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  private static Map<String, String> surnames(String resource) {
    Map<String, String> out = new java.util.LinkedHashMap<>(); // file order: most frequent first
    for (String line : WordList.lines(resource)) {
      String[] cols = line.split("\t");
      out.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "");
    }
    return out;
  }
}
