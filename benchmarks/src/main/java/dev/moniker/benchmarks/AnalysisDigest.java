package dev.moniker.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.moniker.analysis.MonikerAnalyzer;
import dev.moniker.benchmarks.corpus.CorpusGenerator;
import dev.moniker.entities.ArticleScope;
import dev.moniker.entities.EntityDictionary;
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
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * A digest of everything Moniker's analysis writes, to prove that a change meant to make analysis
 * cheaper changes no token. Every token's attributes (term, offsets, position increment and
 * length, type, flags, payload, entity) are hashed, as {@code reflectAsString} gives them, for
 * the generated benchmark articles, the real-text sets and the seed articles, in every analyzer
 * mode: index mode both as {@code Moniker.add} reads an article (title, body and title again in
 * one {@link ArticleScope} of the article's year) and field by field without a scope; entities
 * mode in a scope; query mode over every text and the labelled queries.
 *
 * <p>Usage: {@code AnalysisDigest [REPO_DIR [GENERATED_ARTICLES]]}, run from the repository root
 * by default; prints one digest per source and one over all. Compare the output of two builds.
 */
public final class AnalysisDigest {

  private AnalysisDigest() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    int generated = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    EntityDictionary dict = EntityDictionary.defaults();
    Digests all = new Digests();
    List<Source> sources = new ArrayList<>();
    CorpusGenerator generator = new CorpusGenerator(42);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < generated; i++) {
      articles.add(generator.article(i));
    }
    sources.add(new Source("generated", articles, List.of()));
    Path realtext = root.resolve("core/src/test/resources/realtext");
    try (Stream<Path> dirs = Files.list(realtext)) {
      for (Path dir : dirs.sorted().toList()) {
        Path jsonl = dir.resolve("articles.jsonl");
        if (Files.exists(jsonl)) {
          Path tsv = dir.resolve("queries.tsv");
          List<String> queries = Files.exists(tsv) ? queries(tsv) : List.of();
          sources.add(new Source("realtext/" + dir.getFileName(), jsonLines(jsonl), queries));
        }
      }
    }
    List<Article> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("seeds"))) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String text = Files.readString(f);
        int nl = text.indexOf('\n');
        seeds.add(Article.of(f.getFileName().toString(), nl < 0 ? text : text.substring(0, nl), text));
      }
    }
    sources.add(new Source("seeds", seeds, List.of()));
    try (Analyzer index = new MonikerAnalyzer(dict, MonikerAnalyzer.Mode.INDEX);
        Analyzer query = new MonikerAnalyzer(dict, MonikerAnalyzer.Mode.QUERY);
        Analyzer entities = new MonikerAnalyzer(dict, MonikerAnalyzer.Mode.ENTITIES)) {
      for (Source s : sources) {
        Digests d = new Digests();
        for (Article a : s.articles) {
          int year = a.date() == null ? 0 : a.date().atZone(java.time.ZoneOffset.UTC).getYear();
          try (ArticleScope scope = ArticleScope.open(year, false)) {
            d.add(index, "title", a.title());
            d.add(index, "body", a.body());
            d.add(index, "title", a.title());
          }
          d.add(index, "title", a.title());
          d.add(index, "body", a.body());
          try (ArticleScope scope = ArticleScope.open(year, true)) {
            d.add(entities, "title", a.title());
            d.add(entities, "body", a.body());
          }
          d.add(query, "title", a.title());
          d.add(query, "body", a.body());
        }
        for (String q : s.queries) {
          d.add(query, "body", q);
        }
        String hex = d.hex();
        all.update(s.name + " " + hex + "\n");
        System.out.printf("%-20s %6d articles %5d queries %9d tokens %s%n",
            s.name, s.articles.size(), s.queries.size(), d.tokens, hex);
      }
    }
    System.out.println("all " + all.hex());
  }

  private record Source(String name, List<Article> articles, List<String> queries) {}

  private static List<String> queries(Path tsv) throws IOException {
    List<String> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        out.add(line.split("\t", -1)[0]);
      }
    }
    return out;
  }

  private static List<Article> jsonLines(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    JsonFactory json = new JsonFactory();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      String id = "";
      String title = "";
      String body = "";
      String date = null;
      try (JsonParser p = json.createParser(line)) {
        p.nextToken();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken t = p.nextToken();
          if (t.isStructStart()) {
            p.skipChildren();
            continue;
          }
          String value = t == JsonToken.VALUE_NULL ? null : p.getText();
          switch (name) {
            case "id" -> id = value;
            case "title" -> title = value == null ? "" : value;
            case "body" -> body = value == null ? "" : value;
            case "date" -> date = value;
            default -> {}
          }
        }
      }
      Article a = Article.of(id, title, body);
      if (date != null && date.length() >= 10) {
        a = a.withDate(java.time.LocalDate.parse(date.substring(0, 10)).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
      }
      out.add(a);
    }
    return out;
  }

  /** A running SHA-256 of token attribute strings. */
  private static final class Digests {
    private final MessageDigest sha;
    long tokens;

    Digests() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void update(String s) {
      sha.update(s.getBytes(StandardCharsets.UTF_8));
    }

    void add(Analyzer analyzer, String field, String text) throws IOException {
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        ts.reset();
        while (ts.incrementToken()) {
          update(ts.reflectAsString(false));
          update("\n");
          tokens++;
        }
        ts.end();
        update(ts.reflectAsString(false)); // final offset
        update("\u0000\n");
      }
    }

    String hex() {
      return HexFormat.of().formatHex(sha.digest());
    }
  }
}
