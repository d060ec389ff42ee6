package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.EntityDictionary.Keyed;
import dev.moniker.entities.EntityDictionary.TypoTarget;
import dev.moniker.entities.Mention.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.fst.FST;

/**
 * Decides whether the words at a point of a text name an entity, trying in turn: a dictionary
 * spelling (longest first), an unlisted romanization of a known Korean or Chinese name, an unknown
 * name of Korean or Chinese shape, a family name alone, and a capitalised typo. The last two
 * depend on what the text said before, so one recognizer reads one text at a time, start to end;
 * {@link #reset()} starts the next.
 *
 * <p>In query mode the text is a query: nothing is remembered, and typos are never corrected
 * (a query has no context to support a correction).
 */
public final class EntityRecognizer {

  /** Most words a recognizer needs to see at once. */
  public final int window;

  private static final int MAX_NAME_WORDS = 3;

  private final EntityDictionary dict;
  private final boolean queryMode;
  private final Set<String> titles;
  private final FST<Long> fst;
  private final FST.BytesReader fstReader;
  private final FST.Arc<Long> arc = new FST.Arc<>();

  /** Per text: surname keys of the persons named so far, with when (a counter). */
  private final Map<String, long[]> recentBySurname = new HashMap<>();
  private final Set<Integer> seen = new HashSet<>();
  private long counter;
  private final Map<String, Entity> unknownNames = new HashMap<>();

  public EntityRecognizer(EntityDictionary dict, boolean queryMode) {
    this.dict = dict;
    this.queryMode = queryMode;
    this.titles = Titles.SET;
    this.fst = dict.aliasFst();
    this.fstReader = fst.getBytesReader();
    this.window = Math.max(dict.maxAliasWords(), MAX_NAME_WORDS);
  }

  /** Forgets the previous text. */
  public void reset() {
    recentBySurname.clear();
    seen.clear();
    counter = 0;
  }

