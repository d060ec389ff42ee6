package dev.moniker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonikerCliTest {

  static final Path SEEDS = Path.of("..", "seeds");

  @TempDir Path tmp;
  Path index;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = MonikerCli.run(new Io(Terminal.none(), new PrintWriter(out), new PrintWriter(err)), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @BeforeEach
  void indexSeeds() {
    index = tmp.resolve("idx");
    Run r = run("index", "--index", index.toString(), SEEDS.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("2 added"), r.out());
  }

  @Test
  void jsonSearchFollowsTheContract() throws IOException {
    Run r = run("search", "--index", index.toString(), "--json", "--limit", "1", "Pyongyang");
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.out().strip().lines().count(), "exactly one JSON object on one line");
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("query", "total", "tookMs", "hits", "facets"), fieldNames(json));
    assertEquals("Pyongyang", json.get("query").asText());
    assertEquals(2, json.get("total").asInt());
    assertEquals(1, json.get("hits").size());
    JsonNode hit = json.get("hits").get(0);
    for (String key : List.of("id", "title", "score", "highlights", "entities")) {
      assertTrue(hit.has(key), key);
    }
    assertTrue(hit.get("highlights").get(0).asText().contains("<mark>Pyongyang</mark>"));
    assertEquals(List.of("person", "place", "org"), fieldNames(hit.get("entities")));
    assertTrue(json.get("facets").isObject());
  }

  @Test
  void humanSearchShowsRankTitleIdAndSnippetWithoutMarkupWhenPiped() {
    Run r = run("search", "--index", index.toString(), "Pyongyang");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("2 articles match \"Pyongyang\""), r.out());
    assertTrue(r.out().contains(" 1. "));
    assertTrue(r.out().contains("004_a149b9bd860232e7.txt"));
    assertFalse(r.out().contains("<mark>") || r.out().contains("\u001b["), r.out());
  }

  @Test
  void reindexingReportsUnchanged() {
    Run r = run("index", "--index", index.toString(), SEEDS.toString());
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("0 added, 0 updated, 2 unchanged"), r.out());
  }

  @Test
  void badInputGetsOneLineAndTheRightExitCode() throws IOException {
    Path bin = tmp.resolve("photo.txt");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Path latin1 = tmp.resolve("old.txt");
    Files.write(latin1, "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1));
    Path emptyDir = Files.createDirectories(tmp.resolve("empty"));
    String idx = index.toString();

    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {2, new String[] {"index", "--index", idx, tmp.resolve("missing").toString()}, "no such file"});
    cases.add(new Object[] {1, new String[] {"index", "--index", idx, bin.toString()}, "binary file"});
    cases.add(new Object[] {2, new String[] {"index", "--index", idx, "--encoding", "KLINGON-8", latin1.toString()}, "unknown encoding 'KLINGON-8'"});
    cases.add(new Object[] {1, new String[] {"index", "--index", idx, emptyDir.toString()}, "it is empty"});
    cases.add(new Object[] {2, new String[] {"search", "--index", idx, "\"unclosed"}, "unbalanced"});
    cases.add(new Object[] {2, new String[] {"search", "--index", idx, "--limit", "0", "x"}, "limit"});
    cases.add(new Object[] {2, new String[] {"search", "--bogus", "x"}, "Unknown option"});
    cases.add(new Object[] {2, new String[] {"frobnicate"}, "Unmatched argument"});
    cases.add(new Object[] {1, new String[] {"search", "--index", tmp.resolve("none").toString(), "x"}, "no index at"});
    for (Object[] c : cases) {
      String[] args = (String[]) c[1];
      Run r = run(args);
      String what = String.join(" ", args) + " -> " + r.err();
      assertEquals(c[0], r.exit(), what);
      assertTrue(r.err().contains((String) c[2]), what);
      assertFalse(r.err().contains("\tat "), "no stack trace: " + what);
      assertTrue(r.err().strip().lines().count() <= 2, what);
    }
    // none of that touched what was indexed
    Run after = run("search", "--index", idx, "--json", "*:*");
    assertTrue(after.out().contains("\"total\":2"), after.out());
  }

  @Test
  void aFolderOfMixedEncodingsAWebArchiveAndAFeedIsSearchable() throws IOException {
    Path batch = Files.createDirectories(tmp.resolve("mixed"));
    Files.write(batch.resolve("kr.txt"),
        "김정은 위원장, 평양에서 회담\n\n김정은 국무위원장이 평양에서 문재인 대통령과 만났다. 두 정상은 한반도의 비핵화와 남북 경제 협력에 대해 논의했다."
            .getBytes(java.nio.charset.Charset.forName("EUC-KR")));
    String page = "<html><body><article><h1>Xi in Pyongyang</h1><p>Xi Jinping arrived in the zebrawarc capital.</p></article></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page;
    String warc = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6f1b3f4e-0000-4000-8000-000000000001>\r\n"
        + "WARC-Date: 2026-11-30T08:00:00Z\r\nWARC-Target-URI: https://news.example.com/xi\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
    Files.writeString(batch.resolve("crawl.warc"), warc);
    Files.writeString(batch.resolve("wire.rss"),
        "<rss version=\"2.0\"><channel><title>Wire</title><item><title>Moon in Tokyo</title>"
            + "<link>https://wire.example.com/1</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate>"
            + "<description>Moon Jae-in met the zebrafeed delegation.</description></item></channel></rss>");
    String idx = tmp.resolve("mixed-index").toString();
    Run r = run("index", "--index", idx, "--json", batch.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(3, json.get("added").asInt(), r.out());
    assertEquals("kr.txt", json.get("encodings").get(0).get("input").asText());
    assertEquals("x-windows-949", json.get("encodings").get(0).get("charset").asText());
    assertEquals("detected", json.get("encodings").get(0).get("basis").asText());
    assertTrue(json.get("encodings").get(0).get("confidence").asInt() > 0, r.out());
    assertEquals(0, json.get("notices").size(), r.out());
    for (String[] q : new String[][] {{"Kim Jong-un", "kr.txt"}, {"zebrawarc", "https://news.example.com/xi"}, {"zebrafeed", "https://wire.example.com/1"}}) {
      Run s = run("search", "--index", idx, "--json", q[0]);
      assertEquals(q[1], new ObjectMapper().readTree(s.out()).get("hits").get(0).get("id").asText(), s.out());
    }
    Run human = run("index", "--index", idx, batch.toString());
    assertTrue(human.out().contains("Read 1 input not in UTF-8: 1 x-windows-949 (detected)"), human.out());
  }

  @Test
  void partlySkippedBatchExitsThreeAndIndexesTheRest() throws IOException {
    Path batch = Files.createDirectories(tmp.resolve("batch"));
    Files.writeString(batch.resolve("good.txt"), "A headline\n\nSome text about Dalian.");
    Files.write(batch.resolve("bad.txt"), new byte[] {'x', 0, 'y'});
    Run r = run("index", "--index", index.toString(), batch.toString());
    assertEquals(3, r.exit(), r.err());
    assertTrue(r.err().contains("skipped bad.txt: binary file"), r.err());
    assertEquals(0, run("search", "--index", index.toString(), "id:good.txt").exit());
  }

  @Test
  void verboseShowsTheStackTrace() {
    Run r = run("search", "--index", tmp.resolve("none").toString(), "--verbose", "x");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("\tat "), r.err());
  }

  @Test
  void lockedIndexIsReported() throws IOException {
    try (var writer =
        new org.apache.lucene.index.IndexWriter(
            org.apache.lucene.store.FSDirectory.open(index),
            new org.apache.lucene.index.IndexWriterConfig())) {
      Run r = run("index", "--index", index.toString(), SEEDS.toString());
      assertEquals(1, r.exit());
      assertTrue(r.err().contains("locked by another process"), r.err());
    }
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String cmd : List.of("index", "search", "delete")) {
      Run r = run(cmd, "--help");
      assertEquals(0, r.exit());
      assertTrue(r.out().contains("Examples:"), cmd);
      assertTrue(r.out().contains("Exit codes:"), cmd);
    }
  }

  @Test
  void helpAndUsageErrorsReadAsTheyAlwaysDid() throws IOException {
    // the expected texts are what the CLI printed before its parser changed (picocli 4.7.7)
    String[][] cases = {
      {"help-root", "--help"},
      {"help-root", "help"},
      {"help-root", "-h", "x"},
      {"help-index", "index", "--help"},
      {"help-search", "search", "--help"},
      {"help-search", "help", "search"},
      {"help-search", "search", "-hv"},
      {"help-delete", "delete", "-h"},
      {"help-entities", "entities", "--help"},
      {"help-analyze", "analyze", "--help"},
      {"help-serve", "serve", "--help"},
      {"help-help", "help", "--help"},
      {"errors", null},
    };
    for (String[] c : cases) {
      String expected = Files.readString(Path.of("src/test/resources/dev/moniker/cli/" + c[0] + ".txt"));
      if (c[1] != null) {
        Run r = run(java.util.Arrays.copyOfRange(c, 1, c.length));
        assertEquals(0, r.exit(), r.err());
        assertEquals(expected, r.out(), String.join(" ", c));
        assertEquals("", r.err());
        continue;
      }
      // errors.txt: "$ args" lines, each followed by the exit code and the lines on stderr
      StringBuilder actual = new StringBuilder();
      for (String line : expected.lines().toList()) {
        if (line.startsWith("$ ")) {
          String[] args = line.substring(2).isEmpty() ? new String[0] : line.substring(2).split(" ");
          Run r = run(args);
          actual.append(line).append('\n').append(r.exit()).append('\n').append(r.err());
        }
      }
      assertEquals(expected, actual.toString());
    }
    assertEquals(0, run("-V").exit());
    assertTrue(run("--version").out().startsWith("moniker "));
    assertTrue(run("search", "-V").out().startsWith("moniker "));
  }

  @Test
  void searchShowsFacetsAndDrillsDownByAnySpelling() throws IOException {
    Run all = run("search", "--index", index.toString(), "--json", "*:*");
    JsonNode facets = new ObjectMapper().readTree(all.out()).get("facets");
    assertEquals(List.of("person", "place", "org"), fieldNames(facets));
    assertTrue(facets.get("person").size() > 0, all.out());
    Run filtered =
        run("search", "--index", index.toString(), "--json", "--filter", "person:Kim Jong-nam", "*:*");
    assertEquals(0, filtered.exit(), filtered.err());
    assertEquals(1, new ObjectMapper().readTree(filtered.out()).get("total").asInt());
    Run human = run("search", "--index", index.toString(), "Pyongyang");
    assertTrue(human.out().contains("People:"), human.out());
    Run bad = run("search", "--index", index.toString(), "--filter", "colour:red", "*:*");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("unknown entity type"), bad.err());
    assertTrue(bad.err().contains("--filter"), "the error names the option: " + bad.err());
  }

  @Test
  void aBadTypeIsAUsageErrorNamingTheOption() {
    Run bad = run("entities", "--index", index.toString(), "--type", "people");
    assertEquals(2, bad.exit(), bad.err());
    assertTrue(bad.err().contains("--type"), bad.err());
    assertTrue(bad.err().contains("people"), bad.err());
    assertEquals(0, run("entities", "--index", index.toString(), "--type", "PLACE").exit());
  }

  @Test
  void analyzeTakesTheSharedOptions() {
    Run help = run("analyze", "--help");
    for (String option : List.of("--entities", "--verbose", "--json")) {
      assertTrue(help.out().contains(option), option + " in " + help.out());
    }
    assertTrue(help.out().contains("Exit codes:"), help.out());
    assertTrue(run("--help").out().contains("Exit codes:"));
  }

  @Test
  void entitiesListsTheTopEntities() throws IOException {
    Run r = run("entities", "--index", index.toString(), "--json", "--type", "person");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(List.of("person"), fieldNames(json));
    assertTrue(json.get("person").get(0).get("count").asInt() >= 1);
  }

  @Test
  void analyzeExplainsWhatWasRecognised() throws IOException {
    Run r = run("analyze", "--json", "Kim Jong Eun met officials in P'yŏngyang.");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    JsonNode first = json.get("entities").get(0);
    assertEquals("person", first.get("type").asText());
    assertEquals("Kim Jong Eun", first.get("matched").asText());
    assertTrue(json.get("tokens").size() > 5);
    Run human = run("analyze", "Kim Jong Eun");
    // "Kim Jong-eun" is a listed alias, and spacing is ignored: a dictionary match, not a guess
    assertTrue(human.out().contains("DICTIONARY"), human.out());
    assertFalse(human.out().contains("ROMANIZATION"), human.out());
  }

  @Test
  void analyzeReadsWhereTheSourceSaysThePaperWasPublished() throws IOException {
    Run kansas = run("analyze", "--json", "--source", "The Daily Star (Paola, Kan.)", "Three Louisburg boys left.");
    Run carolina = run("analyze", "--json", "--source", "The Weekly Star (Goldsboro, N.C.)", "Three Louisburg boys left.");
    assertEquals(0, kansas.exit(), kansas.err());
    assertEquals("Louisburg", new ObjectMapper().readTree(kansas.out()).get("entities").get(0).get("canonical").asText());
    assertEquals("Louisburg, North Carolina",
        new ObjectMapper().readTree(carolina.out()).get("entities").get(0).get("canonical").asText());
    assertEquals(1, new ObjectMapper().readTree(carolina.out()).get("entities").size()); // the source is no mention
  }

  @Test
  void userEntityFileAddsEntitiesAndBadFilesAreOneLine() throws IOException {
    Path file = tmp.resolve("mine.tsv");
    Files.writeString(file, "person\t-\tAlice Quux\tA. Quux\tsurname=Quux\n");
    Run r = run("analyze", "--json", "--entities", file.toString(), "Reporter Alice Quux wrote.");
    assertTrue(r.out().contains("Alice Quux"), r.out());
    Path bad = tmp.resolve("bad.tsv");
    Files.writeString(bad, "persn\t-\tX\n");
    Run b = run("analyze", "--entities", bad.toString(), "x");
    assertEquals(2, b.exit());
    assertTrue(b.err().contains("bad.tsv:1"), b.err());
    assertTrue(b.err().strip().lines().count() <= 2, b.err());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void serveRefusesABadPortOrABusyOneInOneLine() throws IOException {
    Run bad = run("serve", "--index", index.toString(), "--port", "70000");
    assertEquals(2, bad.exit(), bad.err());
    assertEquals("moniker: --port must be 0 to 65535, got 70000", bad.err().strip());
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Run busy = run("serve", "--index", index.toString(), "--port", Integer.toString(taken.getLocalPort()));
      assertEquals(2, busy.exit(), busy.err());
      assertEquals(1, busy.err().strip().lines().count(), busy.err());
      assertTrue(busy.err().contains("pick another with --port"), busy.err());
    }
    Run help = run("serve", "--help");
    assertTrue(help.out().contains("--bind") && help.out().contains("moniker serve --index"), help.out());
  }
}
