package dev.moniker.benchmarks.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The start-up benchmark's baseline: the smallest command-line search a plain-Lucene user would
 * write. Opens the index once, parses the query with StandardAnalyzer over title (boost 2) and
 * body with AND, prints the total and the top 10 with id, title and score from doc values and
 * three highlighted body passages each, as {@code moniker search} does (without entities).
 *
 * <p>{@code java -cp benchmarks.jar dev.moniker.benchmarks.startup.PlainSearch INDEX_DIR QUERY...}
 */
public final class PlainSearch {

  private PlainSearch() {}

  public static void main(String[] args) throws IOException, ParseException {
    if (args.length < 2) {
      System.err.println("usage: PlainSearch INDEX_DIR QUERY...");
      System.exit(2);
    }
    String text = String.join(" ", java.util.Arrays.asList(args).subList(1, args.length));
    try (StandardAnalyzer analyzer = new StandardAnalyzer();
        FSDirectory dir = FSDirectory.open(Path.of(args[0]));
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      MultiFieldQueryParser parser =
          new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer, Map.of("title", 2f, "body", 1f));
      parser.setDefaultOperator(QueryParser.Operator.AND);
      Query query = parser.parse(text);
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, 1000));
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withMaxLength(200_000)
              .withMaxNoHighlightPassages(1)
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", false))
              .build();
      String[] passages = highlighter.highlight("body", query, top, 3);
      StringBuilder out = new StringBuilder();
      out.append(top.totalHits.value()).append(" articles match \"").append(text).append("\"\n");
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(sd.doc, reader.leaves()));
        int doc = sd.doc - leaf.docBase;
        out.append(String.format("%n%2d. %s%n    %s · score %.2f%n    %s%n", i + 1, value(leaf.reader(), "title", doc),
            value(leaf.reader(), "id", doc), sd.score, passages[i]));
      }
      System.out.print(out);
    }
  }

  private static String value(LeafReader reader, String field, int doc) throws IOException {
    BinaryDocValues values = reader.getBinaryDocValues(field);
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
  }
}
