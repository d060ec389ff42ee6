package dev.moniker.benchmarks;

import dev.moniker.Moniker;
import dev.moniker.benchmarks.corpus.CorpusGenerator;
import dev.moniker.benchmarks.corpus.PlainIndex;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A digest of what {@code Moniker.add} writes for the generated benchmark articles, read back
 * through Lucene's reader (the files themselves differ from run to run: segment ids, timestamps):
 * every field's terms with their documents, frequencies, positions, offsets and payloads, every
 * stored field, and every doc value. {@link AnalysisDigest} covers the analyzers; this covers the
 * rest of the indexing path (entity facets, spellings, display values, hashes), so that a change
 * meant to make indexing cheaper is shown to change nothing in the index.
 *
 * <p>Usage: {@code IndexDigest [ARTICLES]}; prints one digest. Compare the output of two builds.
 */
public final class IndexDigest {

  private IndexDigest() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    CorpusGenerator generator = new CorpusGenerator(42);
    List<Article> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(generator.article(i));
    }
    Path dir = Files.createTempDirectory("moniker-index-digest");
    try {
      try (Moniker m = Moniker.open(dir.resolve("idx"))) {
        m.add(articles);
      }
      MessageDigest sha = sha256();
      try (FSDirectory d = FSDirectory.open(dir.resolve("idx"));
          DirectoryReader reader = DirectoryReader.open(d)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          digest(leaf.reader(), sha);
        }
        System.out.printf("%d documents, index digest %s%n", reader.numDocs(), HexFormat.of().formatHex(sha.digest()));
      }
    } finally {
      PlainIndex.deleteTree(dir);
    }
  }

  private static void digest(LeafReader r, MessageDigest sha) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    for (FieldInfo fi : r.getFieldInfos()) {
      names.add(fi.name);
    }
    for (String name : names) {
      FieldInfo fi = r.getFieldInfos().fieldInfo(name);
      put(sha, "field " + name + " " + fi.getIndexOptions() + " " + fi.getDocValuesType());
      Terms terms = r.terms(name);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          put(sha, "term " + term.utf8ToString());
          pe = te.postings(pe, PostingsEnum.ALL);
          for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
            StringBuilder s = new StringBuilder().append(doc).append(':').append(pe.freq());
            if (terms.hasPositions()) {
              for (int i = 0; i < pe.freq(); i++) {
                s.append(' ').append(pe.nextPosition());
                if (terms.hasOffsets()) {
                  s.append('/').append(pe.startOffset()).append('-').append(pe.endOffset());
                }
                BytesRef payload = pe.getPayload();
                if (payload != null) {
                  s.append('/').append(payload);
                }
              }
            }
            put(sha, s.toString());
          }
        }
      }
      digestDocValues(r, name, fi.getDocValuesType(), sha);
    }
    StoredFields stored = r.storedFields();
    for (int doc = 0; doc < r.maxDoc(); doc++) {
      for (IndexableField f : stored.document(doc).getFields()) {
        BytesRef b = f.binaryValue();
        put(sha, "stored " + doc + " " + f.name() + " " + (b != null ? b.toString() : String.valueOf(f.stringValue() != null ? f.stringValue() : f.numericValue())));
      }
    }
  }

  private static void digestDocValues(LeafReader r, String name, DocValuesType type, MessageDigest sha)
      throws IOException {
    switch (type) {
      case NUMERIC -> {
        NumericDocValues v = r.getNumericDocValues(name);
        for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
          put(sha, "dv " + doc + " " + v.longValue());
        }
      }
      case BINARY -> {
        BinaryDocValues v = r.getBinaryDocValues(name);
        for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
          put(sha, "dv " + doc + " " + v.binaryValue());
        }
      }
      case SORTED -> {
        SortedDocValues v = r.getSortedDocValues(name);
        for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
          put(sha, "dv " + doc + " " + v.lookupOrd(v.ordValue()));
        }
      }
      case SORTED_NUMERIC -> {
        SortedNumericDocValues v = r.getSortedNumericDocValues(name);
        for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
          StringBuilder s = new StringBuilder("dv " + doc);
          for (int i = 0; i < v.docValueCount(); i++) {
            s.append(' ').append(v.nextValue());
          }
          put(sha, s.toString());
        }
      }
      case SORTED_SET -> {
        SortedSetDocValues v = r.getSortedSetDocValues(name);
        for (int doc = v.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = v.nextDoc()) {
          StringBuilder s = new StringBuilder("dv " + doc);
          for (int i = 0; i < v.docValueCount(); i++) {
            s.append(' ').append(v.lookupOrd(v.nextOrd()).utf8ToString());
          }
          put(sha, s.toString());
        }
      }
      default -> {}
    }
  }

  private static void put(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
