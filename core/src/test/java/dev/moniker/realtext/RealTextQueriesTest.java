package dev.moniker.realtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moniker.Moniker;
import dev.moniker.ingest.Article;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Name queries on real published text (US government documents, cables and transcripts, Voice of
 * America, out-of-copyright newspapers: {@code realtext/queries/}), each query judged by reading
 * every article: which must match and which must not. Compares Moniker with plain Lucene
 * (StandardAnalyzer: phrase, all words, any word, fuzzy words) and writes the table the README
 * shows to {@code target/realtext-queries-report.md}.
 */
class RealTextQueriesTest {

  private static final String FOLDER = "/realtext/queries/";

  record Query(String text, String cls, Set<String> must, Set<String> mustNot) {}

  /** Recall and false hits of one method over some queries. */
  static final class Score {
    int found;
    int expected;
    int falseHits;
    final List<String> notes = new ArrayList<>();

    void add(Query q, Set<String> hits) {
      expected += q.must().size();
      for (String id : q.must()) {
        if (hits.contains(id)) {
          found++;
        } else {
          notes.add("missed " + id + " for '" + q.text() + "'");
        }
      }
      for (String id : hits) {
        if (!q.must().contains(id)) {
          falseHits++;
          notes.add("false hit " + id + " for '" + q.text() + "'");
        }
      }
    }

    String recall() {
      return String.format("%d/%d (%.0f%%)", found, expected, expected == 0 ? 0 : 100.0 * found / expected);
    }
  }

  @TempDir static Path tmp;
  private static Moniker moniker;
  private static ByteBuffersDirectory plainDir;
  private static DirectoryReader plainReader;
  private static List<Query> queries;

