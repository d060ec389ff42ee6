package dev.moniker.analysis;

import dev.moniker.entities.Entity;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.entities.EntityRecognizer;
import dev.moniker.entities.EntityType;
import dev.moniker.entities.Folding;
import dev.moniker.entities.Mention;
import dev.moniker.entities.Word;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Puts a token for each recognised entity into the stream, e.g. {@code person:kim_jong-un} for
 * <i>Kim Jong-un</i>, <i>KIM JONG UN</i>, <i>Kim Jong Eun</i> or 김정은.
 *
 * <p>Every mention occupies exactly one position, however many words it is spelled with: the
 * entity token comes first, with the mention's offsets, so a highlighter marks the spelling the
 * text used; in index mode the mention's own words follow, stacked on the same position with the
 * same offsets, so they stay searchable as words. A query naming the entity in any spelling is
 * then one term, and a phrase across a mention ("leader Kim Jong Un said") matches every
 * spelling, because no spelling takes more positions than another. In query mode the words of a
 * mention are dropped, so that a query for <i>Kim Jong Un</i> cannot match <i>Kim Jong-il</i>
 * through the word <i>Kim</i>.
 *
 * <p>Entity tokens are marked as keywords (no stemming) and typed {@code <PERSON>}, {@code
 * <PLACE>} or {@code <ORG>}. In index mode, a capitalised word that no mention took and that is
 * no common English word (<i>Stalin</i> where nothing decided whose surname it is) also gets a
 * stacked {@link UnlinkedNames unlinked-name} token: a query naming an entity also searches those,
 * so an article whose mention recognition left unlinked is still found by the spelling typed.
 *
 * <p>Put this filter right after the tokenizer, before possessive removal and lower-casing:
 * capitals matter (<i>US</i> is not <i>us</i>), and the filter reads a possessive ({@code
 * Moon's}) off the word itself.
 */
public final class EntityFilter extends TokenFilter {

  private final EntityRecognizer recognizer;
  private final boolean keepWords;

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final EntityAttribute entityAtt = addAttribute(EntityAttribute.class);

  /** Input tokens read ahead and not yet emitted. */
  private final ArrayDeque<Slot> lookahead = new ArrayDeque<>();
  /** Tokens of a mention to emit after its entity token. */
  private final ArrayDeque<AttributeSource> stacked = new ArrayDeque<>();
  /**
   * Copies of this stream's attributes to hold tokens read ahead, reused: capturing a state
   * clones every attribute, and look-ahead is the filter's main cost. Emptied on reset, since a
   * consumer may add attributes between uses.
   */
  private final ArrayDeque<AttributeSource> spare = new ArrayDeque<>();

  private final List<Word> words = new ArrayList<>();
  private char[] folded = new char[64];
  /** The word before the current one; null when it is {@link #passedTerm}, not yet made a Word. */
  private Word previous;
  private char[] passedTerm = new char[32];
  private int passedLength = -1;
  /**
   * The word before {@link #previous} as written, for a kind of place before "of" (<i>the state
   * of Georgia</i>); {@code beforeLength} -1 when there is none.
   */
  private char[] beforeTerm = new char[32];
  private int beforeLength = -1;
  private int lastEnd;
  private boolean inputDone;
  private final RecordedText text;

  private record Slot(AttributeSource token, Word word, int start, int end) {}

  /** The token type of an entity token, e.g. {@code <PERSON>}; words keep the tokenizer's types. */
  public static String tokenType(EntityType type) {
    return TOKEN_TYPES[type.ordinal()];
  }

  /** Each kind's token type, made once: every entity token asks for it. */
  private static final String[] TOKEN_TYPES =
      java.util.Arrays.stream(EntityType.values()).map(t -> "<" + t.name() + ">").toArray(String[]::new);

  /**
   * A filter for article text (index mode: words stay searchable beside the entity tokens) or
   * for queries (query mode: a name becomes its entity token alone).
   *
   * @param dictionary the entities to recognise
   * @param queryMode false at index time, true at query time
   */
  public EntityFilter(TokenStream input, EntityDictionary dictionary, boolean queryMode) {
    this(input, new EntityRecognizer(dictionary, queryMode), !queryMode);
  }

  /**
   * @param recognizer decides what is a mention; one per filter, as it remembers the text read
   * @param keepWords true at index time (words stay searchable), false at query time
   */
  EntityFilter(TokenStream input, EntityRecognizer recognizer, boolean keepWords) {
    this(input, recognizer, keepWords, null);
  }

  /**
   * @param text the text the tokenizer reads, recorded, to tell the punctuation between words; null
   *     when the chain has none (a two-character gap may then be a comma or a period)
   */
  EntityFilter(TokenStream input, EntityRecognizer recognizer, boolean keepWords, RecordedText text) {
    super(input);
    this.recognizer = recognizer;
    this.keepWords = keepWords;
    this.text = text;
  }

  /** A filter reading the punctuation from the recorded text (see {@link MonikerAnalyzer}). */
  EntityFilter(TokenStream input, EntityDictionary dictionary, boolean queryMode, RecordedText text) {
    this(input, new EntityRecognizer(dictionary, queryMode), !queryMode, text);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!stacked.isEmpty()) {
      restore(stacked.poll());
      return true;
    }
    if (lookahead.isEmpty()) {
      if (!readInput()) {
        return false;
      }
      if (!recognizer.mayStart(termAtt, termAtt)) {
        lastEnd = offsetAtt.endOffset();
        rememberPassed();
        return true; // the common case: passed through untouched, nothing captured
      }
      lookahead.add(capture());
    } else if (!recognizer.mayStart(lookahead.peek().word())) {
      return emitHead(); // a word read ahead that cannot start a mention: no need to read more
    }
    fillLookahead();
    Slot head = lookahead.peek();
    words.clear();
    for (Slot s : lookahead) {
      words.add(s.word());
    }
    Mention mention = recognizer.recognize(words, previousWord(), beforeLength < 0 ? null : new String(beforeTerm, 0, beforeLength));
    if (mention == null) {
      recognizer.placeAbstention(head.start(), abstentionEnd(recognizer.abstentionWords()));
      return emitHead();
    }
    emitMention(mention);
    return true;
  }

  /** The end offset of the first {@code words} words read ahead (the head's when fewer were read). */
  private int abstentionEnd(int words) {
    int i = 0;
    int end = lookahead.peek().end();
    for (Slot s : lookahead) {
      if (i++ == words) {
        break;
      }
      end = s.end();
    }
    return end;
  }

  private boolean emitHead() {
    Slot head = lookahead.poll();
    stackUnlinkedMarker(head, head.start(), head.end());
    restore(head.token());
    shiftPrevious();
    previous = head.word();
    return true;
  }

  private void emitMention(Mention mention) {
    int start = lookahead.peek().start();
    Slot last = null;
    Slot beforeLast = null;
    int n = mention.words();
    int i = 0;
    for (Slot s : lookahead) {
      if (i++ == n) {
        break;
      }
      beforeLast = last;
      last = s;
    }
    int end = last.end();
    Slot first = lookahead.poll();
    for (Entity more : mention.also()) {
      AttributeSource extra = stackedCopy(first.token(), start, end);
      setEntity(extra, more, mention.reason());
      stacked.add(extra);
    }
    // A name nobody listed (an unknown person, a body by its shape) links to no known entity: its
    // words stay findable as unlinked names too, so "Stalin" typed finds "A. B. Stalin" as a
    // plain query would.
    boolean unknown = !mention.entity().known();
    if (keepWords) {
      stacked.add(stackedCopy(first.token(), start, end));
      if (unknown) {
        stackUnlinkedMarker(first, start, end);
      }
    }
    for (int k = 1; k < n; k++) {
      Slot s = lookahead.poll();
      if (keepWords) {
        stacked.add(stackedCopy(s.token(), start, end));
        if (unknown) {
          stackUnlinkedMarker(s, start, end);
        }
      }
      spare.add(s.token());
    }
    shiftPrevious();
    if (n >= 2) {
      keepBefore(beforeLast.word().original());
    }
    previous = last.word();
    restore(first.token());
    offsetAtt.setOffset(start, end);
    posLenAtt.setPositionLength(1);
    termAtt.setEmpty().append(mention.entity().term()); // as setEntity, through this filter's own attributes
    typeAtt.setType(tokenType(mention.entity().type()));
    keywordAtt.setKeyword(true);
    entityAtt.set(mention.entity(), mention.reason());
  }

  /** A stacked {@link UnlinkedNames} token for a word that may be a name no known entity took. */
  private void stackUnlinkedMarker(Slot s, int start, int end) {
    if (keepWords && recognizer.mayBeUnlinkedName(s.word())) {
      AttributeSource marker = stackedCopy(s.token(), start, end);
      marker.getAttribute(CharTermAttribute.class).setEmpty().append(UnlinkedNames.term(s.word().folded()));
      marker.getAttribute(TypeAttribute.class).setType(UnlinkedNames.TYPE);
      marker.getAttribute(KeywordAttribute.class).setKeyword(true);
      stacked.add(marker);
    }
  }

  private static void setEntity(AttributeSource token, Entity entity, Mention.Reason reason) {
    token.getAttribute(CharTermAttribute.class).setEmpty().append(entity.term());
    token.getAttribute(TypeAttribute.class).setType(tokenType(entity.type()));
    token.getAttribute(KeywordAttribute.class).setKeyword(true);
    token.getAttribute(EntityAttribute.class).set(entity, reason);
  }

  /** Reads ahead while the words stay joined, as far as a mention can reach. */
  private void fillLookahead() throws IOException {
    while (lookahead.size() < recognizer.window && !inputDone && recognizer.mayContinue(wordsAhead())) {
      if (!readInput()) {
        return;
      }
      Word before = lookahead.peekLast().word();
      Slot s = capture();
      lookahead.add(s);
      if (!s.word().continuesName(before) && !recognizer.readsOn(wordsAhead())) {
        return;
      }
    }
  }

  /** Keeps the text of a word passed through, without allocating: few are ever looked at. */
  private void rememberPassed() {
    shiftPrevious();
    int len = termAtt.length();
    if (passedTerm.length < len) {
      passedTerm = new char[len];
    }
    System.arraycopy(termAtt.buffer(), 0, passedTerm, 0, len);
    passedLength = len;
    previous = null;
  }

  /** Keeps the word before the current one as the word before the next one's previous. */
  private void shiftPrevious() {
    if (previous != null) {
      keepBefore(previous.original());
    } else if (passedLength >= 0) {
      if (beforeTerm.length < passedLength) {
        beforeTerm = new char[passedLength];
      }
      System.arraycopy(passedTerm, 0, beforeTerm, 0, passedLength);
      beforeLength = passedLength;
    } else {
      beforeLength = -1;
    }
  }

  private void keepBefore(String word) {
    if (beforeTerm.length < word.length()) {
      beforeTerm = new char[word.length()];
    }
    word.getChars(0, word.length(), beforeTerm, 0);
    beforeLength = word.length();
  }

  private Word previousWord() {
    if (previous == null && passedLength >= 0) {
      int len = passedLength;
      boolean possessive = isPossessive(passedTerm, len); // "the city's Legislative Council", read as capture reads it
      if (possessive) {
        len -= 2;
      }
      String text = new String(passedTerm, 0, len);
      previous = new Word(text, text.toLowerCase(Locale.ROOT), 1, possessive);
    }
    return previous;
  }

  private List<Word> wordsAhead() {
    words.clear();
    for (Slot s : lookahead) {
      words.add(s.word());
    }
    return words;
  }

  private boolean readInput() throws IOException {
    if (inputDone) {
      return false;
    }
    if (!input.incrementToken()) {
      inputDone = true;
      return false;
    }
    return true;
  }

  private Slot capture() {
    int len = termAtt.length();
    boolean possessive = isPossessive(termAtt.buffer(), len);
    if (possessive) {
      len -= 2;
    }
    if (folded.length < Folding.maxFoldedLength(len)) {
      folded = new char[Folding.maxFoldedLength(len)];
    }
    int n = Folding.fold(termAtt.buffer(), len, folded);
    int start = offsetAtt.startOffset();
    int gap = lastEnd < 0 ? -1 : start - lastEnd;
    int marks = text == null || gap < 0 ? Word.UNKNOWN_MARKS : text.marksBetween(lastEnd, start);
    Word w = new Word(new String(termAtt.buffer(), 0, len), new String(folded, 0, n), gap, possessive, marks);
    lastEnd = offsetAtt.endOffset();
    return new Slot(hold(), w, start, offsetAtt.endOffset());
  }

  /** A word ending in {@code 's} as English writes a possessive, as EnglishPossessiveFilter reads it. */
  private static boolean isPossessive(char[] buffer, int len) {
    if (len < 3) {
      return false;
    }
    char s = buffer[len - 1];
    char apostrophe = buffer[len - 2];
    return (s == 's' || s == 'S')
        && (apostrophe == '\'' || apostrophe == '\u2019' || apostrophe == '\uFF07');
  }

  /** The current token, copied into a spare set of attributes. */
  private AttributeSource hold() {
    AttributeSource copy = spare.poll();
    if (copy == null) {
      copy = cloneAttributes();
    } else {
      AttributeCopies.copy(this, copy);
    }
    return copy;
  }

  /** Makes {@code token} the current token and keeps its attributes for reuse. */
  private void restore(AttributeSource token) {
    AttributeCopies.copy(token, this);
    spare.add(token);
  }

  /** A word of a mention as it is indexed: stacked on the entity token, with its offsets. */
  private AttributeSource stackedCopy(AttributeSource word, int start, int end) {
    AttributeSource copy = spare.poll();
    if (copy == null) {
      copy = word.cloneAttributes();
    } else {
      AttributeCopies.copy(word, copy);
    }
    copy.getAttribute(PositionIncrementAttribute.class).setPositionIncrement(0);
    copy.getAttribute(OffsetAttribute.class).setOffset(start, end);
    return copy;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    lookahead.clear();
    stacked.clear();
    spare.clear();
    words.clear();
    previous = null;
    passedLength = -1;
    beforeLength = -1;
    lastEnd = -1;
    inputDone = false;
    recognizer.reset();
  }

  @Override
  public String toString() {
    return "EntityFilter(" + (keepWords ? "index" : "query").toLowerCase(Locale.ROOT) + ")";
  }
}
