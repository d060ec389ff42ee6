package dev.moniker.entities;

import java.util.List;

/**
 * One way of recognising a mention. A rule looks at the words starting at one point of a text and
 * answers with the mention they make, {@link Mention#STOP} when they certainly name nothing (no
 * later rule may claim them), or null to let the next rule try. {@link EntityRecognizer} lists the
 * rules in the order they are tried.
 */
interface RecognitionRule {

  Mention match(Candidate c);

  /**
   * The words at one point of a text.
   *
   * @param words the first word and the words after it, as far as a mention may reach
   * @param previous the word before, or null at the start of the text
   * @param context what the text said so far, its year
   * @param queryMode whether the text is a query (no memory; no guessing)
   * @param beforePrevious the word before {@code previous} as written, or null (<i>state</i> in
   *     <i>the state of Georgia</i>)
   */
  record Candidate(List<Word> words, Word previous, TextContext context, boolean queryMode, String beforePrevious) {

    Candidate(List<Word> words, Word previous, TextContext context, boolean queryMode) {
      this(words, previous, context, queryMode, null);
    }

    Word first() {
      return words.get(0);
    }

    /** Whether the words around the first are all in capitals: a headline or a cable. */
    boolean inCapitals() {
      Word next = words.size() > 1 && words.get(1).joinedToPrevious() ? words.get(1) : null;
      return (previous != null && previous.shouting()) || (next != null && next.shouting());
    }
  }
}
