package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.MonikerException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();
  private final List<Decoding> decodings = new ArrayList<>();
  private final IngestSink sink =
      new IngestSink() {
        @Override
        public void article(Article article) {
          articles.add(article);
        }

        @Override
        public void skipped(Skipped s) {
          skipped.add(s);
        }

        @Override
        public void notice(Notice n) {
          notices.add(n);
        }

        @Override
        public void decoded(Decoding d) {
          decodings.add(d);
        }
      };

  private String reasonFor(String input) {
    return skipped.stream()
        .filter(s -> s.input().equals(input))
        .map(Skipped::reason)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not skipped: " + input + " in " + skipped));
  }

  @Test
  void idsAreRelativePathsInStableOrder() throws IOException {
    Files.createDirectories(dir.resolve("2018/05"));
    Files.writeString(dir.resolve("2018/05/b.txt"), "B title\n\nbody b");
    Files.writeString(dir.resolve("a.md"), "# A title\n\nbody a");
    Files.writeString(dir.resolve("notes.pdf"), "ignored");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/x.txt"), "hidden");
    new Ingester().read(List.of(dir), sink);
    assertEquals(List.of("2018/05/b.txt", "a.md"), articles.stream().map(Article::id).toList());
    assertEquals("A title", articles.get(1).title());
    assertTrue(skipped.isEmpty(), skipped.toString());
  }

  @Test
  void jsonLinesKeepGoodLinesAndReportBadOnes() throws IOException {
    String lines =
        String.join(
            "\n",
            "{\"id\":\"n1\",\"title\":\"One\",\"body\":\"first body\",\"date\":\"2018-05-08\",\"source\":\"Wire\",\"url\":\"https://example.org/1\"}",
            "{\"id\":\"n2\",\"body\":\"Second title line\\n\\nsecond body\"}",
            "{not json",
            "{\"title\":\"no id\",\"body\":\"x\"}",
            "{\"id\":\"n5\",\"body\":\"x\",\"date\":\"yesterday\"}",
            "[1,2]",
            "{\"id\":\"n7\",\"body\":" + "[".repeat(500) + "]".repeat(500) + "}",
            "",
            "{\"id\":7,\"body\":\"numeric id\"}",
            "{\"id\":\"n9\",\"body\":\"trunc");
    Files.writeString(dir.resolve("feed.jsonl"), lines);
    new Ingester().read(List.of(dir.resolve("feed.jsonl")), sink);
    assertEquals(List.of("n1", "n2", "n5", "7"), articles.stream().map(Article::id).toList());
    Article first = articles.get(0);
    assertEquals(Instant.parse("2018-05-08T00:00:00Z"), first.date());
    assertEquals("Wire", first.source());
    assertEquals("https://example.org/1", first.url());
    assertEquals("Second title line", articles.get(1).title());
    assertTrue(reasonFor("feed.jsonl:3").startsWith("malformed JSON"));
    assertTrue(reasonFor("feed.jsonl:4").contains("id"));
    // an unreadable date costs the article its date, not its place, and is reported once
    assertEquals(null, articles.get(2).date());
    assertEquals(1, notices.size(), notices.toString());
    assertEquals("feed.jsonl", notices.get(0).input());
    assertTrue(
        notices.get(0).message().startsWith("date could not be read, article indexed without a date (feed.jsonl:5: invalid date 'yesterday'"),
        notices.get(0).message());
    assertTrue(reasonFor("feed.jsonl:6").contains("object"));
    assertTrue(reasonFor("feed.jsonl:7").contains("JSON"));
    assertTrue(reasonFor("feed.jsonl:10").startsWith("malformed JSON"));
  }

  @Test
  void htmlTakesHeadlineAndMainTextWithoutScriptsOrNavigation() throws IOException {
    String html =
        "<html><head><title>Site | Headline</title>"
            + "<meta property=\"og:title\" content=\"The real headline\">"
            + "<meta property=\"article:published_time\" content=\"2018-05-08T10:00:00Z\">"
            + "<meta property=\"og:site_name\" content=\"Asia Wire\">"
            + "<script>var kim = 'should not be indexed';</script></head>"
            + "<body><nav><a>Home</a><a>World</a></nav><article><h1>The real headline</h1>"
            + "<p>Kim Jong-un met Xi Jinping.</p><figure><figcaption>A caption</figcaption></figure>"
            + "<p>Second paragraph.</p></article><footer>Copyright</footer></body></html>";
    Files.writeString(dir.resolve("page.html"), html);
    new Ingester().read(List.of(dir.resolve("page.html")), sink);
    Article a = articles.get(0);
    assertEquals("The real headline", a.title());
    assertTrue(a.body().contains("Kim Jong-un met Xi Jinping."));
    assertTrue(a.body().contains("A caption"));
    assertTrue(!a.body().contains("should not") && !a.body().contains("Home") && !a.body().contains("Copyright"), a.body());
    assertEquals(Instant.parse("2018-05-08T10:00:00Z"), a.date());
    assertEquals("Asia Wire", a.source());
  }

  @Test
  void badFilesAreSkippedWithReasonsAndTheRestLands() throws IOException {
    Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 1, 2, 'b'});
    Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("empty.txt"), "  \n ");
    Files.writeString(dir.resolve("good.txt"), "Good\n\nbody");
    new Ingester().read(List.of(dir), sink);
    assertEquals(List.of("good.txt", "latin1.txt"), articles.stream().map(Article::id).toList());
    assertTrue(reasonFor("binary.txt").startsWith("binary file"));
    assertEquals("empty file", reasonFor("empty.txt"));
    assertEquals(2, skipped.size(), skipped.toString());
    // text that is not UTF-8 is no longer skipped: it is decoded, and how is reported
    assertEquals("caf\u00e9", articles.get(1).title());
    assertEquals("latin1.txt", decodings.get(0).input());
    assertEquals("detected", decodings.get(0).basis());
  }

  @Test
  void symlinkLoopIsReportedNotFollowedForever() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Good\n\nbody");
    Files.createDirectories(dir.resolve("sub"));
    Files.createSymbolicLink(dir.resolve("sub/loop"), dir);
    new Ingester().read(List.of(dir), sink);
    assertEquals(1, articles.size());
    assertEquals("symbolic link loop", reasonFor("sub/loop"));
  }

  @Test
  void missingPathFailsBeforeAnythingIsRead() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Good\n\nbody");
    MonikerException e =
        assertThrows(
            MonikerException.class,
            () -> new Ingester().read(List.of(dir, dir.resolve("nope")), sink));
    assertEquals(MonikerException.Kind.INPUT_NOT_FOUND, e.kind());
    assertTrue(articles.isEmpty());
  }

  @Test
  void directoryWithoutArticlesIsAnError() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    MonikerException e =
        assertThrows(MonikerException.class, () -> new Ingester().read(List.of(empty), sink));
    assertEquals(MonikerException.Kind.NO_INPUT, e.kind());
    assertTrue(e.getMessage().contains("it is empty"), e.getMessage());
  }

  @Test
  void unsupportedFileNamedDirectlyIsSkipped() throws IOException {
    Files.writeString(dir.resolve("x.pdf"), "%PDF");
    new Ingester().read(List.of(dir.resolve("x.pdf")), sink);
    assertTrue(reasonFor("x.pdf").startsWith("unsupported file type"));
  }
}
