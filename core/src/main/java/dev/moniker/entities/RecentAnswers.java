package dev.moniker.entities;

import java.util.function.Predicate;

/**
 * A yes-or-no question about words, with the answers for recent words kept: recognition asks
 * whether a capitalised word is a common English word for nearly every such word of a text, and a
 * text repeats its capitalised words (<i>The</i>, <i>In</i>, its names). The word list is large
 * enough that each look-up misses the processor's caches; a word asked about again is answered
 * from a small table instead. The answers are the question's own, so nothing changes but the
 * cost.
 *
 * <p>One slot per hash of a word, the latest word in it. Shared between threads without locks:
 * a slot holds an immutable pair of word and answer, so a reader sees a whole pair or another
 * word's, never a torn one.
 */
final class RecentAnswers {

  private static final int BITS = 14;

  private record Answer(String word, boolean yes) {}

  private final Predicate<String> question;
  private final Answer[] answers = new Answer[1 << BITS];

  RecentAnswers(Predicate<String> question) {
    this.question = question;
  }

  boolean test(String word) {
    int slot = (word.hashCode() * 0x9E3779B9) >>> (32 - BITS);
    Answer a = answers[slot];
    if (a != null && a.word().equals(word)) {
      return a.yes();
    }
    boolean yes = question.test(word);
    answers[slot] = new Answer(word, yes);
    return yes;
  }
}
