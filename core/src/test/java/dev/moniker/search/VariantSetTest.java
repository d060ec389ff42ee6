package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moniker.Moniker;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variant test set ({@code variants.tsv}): recall and false matches of Moniker against plain
 * Lucene (StandardAnalyzer with a phrase query, and with fuzzy terms) on the same pairs. Writes
 * the table the README shows to {@code target/variant-report.md}.
 */
class VariantSetTest {

  record Case(String cls, String query, String text, boolean match, String id) {}

  /** Recall and false matches of one method. */
  static final class Score {
    int found;
    int expected;
    int falseMatches;
    int negatives;
    final List<String> misses = new ArrayList<>();

    void add(Case c, boolean matched) {
      if (c.match()) {
        expected++;
        if (matched) {
          found++;
        } else {
          misses.add("missed: " + c.query() + " -> " + c.text());
        }
      } else {
        negatives++;
        if (matched) {
          falseMatches++;
          misses.add("false match: " + c.query() + " -> " + c.text());
        }
      }
    }

    String recall() {
      return String.format("%d/%d (%.0f%%)", found, expected, 100.0 * found / expected);
    }
  }

  @TempDir Path tmp;

  @Test
  void monikerFindsEveryVariantAndNoWrongPerson() throws Exception {
    List<Case> cases = load();
    Score moniker = new Score();
    Score phrase = new Score();
    Score fuzzy = new Score();
    Map<String, Score> byClass = new LinkedHashMap<>();
    try (Moniker m = Moniker.open(tmp.resolve("idx"));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        StandardAnalyzer standard = new StandardAnalyzer()) {
      List<Article> articles = new ArrayList<>();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(standard))) {
        for (Case c : cases) {
          articles.add(Article.of(c.id(), "", c.text()));
          Document d = new Document();
          d.add(new StringField("id", c.id(), Field.Store.YES));
          d.add(new TextField("body", c.text(), Field.Store.NO));
          w.addDocument(d);
        }
      }
      m.add(articles);
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher plain = new IndexSearcher(reader);
        QueryParser parser = new QueryParser("body", standard);
        parser.setDefaultOperator(QueryParser.AND_OPERATOR);
        for (Case c : cases) {
          boolean found =
              m.search(SearchRequest.of(c.query()).limit(100).highlight(false)).hits().stream()
                  .anyMatch(h -> h.id().equals(c.id()));
          moniker.add(c, found);
          byClass.computeIfAbsent(c.cls(), k -> new Score()).add(c, found);
          phrase.add(c, finds(plain, parser, "\"" + QueryParser.escape(c.query()) + "\"", c.id()));
          fuzzy.add(c, finds(plain, parser, fuzzyQuery(c.query()), c.id()));
        }
      }
    }
    String report = report(moniker, phrase, fuzzy, byClass);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "variant-report.md"), report);
    System.out.println(report);
    assertEquals(List.of(), moniker.misses, "Moniker must find every variant and no other person");
  }

  private static boolean finds(IndexSearcher s, QueryParser parser, String q, String id)
      throws IOException, ParseException {
    Query query = parser.parse(q);
    for (ScoreDoc sd : s.search(query, 1000).scoreDocs) {
      if (s.storedFields().document(sd.doc).get("id").equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static String fuzzyQuery(String q) {
    StringBuilder sb = new StringBuilder();
    for (String word : q.split("[\\s\\-]+")) {
      if (!word.isBlank()) {
        sb.append(QueryParser.escape(word)).append("~2 ");
      }
    }
    return sb.toString().trim();
  }

  private static String report(Score moniker, Score phrase, Score fuzzy, Map<String, Score> byClass) {
    StringBuilder sb = new StringBuilder();
    sb.append("| method | recall | false matches |\n| --- | --- | --- |\n");
    row(sb, "Moniker (any spelling, one query)", moniker);
    row(sb, "Lucene StandardAnalyzer, phrase query", phrase);
    row(sb, "Lucene StandardAnalyzer, fuzzy terms (~2)", fuzzy);
    sb.append("\n| class | Moniker recall | Moniker false matches |\n| --- | --- | --- |\n");
    byClass.forEach(
        (cls, s) ->
            sb.append("| ").append(cls).append(" | ")
                .append(s.expected == 0 ? "-" : s.recall()).append(" | ")
                .append(s.negatives == 0 ? "-" : s.falseMatches + "/" + s.negatives).append(" |\n"));
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Score s) {
    sb.append("| ").append(name).append(" | ").append(s.recall()).append(" | ")
        .append(s.falseMatches).append("/").append(s.negatives).append(" |\n");
  }

  private static List<Case> load() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in = VariantSetTest.class.getResourceAsStream("/variants.tsv")) {
      int n = 0;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        cases.add(new Case(c[0], c[1], c[2], c[3].trim().equals("match"), "case-" + (++n)));
      }
    }
    return cases;
  }
}
