package dev.moniker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.moniker.Moniker;
import dev.moniker.index.IndexReport;
import dev.moniker.ingest.Ingester;
import dev.moniker.ingest.Skipped;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever files a batch holds, each is indexed sensibly or skipped with a reason a person can
 * act on, and every good article in the batch still lands in the index and is searchable.
 */
class FileInputTest {

  @TempDir Path tmp;

  private static final byte[] NO_BYTES = {};

  private static Map<String, String> reasons(IndexReport report) {
    Map<String, String> out = new TreeMap<>();
    for (Skipped s : report.skipped()) {
      out.put(s.input(), s.reason());
    }
    return out;
  }

  private static List<String> ids(Moniker m, String query) {
    return m.search(SearchRequest.of(query).limit(100)).hits().stream().map(Hit::id).sorted().toList();
  }

  private static void assertReason(Map<String, String> reasons, String input, String start) {
    String reason = reasons.get(input);
    assertTrue(reason != null, input + " was not reported as skipped: " + reasons);
    assertTrue(reason.startsWith(start), input + ": " + reason);
    assertFalse(reason.contains("\n") || reason.contains("Exception"), input + ": " + reason);
    assertTrue(reason.length() < 300, input + ": reason of " + reason.length() + " characters");
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static Path write(Path file, String text) throws IOException {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badFilesAreSkippedWithReasonsAndEveryGoodArticleLands() throws IOException {
    Path in = tmp.resolve("in");
    // the good ones: one of each format, each with a word of its own
    write(in.resolve("good/plain.txt"), "Plain title\n\nThe zebraplain article about Pyongyang.");
    write(in.resolve("good/notes.md"), "# Markdown title\n\nThe **zebramark** article.");
    write(in.resolve("good/bom.txt"), "\uFEFFBom title\n\nThe zebrabom article.");
    write(in.resolve("good/crlf.txt"), "Crlf title\r\n\r\nThe zebracrlf article.\r\n");
    write(
        in.resolve("good/page.html"),
        "<html><head><title>Page</title><script>var zebrascript = '</p><p>zebrafake';</script>"
            + "<style>p { zebrastyle: 1 }</style></head><body onload=\"zebraevent()\">"
            + "<noscript>zebranoscript</noscript><nav>zebranav</nav>"
            + "<article><h1>Html title</h1><p>The zebrahtml article.<script>document.write('"
            + "zebrainline')</script></p></article></body></html>");
    write(
        in.resolve("good/unclosed.html"),
        "<html><body><article><p>The zebraunclosed article <b>never closes its tags");
    write(
        in.resolve("good/nested.html"),
        "<html><body>" + "<div>".repeat(5_000) + "<p>The zebranested article.</p>"
            + "</div>".repeat(5_000) + "</body></html>");
    write(in.resolve("good/odd name \u00e9 \u2028.txt"), "Odd name\n\nThe zebraodd article.");
    write(in.resolve("good/controls.txt"), "Controls\u0007 title\n\nThe\u0007zebractl\u001B\u0085article\u200B.");
    // the bad ones
    write(in.resolve("bad/empty.txt"), NO_BYTES);
    write(in.resolve("bad/blank.md"), " \n\t\r\n ");
    write(in.resolve("bad/empty.html"), NO_BYTES);
    write(in.resolve("bad/scripts-only.html"), "<html><head><script>var x = 1;</script></head><body><script>y()</script></body></html>");
    byte[] random = new byte[4096];
    new Random(42).nextBytes(random);
    random[100] = 0;
    write(in.resolve("bad/binary.txt"), random);
    // not UTF-8, and still articles: decoded by byte-order mark, detected, or repaired
    write(in.resolve("good/utf16.txt"), "\uFEFFUTF-16 text, the zebrasixteen article".getBytes(StandardCharsets.UTF_16LE));
    byte[] latin1 = "Caf\u00e9 cr\u00e8me, the zebralatin article, a good article otherwise".getBytes(StandardCharsets.ISO_8859_1);
    write(in.resolve("good/latin1.md"), latin1);
    write(in.resolve("good/truncated-utf8.txt"), new byte[] {'z', 'e', 'b', 'r', 'a', 'c', 'u', 't', ' ', (byte) 0xE2, (byte) 0x82});
    write(in.resolve("good/overlong-utf8.txt"), new byte[] {'a', (byte) 0xC0, (byte) 0xAF, 'b'});
    write(in.resolve("good/surrogate-utf8.txt"), new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80});
    write(
        in.resolve("bad/long-site-name.html"),
        "<html><head><meta property=\"og:site_name\" content=\"" + "S".repeat(40_000) + "\"></head>"
            + "<body><p>The zebrasite article.</p></body></html>");
    // a symbolic link loop and a dangling link
    Files.createSymbolicLink(in.resolve("bad/loop"), in);
    Files.createSymbolicLink(in.resolve("bad/dangling.txt"), in.resolve("nowhere.txt"));
    // a link to a good file elsewhere is followed
    Path outside = write(tmp.resolve("outside/linked.txt"), "Linked title\n\nThe zebralinked article.");
    Files.createSymbolicLink(in.resolve("good/link.txt"), outside);
    // files of other types are ignored, not reported
    write(in.resolve("other/picture.png"), random);

    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      IndexReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> m.index(List.of(in)));
      Map<String, String> reasons = reasons(report);
      assertReason(reasons, "bad/empty.txt", "empty file");
      assertReason(reasons, "bad/blank.md", "empty file");
      assertReason(reasons, "bad/empty.html", "empty file");
      assertReason(reasons, "bad/scripts-only.html", "HTML page has no text");
      assertReason(reasons, "bad/binary.txt", "binary file");
      assertReason(reasons, "bad/loop", "symbolic link loop");
      assertReason(reasons, "bad/dangling.txt", "broken symbolic link");
      assertReason(reasons, "bad/long-site-name.html", "source is longer than 32766 bytes");
      assertEquals(8, reasons.size(), reasons.toString());

      assertEquals(15, report.indexed(), reasons.toString());
      assertEquals(15, m.size());
      for (String word :
          List.of("zebraplain", "zebramark", "zebrabom", "zebracrlf", "zebrahtml", "zebraunclosed",
              "zebranested", "zebraodd", "zebractl", "zebralinked", "zebrasixteen", "zebralatin",
              "zebracut")) {
        assertEquals(1, ids(m, word).size(), word);
      }
      for (String hidden :
          List.of("zebrascript", "zebrafake", "zebrastyle", "zebraevent", "zebranoscript", "zebranav",
              "zebrainline")) {
        assertEquals(List.of(), ids(m, hidden), hidden + " is not article text");
      }
      assertEquals("Bom title", m.search("zebrabom").hits().get(0).title());
      assertEquals(List.of("good/latin1.md"), ids(m, "crème"));
      Map<String, String> decoded = new TreeMap<>();
      report.decodings().forEach(d -> decoded.put(d.input(), d.charset() + " " + d.basis()));
      assertEquals("UTF-16LE byte-order mark", decoded.get("good/utf16.txt"));
      assertEquals("windows-1252 detected", decoded.get("good/latin1.md"));
      assertEquals(
          List.of(new dev.moniker.ingest.Notice("good/truncated-utf8.txt",
              "1 invalid UTF-8 sequence replaced with U+FFFD (first at byte 9)")),
          report.notices().stream().filter(n -> n.input().startsWith("good/truncated")).toList());
      assertEquals("zebracut \uFFFD", m.search("zebracut").hits().get(0).title());
      assertEquals("Html title", m.search("zebrahtml").hits().get(0).title());
    }
  }

  @Test
  void unreadableFilesAndFoldersAreSkippedWithAReason() throws IOException {
    Path in = tmp.resolve("in");
    write(in.resolve("good.txt"), "Good\n\nThe zebragood article.");
    Path secret = write(in.resolve("secret.txt"), "Secret\n\nNot readable.");
    Path locked = Files.createDirectories(in.resolve("locked"));
    write(locked.resolve("inside.txt"), "Inside\n\nNot listable.");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      // Permissions do not bind the superuser (containers often run tests as root).
      assumeFalse(Files.isReadable(secret), "running as a user who can read any file");
      try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
        IndexReport report = m.index(List.of(in));
        Map<String, String> reasons = reasons(report);
        assertReason(reasons, "secret.txt", "cannot read: permission denied");
        assertReason(reasons, "locked", "cannot read: permission denied");
        assertEquals(1, report.indexed());
        assertEquals(List.of("good.txt"), ids(m, "zebragood"));
      }
    } finally {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void jsonLinesEdgeCasesSkipOnlyTheirOwnLine() throws IOException {
    String hugeId = "x".repeat(40_000);
    List<String> lines =
        List.of(
            "\uFEFF{\"id\":\"j1\",\"title\":\"One\",\"body\":\"The zebraone article.\"}", // BOM
            "{\"id\":\"j2\",\"body\":\"" + "[".repeat(10) + "zebratwo\\u2028line\\u0000nul\"}",
            "[".repeat(100_000), // deeply nested
            "{\"id\":\"j4\",\"body\":" + "{\"a\":".repeat(40) + "1" + "}".repeat(40) + "}",
            "{\"id\":\"j5\",\"body\":\"truncated", // truncated
            "{\"id\":\"j6\",\"body\":\"The zebrasix article\",\"date\":\"+999999999-12-31T23:59:59Z\"}",
            "{\"id\":\"j7\",\"body\":\"lone \\ud800 surrogate zebraseven\"}",
            "{\"id\":\"" + hugeId + "\",\"body\":\"an id too long to index\"}",
            "{\"id\":\"j9\",\"body\":\"The zebranine article\",\"source\":\"" + hugeId + "\"}",
            "{\"id\":\"j10\",\"body\":12345}",
            "{\"id\":\"j11\",\"body\":\"The zebraeleven article\",\"title\":\"" + "T".repeat(100_000) + "\"}",
            "null",
            "\"just a string\"",
            "{}",
            "{\"id\":\"j1\",\"title\":\"One again\",\"body\":\"The zebraone article, updated.\"}",
            "   ",
            "{\"id\":\"j16\",\"body\":\"The zebrasixteen article.\"}");
    Path feed = write(tmp.resolve("in/feed.jsonl"), String.join("\n", lines));
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      IndexReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> m.index(List.of(feed)));
      Map<String, String> reasons = reasons(report);
      assertReason(reasons, "feed.jsonl:3", "malformed JSON");
      assertReason(reasons, "feed.jsonl:4", "\"body\" must be a string");
      assertReason(reasons, "feed.jsonl:5", "malformed JSON");
      assertReason(reasons, "feed.jsonl:8", "id is longer than 32766 bytes");
      assertReason(reasons, "feed.jsonl:9", "source is longer than 32766 bytes");
      assertReason(reasons, "feed.jsonl:12", "not a JSON object");
      assertReason(reasons, "feed.jsonl:13", "not a JSON object");
      assertReason(reasons, "feed.jsonl:14", "no \"id\"");
      assertEquals(8, reasons.size(), reasons.toString());
      // an unreadable date costs the article its date only, and is reported once for the file
      assertTrue(report.notices().get(0).message().contains("feed.jsonl:6: date '+999999999-12-31T23:59:59Z' is out of range"),
          report.notices().toString());
      // j1 (then updated), j2, j6, j7, j10, j11, j16
      assertEquals(7, m.size());
      assertEquals(List.of("j6"), ids(m, "zebrasix"));
      assertEquals(List.of("j1"), ids(m, "zebraone AND updated"));
      assertEquals(List.of("j2"), ids(m, "zebratwo"));
      assertEquals(List.of("j7"), ids(m, "zebraseven"));
      assertEquals(List.of("j10"), ids(m, "12345"));
      assertEquals(List.of("j11"), ids(m, "zebraeleven"));
      assertEquals(List.of("j16"), ids(m, "zebrasixteen"));
    }
  }

  @Test
  void invalidUtf8InJsonLinesCostsOnlyItsOwnLine() throws IOException {
    byte[] good = "{\"id\":\"u1\",\"body\":\"The zebrau article.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    Path feed = tmp.resolve("in/mixed.jsonl");
    Files.createDirectories(feed.getParent());
    try (OutputStream out = Files.newOutputStream(feed)) {
      out.write(good);
      out.write(bad);
      out.write("{\"id\":\"u3\",\"body\":\"after\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    write(tmp.resolve("in/other.txt"), "Other\n\nThe zebraother article.");
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      IndexReport report = m.index(List.of(tmp.resolve("in")));
      // the stray byte is decoded (there is no UTF-8 to repair on the line); the line lacks a body
      assertReason(reasons(report), "mixed.jsonl:2", "no \"body\"");
      assertEquals("mixed.jsonl", report.decodings().get(0).input());
      assertEquals(1, report.skipped().size(), report.skipped().toString());
      assertEquals(List.of("u1"), ids(m, "zebrau"));
      assertEquals(List.of("u3"), ids(m, "after"));
      assertEquals(List.of("other.txt"), ids(m, "zebraother"));
    }
  }

  /**
   * A 100 MB text file is not an article: it is skipped at once with a reason, without being
   * read into memory (the test JVM has a 1 GB heap), and the rest of the batch lands. A long
   * article below the limit is indexed whole, its last words searchable.
   */
  @Test
  void hundredMegabyteFileIsSkippedWithAReasonAndTheRestLands() throws IOException {
    Path in = tmp.resolve("in");
    Path huge = in.resolve("huge.txt");
    Files.createDirectories(in);
    String line = "The archive repeats this line about Kim Jong-un and Xi Jinping again.\n";
    try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      for (long written = 0; written < 100_000_000L; written += line.length()) {
        w.write(line);
      }
    }
    StringBuilder longArticle = new StringBuilder("Long article\n\n");
    Random r = new Random(7);
    while (longArticle.length() < 1_000_000) {
      longArticle.append("word").append(r.nextInt(50_000)).append(' ');
    }
    longArticle.append("zebraend");
    write(in.resolve("long.txt"), longArticle.toString());
    Path hugeLine = in.resolve("huge-line.jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(hugeLine, StandardCharsets.UTF_8)) {
      w.write("{\"id\":\"h1\",\"body\":\"The zebrah1 article.\"}\n{\"id\":\"h2\",\"body\":\"");
      for (long i = 0; i < Ingester.MAX_ARTICLE_FILE_BYTES + (1 << 20); i += line.length() - 1) {
        w.write(line.strip());
      }
      w.write("\"}\n{\"id\":\"h3\",\"body\":\"The zebrah3 article.\"}\n");
    }
    try {
      try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
        IndexReport report =
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> m.index(List.of(in)));
        Map<String, String> reasons = reasons(report);
        long limit = Ingester.MAX_ARTICLE_FILE_BYTES >> 20;
        assertReason(reasons, "huge.txt", "file too large for one article (95 MiB; limit " + limit + " MiB)");
        assertReason(reasons, "huge-line.jsonl:2", "line too long for one article (");
        assertTrue(reasons.get("huge-line.jsonl:2").endsWith("limit " + limit + " MiB)"));
        assertEquals(2, reasons.size(), reasons.toString());
        assertEquals(3, report.indexed());
        assertEquals(List.of("long.txt"), ids(m, "zebraend"));
        assertEquals(List.of("h1"), ids(m, "zebrah1"));
        assertEquals(List.of("h3"), ids(m, "zebrah3"));
      }
    } finally {
      Files.deleteIfExists(huge);
      Files.deleteIfExists(hugeLine);
    }
  }

  @Test
  void aDirectoryOfOnlyBadFilesIsReportedNotFatal() throws IOException {
    Path in = tmp.resolve("in");
    write(in.resolve("empty.txt"), NO_BYTES);
    write(in.resolve("binary.md"), new byte[] {0, 1, 2});
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      IndexReport report = m.index(List.of(in));
      assertEquals(0, report.indexed());
      assertEquals(List.of("binary.md", "empty.txt"), new ArrayList<>(reasons(report).keySet()));
    }
    // the articles of a second batch land beside what is there
    write(in.resolve("good.txt"), "Good\n\nThe zebralater article.");
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      assertEquals(1, m.index(List.of(in)).indexed());
      assertEquals(List.of("good.txt"), ids(m, "zebralater"));
    }
  }
}
