package dev.moniker.reliability;

import dev.moniker.analysis.EntityChain;
import dev.moniker.analysis.EntityFilter;
import dev.moniker.analysis.KeywordLowercaseAnalyzer;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.entities.EntityDictionary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.util.TestUtil;

/**
 * Every token filter of Moniker ({@link EntityFilter}) and every analyzer ({@link
 * MonikerAnalyzer} in both modes, {@link KeywordLowercaseAnalyzer}) survive Lucene's random-text
 * checks (token stream contract, offsets, reuse, several threads) over short, long and hostile
 * texts, and give the same tokens when one instance is shared by many threads.
 */
public class AnalysisRandomTest extends BaseTokenStreamTestCase {

  private static final EntityDictionary DICTIONARY = EntityDictionary.defaults();

  /** The entity filter alone, right after the tokenizer, as in {@link MonikerAnalyzer}. */
  private static Analyzer entityChain(boolean queryMode) {
    return EntityChain.analyzer(DICTIONARY, queryMode);
  }

  private static List<Analyzer> allAnalyzers() {
    return List.of(
        entityChain(false),
        entityChain(true),
        new MonikerAnalyzer(DICTIONARY, MonikerAnalyzer.Mode.INDEX),
        new MonikerAnalyzer(DICTIONARY, MonikerAnalyzer.Mode.QUERY),
        new KeywordLowercaseAnalyzer());
  }

  // ------------------------------------------------------------ Lucene's random text

  public void testRandomShortTexts() throws IOException {
    for (Analyzer a : allAnalyzers()) {
      try (a) {
        checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
      }
    }
  }

  public void testRandomFullUnicodeTexts() throws IOException {
    for (Analyzer a : allAnalyzers()) {
      try (a) {
        checkRandomData(random(), a, 300 * RANDOM_MULTIPLIER, 20, false);
      }
    }
  }

  public void testRandomLongTexts() throws IOException {
    for (Analyzer a : allAnalyzers()) {
      try (a) {
        checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 8192, false);
      }
    }
  }

  // ------------------------------------------------------------ hostile text

  private static final String[] PIECES = {
    // names in several spellings and scripts, possessives, initials
    "Kim Jong-un", "KIM JONG UN", "Kim Jong Eun's", "김정은", "金正恩", "毛泽东", "Xi Jinping's",
    "U.S.", "US", "Ch'oe Ryong-hae", "Moon Jae-in", "Pyongyang,", "Kim", "Mr.", "Premier Zhou",
    // other scripts, right-to-left included
    "Москва", "القاهرة", "नई दिल्ली", "東京", "ทักษิณ", "Ἀθῆναι",
    // combining marks: stacked, and at the start of a word
    "e\u0301\u0302\u0303\u0304\u0305", "\u0301Kim", "Ki\u0308m", "Z\u0351\u0352\u0353\u0354\u0355",
    // emoji: ZWJ sequences, skin tones, flags, keycaps
    "👩‍👩‍👧‍👦", "👍🏽", "🇰🇵🇨🇳", "1️⃣", "😀Kim😀",
    // control and invisible characters, odd spaces and line breaks
    "\u0000", "\u0007", "\u001B[31m", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u200B", "\u200D",
    "\u202E", "\u00A0", "\u3000", "\t", "\r\n", "\n\n",
    // lone surrogates
    "\uD800", "\uDFFF", "a\uD83Db",
    // punctuation that tokenizers and the entity filter treat specially
    "-", "'", "’s", "'s", ".", "...", "—", "(", ")", "\"", "#", "@", "&", "/", "\\"
  };

  private static String hostileText(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(12)) {
        case 0 -> sb.append(longToken(r));
        case 1 -> sb.append(TestUtil.randomUnicodeString(r, 10));
        case 2 -> sb.append(TestUtil.randomRealisticUnicodeString(r, 1, 12));
        default -> sb.append(PIECES[r.nextInt(PIECES.length)]);
      }
      sb.append(r.nextInt(4) == 0 ? "" : " ");
    }
    return sb.toString();
  }

  /** Longer than any token limit: one word, a hyphenated name, digits, one Hangul run. */
  private static String longToken(Random r) {
    int n = 300 + r.nextInt(r.nextInt(10) == 0 ? 10_000 : 1_000);
    return switch (r.nextInt(5)) {
      case 0 -> "a".repeat(n);
      case 1 -> "Kim-".repeat(n / 4) + "un";
      case 2 -> "9".repeat(n);
      case 3 -> "김".repeat(n);
      default -> "K" + "i\u0301".repeat(n / 2);
    };
  }

  /**
   * Lone surrogates replaced: Lucene's consistency check needs well-formed UTF-16, which even a
   * bare {@link StandardTokenizer} fails on them (its final offset varies with how the text is
   * read). The other tests below keep them.
   */
  private static String wellFormed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        sb.append(c).append(text.charAt(++i));
      } else {
        sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return sb.toString();
  }

  public void testHostileTexts() throws IOException {
    for (Analyzer a : allAnalyzers()) {
      try (a) {
        for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
          String text = wellFormed(hostileText(random()));
          checkAnalysisConsistency(random(), a, random().nextBoolean(), text);
        }
      }
    }
  }

  public void testHostileTextsWithOffsetsChecked() throws IOException {
    // Offsets must stay within the text and never go backwards for the highlighter to work.
    for (Analyzer a : allAnalyzers()) {
      try (a) {
        for (int i = 0; i < 100 * RANDOM_MULTIPLIER; i++) {
          String text = hostileText(random());
          try (TokenStream ts = a.tokenStream("body", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int lastStart = 0;
            boolean first = true;
            while (ts.incrementToken()) {
              assertTrue(text, offset.startOffset() >= lastStart);
              assertTrue(text, offset.endOffset() >= offset.startOffset());
              assertTrue(text, offset.endOffset() <= text.length());
              assertTrue(text, posInc.getPositionIncrement() >= (first ? 1 : 0));
              lastStart = offset.startOffset();
              first = false;
            }
            ts.end();
            assertTrue(offset.endOffset() <= text.length());
          }
        }
      }
    }
  }

  // ------------------------------------------------------------ one analyzer, many threads

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "/" + posInc.getPositionIncrement() + "/" + offset.startOffset() + "-" + offset.endOffset());
      }
      ts.end();
    }
    return out;
  }

  public void testSharedAnalyzersGiveTheSameTokensOnEveryThread() throws Exception {
    Random r = new Random(random().nextLong());
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      texts.add(hostileText(r));
    }
    texts.add("Kim Jong-un met Xi Jinping in Dalian; KIM JONG UN and 김정은 are one person.");
    int threads = 4;
    for (Analyzer a : allAnalyzers()) {
      try (a) {
        List<List<String>> expected = new ArrayList<>();
        for (String t : texts) {
          expected.add(tokens(a, t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
          CountDownLatch start = new CountDownLatch(1);
          List<Future<?>> done = new ArrayList<>();
          for (int k = 0; k < threads; k++) {
            int offset = k;
            done.add(
                pool.submit(
                    () -> {
                      start.await();
                      for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                          int which = (i + offset * 7) % texts.size(); // threads interleave texts
                          assertEquals(
                              a + " on thread " + offset,
                              expected.get(which),
                              tokens(a, texts.get(which)));
                        }
                      }
                      return null;
                    }));
          }
          start.countDown();
          for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
          }
        } finally {
          pool.shutdownNow();
          assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
        }
      }
    }
  }
}
