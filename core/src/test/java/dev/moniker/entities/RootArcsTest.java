package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.junit.jupiter.api.Test;

class RootArcsTest {

  /** Spellings in code-point order, outputs their index: first letters in several scripts. */
  private static final List<String> SPELLINGS =
      List.of("ahn", "kim jong un", "kim jong-il", "moon", "xi jinping", "\u4e60\u8fd1\u5e73", "\uae40\uc815\uc740");

  @Test
  void followingARootArcFromTheCacheWalksOnAsFindTargetArcDoes() throws IOException {
    FST<Long> fst = build();
    FST.BytesReader reader = fst.getBytesReader();
    RootArcs root = RootArcs.of(fst);
    for (int i = 0; i < SPELLINGS.size(); i++) {
      String s = SPELLINGS.get(i);
      FST.Arc<Long> arc = new FST.Arc<>();
      assertTrue(root.follow(s.codePointAt(0), arc), s);
      long output = arc.output();
      for (int k = Character.charCount(s.codePointAt(0)); k < s.length(); k += Character.charCount(s.codePointAt(k))) {
        assertTrue(fst.findTargetArc(s.codePointAt(k), arc, arc, reader) != null, s);
        output += arc.output();
      }
      assertTrue(arc.isFinal(), s);
      assertEquals(i, output + arc.nextFinalOutput(), s);
    }
  }

  @Test
  void aLabelNoSpellingStartsWithHasNoArc() throws IOException {
    FST<Long> fst = build();
    FST.Arc<Long> start = fst.getFirstArc(new FST.Arc<>());
    RootArcs root = RootArcs.of(fst);
    for (int label : new int[] {'b', 'z', ' ', '\u4e00', 0x1F600}) {
      assertNull(fst.findTargetArc(label, start, new FST.Arc<>(), fst.getBytesReader()));
      assertFalse(root.follow(label, new FST.Arc<>()), Character.toString(label));
    }
  }

  @Test
  void anArcFoundOnceIsTheArcFoundAgain() throws IOException {
    FST<Long> fst = build();
    FST.Arc<Long> start = fst.getFirstArc(new FST.Arc<>());
    RootArcs root = RootArcs.of(fst);
    for (int round = 0; round < 2; round++) {
      FST.Arc<Long> arc = new FST.Arc<>();
      assertTrue(root.follow('k', arc));
      FST.Arc<Long> expected = fst.findTargetArc('k', start, new FST.Arc<>(), fst.getBytesReader());
      assertEquals(expected.toString(), arc.toString(), "round " + round);
      assertEquals(expected.target(), arc.target());
      assertEquals(expected.output(), arc.output());
    }
  }

  @Test
  void oneFstHasOneCache() throws IOException {
    FST<Long> fst = build();
    assertTrue(RootArcs.of(fst) == RootArcs.of(fst));
  }

  private static FST<Long> build() throws IOException {
    FSTCompiler<Long> compiler =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton()).build();
    IntsRefBuilder input = new IntsRefBuilder();
    for (int i = 0; i < SPELLINGS.size(); i++) {
      input.clear();
      SPELLINGS.get(i).codePoints().forEach(input::append);
      compiler.add(input.get(), (long) i);
    }
    return FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
  }
}