  /**
   * Whether reading one more word after {@code words} could still change the answer: after a
   * capitalised word while a Korean or Chinese name may go on (up to three words), or while the
   * words begin some dictionary spelling. Keeps look-ahead, and its cost, to what a mention could
   * need.
   */
  public boolean mayContinue(List<Word> words) {
    Word last = words.get(words.size() - 1);
    if (words.size() < MAX_NAME_WORDS && (queryMode || last.capitalized() || last.nativeScript())) {
      return true; // a name of syllables may go on after a capitalised word
    }
    try {
      fst.getFirstArc(arc);
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        if (i > 0
            && (!w.continuesName(words.get(i - 1))
                || fst.findTargetArc(' ', arc, arc, fstReader) == null)) {
          return false;
        }
        String f = w.folded();
        for (int c = 0; c < f.length(); ) {
          int cp = f.codePointAt(c);
          if (fst.findTargetArc(cp, arc, arc, fstReader) == null) {
            return false;
          }
          c += Character.charCount(cp);
        }
      }
      return fst.findTargetArc(' ', arc, arc, fstReader) != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on the heap: cannot happen
    }
  }

  /** Whether a mention may start at this word; false for most words, which then cost nothing. */
  public boolean mayStart(Word w) {
    return w.nativeScript() || (w.latin() && (queryMode || w.capitalized()));
  }

  /**
   * The mention starting at {@code words.get(0)}, or null.
   *
   * @param words the word and up to {@link #window} - 1 words after it
   * @param previous the word before, or null at the start of the text
   */
  public Mention recognize(List<Word> words, Word previous) {
    Word first = words.get(0);
    if (!mayStart(first)) {
      return null;
    }
    Mention m = dictionary(words);
    if (m == null && first.latin()) {
      m = mayBeRomanized(first) ? romanized(words, previous) : null;
      if (m == null && !joinedCapital(words)) {
        m = shortMention(words, previous);
        if (m == null && !queryMode) {
          m = typo(first, previous);
        }
      }
    }
    if (m != null && !queryMode) {
      remember(m);
    }
    return m;
  }

  private Mention dictionary(List<Word> words) {
    try {
      fst.getFirstArc(arc);
      long output = 0;
      Mention best = null;
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        if (i > 0) {
          if (!w.continuesName(words.get(i - 1))
              || fst.findTargetArc(' ', arc, arc, fstReader) == null) {
            break;
          }
          output += arc.output();
        }
        boolean matched = true;
        String f = w.folded();
        for (int c = 0; c < f.length(); ) {
          int cp = f.codePointAt(c);
          if (fst.findTargetArc(cp, arc, arc, fstReader) == null) {
            matched = false;
            break;
          }
          output += arc.output();
          c += Character.charCount(cp);
        }
        if (!matched) {
          break;
        }
        if (arc.isFinal()) {
          Alias alias = pick(dict.aliasesFor(output + arc.nextFinalOutput()), words, i + 1);
          if (alias != null) {
            Entity e = dict.entity(alias.entity());
            best = new Mention(i + 1, e, words.get(0).nativeScript() ? Reason.NATIVE_SCRIPT : Reason.DICTIONARY);
          }
        }
      }
      if (best == null && words.get(0).nativeScript()) {
        best = nativeWithParticle(words.get(0));
      }
      return best;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on the heap: cannot happen
    }
  }

  /** The alias that fits how the words are written: capitals-only spellings need capitals. */
  private Alias pick(Alias[] aliases, List<Word> words, int n) {
    boolean capitals = true;
    for (int i = 0; i < n; i++) {
      capitals &= !words.get(i).hasLowercase();
    }
    boolean indexCase = queryMode || words.get(0).capitalized() || words.get(0).nativeScript();
    for (Alias a : aliases) {
      if (a.capitalsOnly() ? capitals : indexCase) {
        return a;
      }
    }
    return null;
  }

  /** Korean writes particles onto names (김정은은, 김정은의): try the word without them. */
  private Mention nativeWithParticle(Word w) {
    String f = w.folded();
    for (int cut = 1; cut <= 2 && cut < f.length() - 1; cut++) {
      String stem = f.substring(0, f.length() - cut);
      if (!Particles.isParticle(f.substring(f.length() - cut))) {
        continue;
      }
      Word shorter = new Word(stem, stem, w.gapBefore());
      Mention m = dictionary(List.of(shorter));
      if (m != null) {
        return new Mention(1, m.entity(), Reason.NATIVE_SCRIPT);
      }
    }
    return null;
  }

  /**
   * Cheap test before the syllable search: an English word that is no Korean or Chinese family
   * name ("The", "However", "Mount") starts no romanized name. Most capitalised words of English
   * text stop here.
   */
  private boolean mayBeRomanized(Word first) {
    String f = first.folded();
    return !dict.isEnglishWord(f)
        || dict.names().isSurname(RomanizedNames.KOREAN, f)
        || dict.names().isSurname(RomanizedNames.CHINESE, f);
  }

  /** Korean or Chinese names by syllables: known ones in any romanization, unknown ones by shape. */
  private Mention romanized(List<Word> words, Word previous) {
    int span = 1;
    while (span < Math.min(MAX_NAME_WORDS, words.size())
        && words.get(span).latin()
        && words.get(span).joinedToPrevious()
        && (words.get(span).capitalized() || queryMode || words.get(span).gapBefore() == 1)) {
      span++;
    }
    for (int n = span; n >= 1; n--) {
      List<String> folded = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        folded.add(words.get(i).folded());
      }
      Set<Integer> found = new LinkedHashSet<>();
      SyllableKey unknownShape = null;
      for (String lang : List.of(RomanizedNames.KOREAN, RomanizedNames.CHINESE)) {
        for (SyllableKey key : dict.names().keysOfText(lang, folded)) {
          if (key.size() < 2) {
            continue;
          }
          boolean surnameAlone = words.get(0).folded().length() > 0
              && dict.names().table(lang).isSyllable(words.get(0).folded());
          for (String first : key.syllables().get(0)) {
            for (Keyed k : dict.withFirstSyllable(first)) {
              Entity e = dict.entity(k.entity());
              if (e.type() == EntityType.PERSON && !surnameAlone) {
                continue;
              }
              if (k.key().compatible(key)) {
                found.add(k.entity());
              }
            }
          }
          if (unknownShape == null && n >= 2 && looksLikeUnknownName(lang, words, previous, n, key)) {
            unknownShape = key;
          }
        }
      }
      if (found.size() == 1) {
        return new Mention(n, dict.entity(found.iterator().next()), Reason.ROMANIZATION);
      }
      if (found.size() > 1) {
        return null; // several known people fit: better unlinked than wrong
      }
      if (unknownShape != null) {
        return new Mention(n, unknownPerson(unknownShape), Reason.NAME_SHAPE);
      }
    }
    return null;
  }

  /**
   * A family name followed by one or two given-name syllables, capitalised as names are. The
   * given name must not read as English: joined ({@code Minjae}, {@code Min-jae}) it must not be an
   * English word, and written as separate capitalised words they must not all be English words
   * ({@code Kim Min Jae} is a name; {@code He Can Go} is a headline). A family name that is also
   * an English word ({@code In}, {@code Go}, {@code Park}) at the start of a sentence needs its
   * given name written in two parts ({@code Go Myong-hyun}), and no part may be a known name of
   * its own ({@code In Tokyo}).
   */
  private boolean looksLikeUnknownName(
      String lang, List<Word> words, Word previous, int n, SyllableKey key) {
    Word surname = words.get(0);
    if (!dict.names().isSurname(lang, surname.folded()) || !words.get(1).capitalized()) {
      return false;
    }
    boolean sentenceStart = previous == null || surname.gapBefore() != 1;
    if (n == 2 && sentenceStart && dict.isEnglishWord(surname.folded())) {
      return false; // "In Tokyo", "Do Androids": an English word starting a sentence, and one more
    }
    for (int i = 1; i < n; i++) {
      if (dict.isSingleWordAlias(words.get(i).folded())) {
        return false; // "... In Seoul": the next word is a known name of its own
      }
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
    return !dict.isEnglishWord(joined.toString()) && !(n > 2 && allEnglish);
  }

  private Entity unknownPerson(SyllableKey key) {
    String canonical = dict.names().canonicalOf(key);
    if (unknownNames.size() > 10_000) {
      unknownNames.clear(); // only a cache of immutable values: bound it
    }
    return unknownNames.computeIfAbsent(
        canonical, c -> new Entity(EntityType.PERSON, c, key.lang(), false));
  }

  /** A capitalised word joined to the next capitalised word is part of a longer name. */
  private static boolean joinedCapital(List<Word> words) {
    return words.size() > 1 && words.get(1).joinedToPrevious() && words.get(1).capitalized();
  }

  private Mention shortMention(List<Word> words, Word previous) {
    Word w = words.get(0);
    if (!w.capitalized() && !queryMode) {
      return null;
    }
    boolean afterTitle = previous != null && titles.contains(previous.folded());
    if (previous != null && w.joinedToPrevious() && previous.capitalized() && !afterTitle) {
      return null; // "Peter Chin": a Western given name, not a short mention
    }
    String f = w.folded();
    if (!queryMode && dict.isEnglishWord(f) && !afterTitle && !NameContext.actsAsName(words, previous)) {
      return null; // "Moon landing", "Park rangers": the capital may just start a sentence
    }
    if (!queryMode) {
      Integer recent = mostRecent(f);
      if (recent != null) {
        return new Mention(1, dict.entity(recent), Reason.SHORT_MENTION);
      }
    }
    List<Integer> owners = dict.withSurname(f);
    if (owners.size() == 1 && !dict.isEnglishWord(f) && !dict.isEnglishWord(w.original())) {
      return new Mention(1, dict.entity(owners.get(0)), Reason.SHORT_MENTION);
    }
    return null;
  }

  private Integer mostRecent(String folded) {
    long best = -1;
    Integer entity = null;
    for (String key : surnameKeys(folded)) {
      long[] r = recentBySurname.get(key);
      if (r != null && r[1] > best) {
        best = r[1];
        entity = (int) r[0];
      }
    }
    return entity;
  }

  /** The folded surname and, for Korean and Chinese spellings, the native syllables it may be. */
  private List<String> surnameKeys(String folded) {
    List<String> keys = new ArrayList<>(4);
    keys.add(folded);
    for (String lang : List.of(RomanizedNames.KOREAN, RomanizedNames.CHINESE)) {
      for (String n : dict.names().table(lang).natives(folded)) {
        keys.add(lang + ":" + n);
      }
    }
    return keys;
  }

  private Mention typo(Word w, Word previous) {
    String f = w.folded();
    if (f.length() < 4
        || previous == null
        || w.gapBefore() != 1 // after punctuation a capital may just start a sentence
        || previous.capitalized()
        || !w.capitalized()
        || !w.hasLowercase()
        || dict.isEnglishWord(w.original())
        || !dict.withSurname(f).isEmpty()) {
      return null;
    }
    Set<Integer> targets = new HashSet<>();
    collectTypoTargets(f, f, targets);
    for (int i = 0; i < f.length(); i++) {
      collectTypoTargets(f.substring(0, i) + f.substring(i + 1), f, targets);
    }
    if (targets.size() != 1) {
      return null;
    }
    int target = targets.iterator().next();
    return seen.contains(target) ? new Mention(1, dict.entity(target), Reason.TYPO) : null;
  }

  private void collectTypoTargets(String key, String word, Set<Integer> targets) {
    for (TypoTarget t : dict.typoNeighbours(key)) {
      if (EditDistance.isOneEdit(word, t.folded())) {
        targets.add(t.entity());
      }
    }
  }

  private void remember(Mention m) {
    counter++;
    Entity e = m.entity();
    int ordinal = dict.ordinalOf(e);
    if (ordinal < 0) {
      return; // an unknown name: nothing in the dictionary to link short mentions to
    }
    seen.add(ordinal);
    if (e.type() == EntityType.PERSON && m.reason() != Reason.SHORT_MENTION) {
      for (String s : dict.surnamesOf(ordinal)) {
        for (String key : surnameKeys(s)) {
          recentBySurname.put(key, new long[] {ordinal, counter});
        }
      }
    }
  }
}
