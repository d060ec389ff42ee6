package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.Mention.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.fst.FST;

/**
 * A spelling the dictionary lists, longest first, ignoring case, accents, apostrophes, hyphens and
 * spaces between syllables. Also: a middle initial the listed spelling lacks (<i>Nikita S.
 * Khrushchev</i>), an honorific written after the name (<i>Abe-san</i>), a digit a scanner read
 * for a letter (<i>Sta1in</i>), and, in lower-case text, a known name of several words (<i>kim
 * jong un</i>). Several people listed under one spelling are told apart by {@link BearerChoice}.
 */
final class DictionaryRule implements RecognitionRule {

  private static final Set<String> HONORIFIC_SUFFIXES = WordList.load("honorific-suffixes.txt");
  private static final Set<String> PRONOUN_CUES = WordList.load("capitals-pronoun-cues.txt");
  private static final Set<String> FUNCTION_WORDS = WordList.load("function-words.txt");

  private final EntityDictionary dict;
  private final FST<Long> fst;
  private final FST.BytesReader reader;
  private final FST.Arc<Long> arc = new FST.Arc<>();

  DictionaryRule(EntityDictionary dict) {
    this.dict = dict;
    this.fst = dict.aliasFst();
    this.reader = fst.getBytesReader();
  }

  /** The longest listed spelling at the start of some words: how many words, and its aliases. */
  private record Found(int words, Alias[] aliases) {}

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Found found = longest(words);
    Reason reason = c.first().nativeScript() ? Reason.NATIVE_SCRIPT : Reason.DICTIONARY;
    if (found == null || found.words() == 1) {
      Found split = withSplitInitials(words);
      Found withoutInitials = split != null ? split : withoutInitials(words);
      if (withoutInitials != null) {
        found = withoutInitials;
      }
    }
    if (found == null) {
      Found repaired = repaired(words);
      if (repaired != null) {
        found = repaired;
        reason = Reason.SCAN_REPAIR;
      }
    }
    if (found == null) {
      return c.first().nativeScript() ? nativeWithParticle(c) : null;
    }
    if (genericAfterName(found, c)) {
      return null; // "National Security Council" is not the UN's "Security Council"
    }
    List<Integer> fitting = fitting(found, c);
    if (fitting.isEmpty()) {
      return shoutedPronoun(found, c) ? Mention.STOP : null;
    }
    if (shoutedPronoun(found, c)) {
      return Mention.STOP;
    }
    int chosen = fitting.size() == 1 ? fitting.get(0) : BearerChoice.choose(fitting, dict, c.context());
    if (chosen < 0) {
      return Mention.STOP; // people who share this spelling, and nothing tells which
    }
    return new Mention(withHonorific(found.words(), words), dict.entity(chosen), reason);
  }

  /** The entities whose spelling fits how the words are written: capitals-only ones in capitals. */
  private List<Integer> fitting(Found found, Candidate c) {
    List<Word> words = c.words();
    int n = found.words();
    boolean capitals = true;
    for (int i = 0; i < n; i++) {
      capitals &= !words.get(i).hasLowercase();
    }
    Word first = c.first();
    boolean lowerCaseName =
        n >= 2 && !first.capitalized() && dict.startsLowercaseName(first.folded());
    boolean indexCase = c.queryMode() || first.capitalized() || first.nativeScript() || lowerCaseName;
    List<Integer> out = new ArrayList<>(2);
    for (Alias a : found.aliases()) {
      if ((a.capitalsOnly() ? capitals : indexCase) && !out.contains(a.entity())) {
        out.add(a.entity());
      }
    }
    return out;
  }

  /**
   * Text in capitals gives no case to tell <i>US</i> from <i>us</i>: after a verb or preposition
   * ("LET US", "TOLD US") it is the pronoun. Other abbreviations that are English words (<i>WHO</i>,
   * <i>IT</i>) stand for the organisation in capitals only after "THE".
   */
  private boolean shoutedPronoun(Found found, Candidate c) {
    if (found.words() != 1 || c.queryMode() || !c.first().shouting() || !c.inCapitals()) {
      return false;
    }
    for (Alias a : found.aliases()) {
      if (!a.capitalsOnly()) {
        return false; // CHINA in a headline is China: only abbreviations are in doubt
      }
    }
    String f = c.first().folded();
    if (!dict.isEnglishWord(f)) {
      return false;
    }
    String before = c.previous() == null ? "" : c.previous().folded();
    if (f.equals("us")) {
      return PRONOUN_CUES.contains(before);
    }
    return !before.equals("the");
  }

  private static int withHonorific(int n, List<Word> words) {
    if (n < words.size()) {
      Word next = words.get(n);
      if (next.joinedToPrevious() && !next.capitalized() && HONORIFIC_SUFFIXES.contains(next.folded())) {
        return n + 1;
      }
    }
    return n;
  }

  /** Whether reading one more word could still complete a longer listed spelling. */
  boolean prefixContinues(List<Word> words) {
    try {
      fst.getFirstArc(arc);
      for (int i = 0; i < words.size(); i++) {
        Word w = words.get(i);
        if (i > 0 && (!w.continuesName(words.get(i - 1)) || !step(' '))) {
          return false;
        }
        if (!walk(w.folded())) {
          return false;
        }
      }
      return fst.findTargetArc(' ', arc, arc, reader) != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on the heap: cannot happen
    }
  }

  private Found longest(List<Word> words) {
    List<String> folded = new ArrayList<>(words.size());
    for (Word w : words) {
      folded.add(w.folded());
    }
    return longestOf(words, folded, words.size());
  }

  /**
   * Walks the FST over the folded words (as far as they stay joined); {@code span} is how many of
   * the text's words the i-th folded word stands for, for spellings found with words skipped.
   */
  private Found longestOf(List<Word> words, List<String> folded, int limit) {
    try {
      fst.getFirstArc(arc);
      long output = 0;
      Found best = null;
      for (int i = 0; i < Math.min(limit, folded.size()); i++) {
        if (i > 0) {
          if (!words.get(i).continuesName(words.get(i - 1)) || fst.findTargetArc(' ', arc, arc, reader) == null) {
            break;
          }
          output += arc.output();
        }
        boolean matched = true;
        String f = folded.get(i);
        for (int k = 0; k < f.length(); ) {
          int cp = f.codePointAt(k);
          if (fst.findTargetArc(cp, arc, arc, reader) == null) {
            matched = false;
            break;
          }
          output += arc.output();
          k += Character.charCount(cp);
        }
        if (!matched) {
          break;
        }
        if (arc.isFinal()) {
          best = new Found(i + 1, dict.aliasesFor(output + arc.nextFinalOutput()));
        }
      }
      return best;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A spelling of English words only (<i>Security Council</i>, <i>Foreign Ministry</i>) right
   * after a capitalised word that is no title is the end of a longer name nobody listed.
   */
  private boolean genericAfterName(Found found, Candidate c) {
    Word previous = c.previous();
    if (previous == null || !c.first().joinedToPrevious() || !previous.capitalized()
        || Titles.SET.contains(previous.folded()) || FUNCTION_WORDS.contains(previous.folded())
        || found.words() < 2 || c.first().nativeScript()) {
      return false;
    }
    for (int i = 0; i < found.words(); i++) {
      if (!dict.isEnglishWord(c.words().get(i).folded())) {
        return false;
      }
    }
    return true;
  }

  /** <i>George H.W. Bush</i> where the dictionary has <i>George H. W. Bush</i>. */
  private Found withSplitInitials(List<Word> words) {
    List<String> folded = new ArrayList<>(words.size());
    boolean split = false;
    for (Word w : words) {
      if (w.initials() && w.original().length() > 1) {
        folded.add(String.join(" ", w.folded().split("")));
        split = true;
      } else {
        folded.add(w.folded());
      }
    }
    if (!split) {
      return null;
    }
    Found f = longestOf(words, folded, words.size());
    return f != null && f.words() >= 2 ? f : null;
  }

  /** <i>John F. Kennedy</i> where the dictionary has <i>John Kennedy</i>: initials skipped. */
  private Found withoutInitials(List<Word> words) {
    List<Word> kept = new ArrayList<>(words.size());
    List<Integer> at = new ArrayList<>(words.size());
    boolean skipped = false;
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (i > 0 && !w.continuesName(words.get(i - 1))) {
        break;
      }
      boolean initial = i > 0 && i + 1 < words.size() && isInitial(w, words.get(i + 1));
      if (initial) {
        skipped = true;
        continue;
      }
      kept.add(skipped && !kept.isEmpty() ? new Word(w.original(), w.folded(), 1, w.possessive()) : w);
      at.add(i);
    }
    if (!skipped || kept.size() < 2) {
      return null;
    }
    Found f = longestOf(kept, kept.stream().map(Word::folded).toList(), kept.size());
    if (f == null || f.words() < 2) {
      return null;
    }
    return new Found(at.get(f.words() - 1) + 1, f.aliases());
  }

  private static boolean isInitial(Word w, Word next) {
    return w.initials() && next.gapBefore() == 2;
  }

  /**
   * A scanned <i>Sta1in</i> or <i>Pyongyang</i> with a zero for an O: digits inside a word of
   * letters read as the letters they resemble. The damaged form is no word of its own, so the
   * repair cannot take anything from another word.
   */
  private Found repaired(List<Word> words) {
    List<String> folded = new ArrayList<>(words.size());
    boolean changed = false;
    for (Word w : words) {
      String r = repair(w.folded());
      changed |= !r.equals(w.folded());
      folded.add(r);
    }
    if (!changed) {
      return null;
    }
    Found f = longestOf(words, folded, words.size());
    if (f == null) {
      return null;
    }
    for (int i = 0; i < f.words(); i++) {
      if (!words.get(i).capitalized() && !Character.isDigit(words.get(i).original().charAt(0))) {
        return null;
      }
    }
    return f;
  }

  private static String repair(String folded) {
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < folded.length(); i++) {
      char ch = folded.charAt(i);
      if (ch == '0' || ch == '1' || ch == '5') {
        digits++;
      } else if (Character.isLetter(ch)) {
        letters++;
      } else {
        return folded;
      }
    }
    if (digits == 0 || letters < 3) {
      return folded;
    }
    return folded.replace('0', 'o').replace('1', 'l').replace('5', 's');
  }

  /** Korean writes particles onto names (김정은은, 김정은의): try the word without them. */
  private Mention nativeWithParticle(Candidate c) {
    Word w = c.first();
    String f = w.folded();
    for (int cut = 1; cut <= 2 && cut < f.length() - 1; cut++) {
      if (!Particles.isParticle(f.substring(f.length() - cut))) {
        continue;
      }
      String stem = f.substring(0, f.length() - cut);
      Word shorter = new Word(stem, stem, w.gapBefore());
      Found found = longest(List.of(shorter));
      if (found != null) {
        List<Integer> fitting = new ArrayList<>();
        for (Alias a : found.aliases()) {
          fitting.add(a.entity());
        }
        int chosen = fitting.size() == 1 ? fitting.get(0) : BearerChoice.choose(fitting, dict, c.context());
        return chosen < 0 ? Mention.STOP : new Mention(1, dict.entity(chosen), Reason.NATIVE_SCRIPT);
      }
    }
    return null;
  }

  private boolean step(int label) throws IOException {
    return fst.findTargetArc(label, arc, arc, reader) != null;
  }

  private boolean walk(String folded) throws IOException {
    for (int k = 0; k < folded.length(); ) {
      int cp = folded.codePointAt(k);
      if (!step(cp)) {
        return false;
      }
      k += Character.charCount(cp);
    }
    return true;
  }
}
