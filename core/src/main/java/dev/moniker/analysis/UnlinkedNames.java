package dev.moniker.analysis;

import dev.moniker.Internal;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The index's record of words that look like names but that recognition linked to nothing: a
 * capitalised word that no mention took and that is no common English word, such as a surname
 * that several known people share and that nothing in the article decided. Each gets a token
 * {@code ~stalin} stacked on the word. A query that names an entity also searches the words typed
 * as such tokens, so recognition that is unsure never makes Moniker miss an article that a plain
 * phrase query for the typed words finds; yet <i>fine china</i> and <i>his chin</i> (lower case)
 * or <i>LET US</i> (a pronoun the recognizer ruled out) never stand in for a name.
 */
@Internal
public final class UnlinkedNames {

  /** Token type of an unlinked-name token. */
  public static final String TYPE = "<NAME>";

  private static final char PREFIX = '~';

  private UnlinkedNames() {}

  /** The term for a word in its folded form (see {@code Folding}). */
  public static String term(String folded) {
    char[] in = folded.toCharArray();
    char[] out = new char[in.length * 4 + 1];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 1, in.length);
    out[0] = PREFIX;
    return new String(out, 0, n);
  }

  /** Whether an index term is an unlinked-name token. */
  public static boolean isTerm(String term) {
    return term.length() > 1 && term.charAt(0) == PREFIX;
  }
}
