package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.PositiveIntOutputs;
import org.apache.lucene.util.fst.Util;

/**
 * The spellings compiled for lookup: an FST from each folded spelling to the index of its entity
 * list, and the first words of names of several words, which mark where a name may start in
 * lower-case text.
 *
 * @param fst spelling to an index into {@code outputs}
 * @param outputs the entities of each spelling
 * @param lowercaseStarters first words of multi-word spellings that are no English word
 */
record SpellingFst(FST<Long> fst, List<Alias[]> outputs, CharArraySet lowercaseStarters) {

  /** Compiles the spellings; {@code english} tells which first words are common words. */
  static SpellingFst compile(Map<String, List<Alias>> spellings, CharArraySet english) throws IOException {
    FSTCompiler<Long> compiler =
        new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE4, PositiveIntOutputs.getSingleton()).build();
    List<Alias[]> outputs = new ArrayList<>();
    // The FST takes its inputs in code-point order, which is UTF-8 byte order: sort once as
    // bytes, cheaper than keeping a tree of strings compared code point by code point.
    List<Map.Entry<BytesRef, List<Alias>>> sorted = new ArrayList<>(spellings.size());
    spellings.forEach((k, v) -> sorted.add(Map.entry(new BytesRef(k), v)));
    sorted.sort(Map.Entry.comparingByKey());
    IntsRefBuilder scratch = new IntsRefBuilder();
    for (Map.Entry<BytesRef, List<Alias>> e : sorted) {
      outputs.add(e.getValue().toArray(new Alias[0]));
      compiler.add(Util.toUTF32(e.getKey().utf8ToString(), scratch), (long) outputs.size() - 1);
    }
    FST<Long> fst = FST.fromFSTReader(compiler.compile(), compiler.getFSTReader());
    return new SpellingFst(
        fst, List.copyOf(outputs), CharArraySet.unmodifiableSet(lowercaseStarters(spellings, english)));
  }

  private static CharArraySet lowercaseStarters(Map<String, List<Alias>> spellings, CharArraySet english) {
    CharArraySet starters = new CharArraySet(256, false);
    for (Map.Entry<String, List<Alias>> e : spellings.entrySet()) {
      String key = e.getKey();
      int space = key.indexOf(' ');
      if (space <= 0 || e.getValue().stream().allMatch(Alias::capitalsOnly)) {
        continue;
      }
      String first = key.substring(0, space);
      if (!english.contains(first) && !SpellingWords.isNativeScript(first) && first.chars().allMatch(Character::isLetter)) {
        starters.add(first);
      }
    }
    return starters;
  }
}
