package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.util.fst.FST;

/**
 * A walk through the dictionary's FST of spellings, word by word and space by space: how the
 * recognizer both finds the longest listed spelling at some words and asks whether reading one
 * more word could still complete one. Reused for every walk; not for sharing between threads.
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

  SpellingWalk(EntityDictionary dict) {
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
  }

  /** Goes on by the space between two words; false where no spelling does. */
  boolean space() {
    return step(' ');
  }

  /** Goes on by a folded word's characters; false where no spelling does. */
  boolean word(String folded) {
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
