package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.util.fst.FST;

/**
 * A walk through the dictionary's FST of spellings, word by word and space by space: how the
 * recognizer both finds the longest listed spelling at some words and asks whether reading one
 * more word could still complete one. Reused for every walk; not for sharing between threads.
 *
 * <p>The recognizer walks the same words again and again: the look-ahead asks after each word
 * read whether the words so far still begin a spelling, then the rules look for the longest
 * spelling, with initials skipped, and so on, each walk from the start. So a walk keeps the
 * steps of the latest one (its {@link #trail}) and the FST's state after each: a walk that
 * retraces them copies those states instead of searching the FST's arcs again, and steps
 * through the FST only from where it goes its own way. The first words of walks are kept longer
 * ({@link #firstWords}): a text starts many walks with the same word (<i>The</i>, a name said
 * again). The answers are the same.
 */
final class SpellingWalk {

  private final EntityDictionary dict;
  private final FST<Long> fst;
  private final FST.BytesReader reader;
  private final FST.Arc<Long> arc = new FST.Arc<>();
  private final RootArcs rootArcs;
  /** Whether {@link #arc} is the FST's start: the next step is taken from {@link #rootArcs}. */
  private boolean atRoot;
  private long output;

  /** Most steps (words and spaces) of a walk that are kept for the next one. */
  private static final int TRAIL = 16;
  /** Stands for the space between two words in {@link #trailStep}. */
  private static final Object SPACE = new Object();
  /** The steps of the latest walk: a folded word, or {@link #SPACE}. */
  private final Object[] trailStep;
  /** The state after each step: the arc, the output so far, whether still at the start, the answer. */
  private final FST.Arc<Long>[] trailArc;
  private final long[] trailOutput;
  private final boolean[] trailAtRoot;
  private final boolean[] trailFound;
  /** How many steps of {@link #trailStep} the walk now under way has taken, or may retrace. */
  private int trailLength;
  /** How many steps the walk now under way has taken. */
  private int depth;

  /** Most first words kept; then they are forgotten and kept afresh. */
  private static final int FIRST_WORDS = 4096;

  /** The state a walk from the start is in after a word. */
  private record Step(FST.Arc<Long> arc, long output, boolean atRoot, boolean found) {}

  /** The state after each first word walked lately; null for a walk made for one look-up. */
  private final Map<String, Step> firstWords;

  SpellingWalk(EntityDictionary dict) {
    this(dict, true);
  }

  /**
   * @param retrace whether to keep each walk's steps for the next (see above); a walk made for one
   *     look-up has no next, and need not pay for them
   */
  SpellingWalk(EntityDictionary dict, boolean retrace) {
    int kept = retrace ? TRAIL : 0;
    this.trailStep = new Object[kept];
    this.trailArc = newArcs(kept);
    this.trailOutput = new long[kept];
    this.trailAtRoot = new boolean[kept];
    this.trailFound = new boolean[kept];
    this.firstWords = retrace ? new HashMap<>() : null;
    this.dict = dict;
    this.fst = dict.aliasFst();
    this.reader = fst.getBytesReader();
    this.rootArcs = RootArcs.of(fst);
  }

  /** Back to the start of every spelling. */
  void restart() {
    fst.getFirstArc(arc);
    atRoot = true;
    output = 0;
    depth = 0;
  }

  /** Goes on by the space between two words; false where no spelling does. */
  boolean space() {
    if (depth < trailLength && trailStep[depth] == SPACE) {
      return retrace();
    }
    return remember(SPACE, step(' '));
  }

  /** Goes on by a folded word's characters; false where no spelling does. */
  boolean word(String folded) {
    if (depth < trailLength && folded.equals(trailStep[depth])) {
      return retrace();
    }
    if (firstWords == null || depth > 0 || !atRoot) {
      return remember(folded, walkWord(folded));
    }
    Step known = firstWords.get(folded); // a walk from the start: the state is the restart's
    if (known == null) {
      boolean found = walkWord(folded);
      if (firstWords.size() >= FIRST_WORDS) {
        firstWords.clear();
      }
      known = new Step(new FST.Arc<Long>().copyFrom(arc), output, atRoot, found);
      firstWords.put(folded, known);
    } else {
      arc.copyFrom(known.arc());
      output = known.output();
      atRoot = known.atRoot();
    }
    return remember(folded, known.found());
  }

  /** Takes the next step of the trail: the state it left, as if stepping again. */
  private boolean retrace() {
    arc.copyFrom(trailArc[depth]);
    output = trailOutput[depth];
    atRoot = trailAtRoot[depth];
    return trailFound[depth++];
  }

  /** Keeps the step just taken, and the state it left, in place of the trail's from here on. */
  private boolean remember(Object stepTaken, boolean found) {
    if (depth < trailStep.length) {
      trailStep[depth] = stepTaken;
      trailArc[depth].copyFrom(arc);
      trailOutput[depth] = output;
      trailAtRoot[depth] = atRoot;
      trailFound[depth] = found;
      trailLength = depth + 1;
    } else {
      trailLength = trailStep.length;
    }
    depth++;
    return found;
  }

  @SuppressWarnings("unchecked")
  private static FST.Arc<Long>[] newArcs(int n) {
    FST.Arc<Long>[] arcs = new FST.Arc[n];
    for (int i = 0; i < n; i++) {
      arcs[i] = new FST.Arc<>();
    }
    return arcs;
  }

  private boolean walkWord(String folded) {
    for (int k = 0; k < folded.length(); ) {
      int cp = folded.codePointAt(k);
      if (!step(cp)) {
        return false;
      }
      k += Character.charCount(cp);
    }
    return true;
  }

  /** The aliases of the spelling walked so far, or null where no spelling ends here. */
  Alias[] aliasesHere() {
    return arc.isFinal() ? dict.aliasesFor(output + arc.nextFinalOutput()) : null;
  }

  private boolean step(int label) {
    try {
      boolean found = atRoot ? rootArcs.follow(label, arc) : fst.findTargetArc(label, arc, arc, reader) != null;
      atRoot = false;
      if (!found) {
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the FST is on the heap: cannot happen
    }
    output += arc.output();
    return true;
  }
}