  @BeforeAll
  static void index() throws Exception {
    List<Article> articles = articles();
    moniker = Moniker.open(tmp.resolve("idx"));
    moniker.add(articles);
    plainDir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(plainDir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Article a : articles) {
        Document d = new Document();
        d.add(new StringField("id", a.id(), Field.Store.YES));
        d.add(new TextField("title", a.title(), Field.Store.NO));
        d.add(new TextField("body", a.body(), Field.Store.NO));
        w.addDocument(d);
      }
    }
    plainReader = DirectoryReader.open(plainDir);
    queries = queries(articles.stream().map(Article::id).collect(java.util.stream.Collectors.toSet()));
  }

  @AfterAll
  static void close() throws IOException {
    moniker.close();
    plainReader.close();
    plainDir.close();
  }

  @Test
  void monikerFindsWhatPlainLuceneFindsAndNoWrongPerson() throws Exception {
    Map<String, Score> methods = new LinkedHashMap<>();
    for (String m : List.of("Moniker", "phrase", "all words", "any word", "fuzzy words (~2)")) {
      methods.put(m, new Score());
    }
    Map<String, Score> byClass = new LinkedHashMap<>();
    Map<String, Score> phraseByClass = new LinkedHashMap<>();
    List<String> belowPhrase = new ArrayList<>();
    Map<String, List<String>> rightlyFoundOnlyByPlain = new LinkedHashMap<>();
    IndexSearcher plain = new IndexSearcher(plainReader);
    for (Query q : queries) {
      Set<String> mon = monikerHits(q.text());
      Set<String> phrase = plainHits(plain, "\"" + QueryParser.escape(q.text()) + "\"", true);
      Map<String, Set<String>> plainResults = new LinkedHashMap<>();
      plainResults.put("phrase", phrase);
      plainResults.put("all words", plainHits(plain, QueryParser.escape(q.text()), true));
      plainResults.put("any word", plainHits(plain, QueryParser.escape(q.text()), false));
      plainResults.put("fuzzy words (~2)", plainHits(plain, fuzzy(q.text()), true));
      methods.get("Moniker").add(q, mon);
      plainResults.forEach(
          (method, hits) -> {
            methods.get(method).add(q, hits);
            for (String id : hits) {
              if (q.must().contains(id) && !mon.contains(id)) {
                rightlyFoundOnlyByPlain.computeIfAbsent(method, k -> new ArrayList<>()).add(q.text() + " -> " + id);
              }
            }
          });
      byClass.computeIfAbsent(q.cls(), k -> new Score()).add(q, mon);
      phraseByClass.computeIfAbsent(q.cls(), k -> new Score()).add(q, phrase);
      for (String id : phrase) {
        if (q.must().contains(id) && !mon.contains(id)) {
          belowPhrase.add(q.text() + " -> " + id);
        }
      }
    }
    String report = report(methods, byClass, phraseByClass);
    report += "\nArticles a plain query rightly finds and Moniker misses: "
        + (rightlyFoundOnlyByPlain.isEmpty() ? "none" : rightlyFoundOnlyByPlain.toString()) + "\n";
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "realtext-queries-report.md"), report);
    System.out.println(report);
    methods.get("Moniker").notes.forEach(n -> System.out.println("  Moniker " + n));
    assertEquals(List.of(), belowPhrase, "articles a plain phrase query finds rightly and Moniker misses");
    assertEquals(null, rightlyFoundOnlyByPlain.get("all words"), "articles an AND query finds rightly and Moniker misses");
    Score m = methods.get("Moniker");
    assertEquals(0, m.falseHits, "Moniker must never find a wrong person: " + m.notes);
    for (String other : List.of("phrase", "all words", "any word", "fuzzy words (~2)")) {
      Score s = methods.get(other);
      assertTrue(m.found >= s.found, "Moniker recall " + m.recall() + " below " + other + " " + s.recall());
    }
    // The articles found when the README's table was last written: a rule that loses one fails
    // here (a change to recognising dated people once lost nine without any other test noticing).
    assertTrue(m.found >= RECALL_FLOOR, "Moniker recall " + m.recall() + " fell below " + RECALL_FLOOR + ": " + m.notes);
  }

  /** Articles Moniker found for the labelled queries when the README was last updated. */
  private static final int RECALL_FLOOR = 232;

  private static Set<String> monikerHits(String q) {
    Set<String> ids = new TreeSet<>();
    for (Hit h : moniker.search(SearchRequest.of(q).limit(1000).highlight(false)).hits()) {
      ids.add(h.id());
    }
    return ids;
  }

  private static Set<String> plainHits(IndexSearcher s, String q, boolean all) throws Exception {
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(new String[] {"title", "body"}, new StandardAnalyzer());
    parser.setDefaultOperator(all ? QueryParser.AND_OPERATOR : QueryParser.OR_OPERATOR);
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc sd : s.search(parser.parse(q), 1000).scoreDocs) {
      ids.add(s.storedFields().document(sd.doc).get("id"));
    }
    return ids;
  }

  private static String fuzzy(String q) {
    StringBuilder sb = new StringBuilder();
    for (String word : q.split("[\\s\\-.,]+")) {
      if (!word.isBlank()) {
        sb.append(QueryParser.escape(word)).append("~2 ");
      }
    }
    return sb.toString().trim();
  }

  private static String report(Map<String, Score> methods, Map<String, Score> byClass, Map<String, Score> phrase) {
    StringBuilder sb = new StringBuilder();
    sb.append("| method | recall | false hits |\n| --- | --- | --- |\n");
    methods.forEach(
        (name, s) -> sb.append("| ").append(name.equals("Moniker") ? "Moniker (the query as typed)"
            : "Lucene StandardAnalyzer, " + name).append(" | ").append(s.recall()).append(" | ")
            .append(s.falseHits).append(" |\n"));
    sb.append("\n| class | queries | Moniker recall | Moniker false hits | phrase recall | phrase false hits |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    byClass.forEach(
        (cls, s) -> {
          Score p = phrase.get(cls);
          long n = queries.stream().filter(q -> q.cls().equals(cls)).count();
          sb.append("| ").append(cls).append(" | ").append(n).append(" | ").append(s.recall()).append(" | ")
              .append(s.falseHits).append(" | ").append(p.recall()).append(" | ").append(p.falseHits).append(" |\n");
        });
    return sb.toString();
  }

  private static List<Article> articles() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> out = new ArrayList<>();
    try (InputStream in = RealTextQueriesTest.class.getResourceAsStream(FOLDER + "articles.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        out.add(
            new Article(
                n.get("id").asText(),
                n.path("title").asText(""),
                n.get("body").asText(),
                LocalDate.parse(n.get("date").asText()).atStartOfDay(ZoneOffset.UTC).toInstant(),
                n.path("source").asText(null),
                n.path("url").asText(null)));
      }
    }
    return out;
  }

  private static List<Query> queries(Set<String> ids) throws IOException {
    List<Query> out = new ArrayList<>();
    try (InputStream in = RealTextQueriesTest.class.getResourceAsStream(FOLDER + "queries.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        String[] c = lines[i].split("\t", -1);
        Query q = new Query(c[0], c[1], idSet(c[2]), idSet(c[3]));
        for (String id : q.must()) {
          assertTrue(ids.contains(id), "unknown article " + id);
        }
        out.add(q);
      }
    }
    return out;
  }

  private static Set<String> idSet(String list) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }
}
