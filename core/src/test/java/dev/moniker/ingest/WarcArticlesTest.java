package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web archives: pages become articles, the rest is counted, damage costs one record. */
class WarcArticlesTest {

  @TempDir Path tmp;

  private final List<Article> articles = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();
  private final List<Decoding> decodings = new ArrayList<>();
  private long progressBytes;
  private int progressCalls;
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

        @Override
        public void fileDone(String input, long bytes) {
          progressBytes += bytes;
          progressCalls++;
        }
      };

  /** One WARC record, written the way crawlers (wget, Heritrix, warcio) write them. */
  static byte[] record(String type, String uri, String contentType, byte[] block) {
    return record(type, uri, contentType, block, block.length);
  }

  static byte[] record(String type, String uri, String contentType, byte[] block, long claimedLength) {
    String header =
        "WARC/1.1\r\n"
            + "WARC-Type: " + type + "\r\n"
            + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block) + ">\r\n"
            + "WARC-Date: 2026-11-30T08:00:00Z\r\n"
            + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
            + "Content-Type: " + contentType + "\r\n"
            + "Content-Length: " + claimedLength + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.US_ASCII), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] response(String uri, String httpHeaders, byte[] body) {
    byte[] http = concat(("HTTP/1.1 " + httpHeaders + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
    return record("response", uri, "application/http;msgtype=response", http);
  }

  static byte[] htmlResponse(String uri, String charset, String html) {
    Charset c = Charset.forName(charset);
    return response(uri, "200 OK\r\nContent-Type: text/html; charset=" + charset, html.getBytes(c));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  /** Each record its own gzip member, as ISO 28500 recommends. */
  static byte[] gzipEach(byte[]... records) {
    return concat(Arrays.stream(records).map(WarcArticlesTest::gzip).toArray(byte[][]::new));
  }

  private static final String KOREAN_PAGE =
      "<html><head><title>연합뉴스</title></head><body><article><h1>김정은, 평양에서 회담</h1>"
          + "<p>김정은 국무위원장이 평양에서 문재인 대통령과 만났다. 두 정상은 한반도의 비핵화와 남북 경제 "
          + "협력에 대해 논의했다.</p></article></body></html>";
  private static final String DATED_PAGE =
      "<html><head><meta charset=utf-8><meta property=\"article:published_time\" content=\"2026-11-29T21:00:00+09:00\">"
          + "<title>Xi meets Kim</title></head><body><article><h1>Xi Jinping meets Kim Jong-un</h1>"
          + "<p>The leaders met in Beijing on Sunday.</p></article></body></html>";

  private byte[][] mixedRecords() {
    return new byte[][] {
      record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.US_ASCII)),
      record("request", "https://www.yna.co.kr/view/1", "application/http;msgtype=request",
          "GET /view/1 HTTP/1.1\r\nHost: www.yna.co.kr\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
      htmlResponse("https://www.yna.co.kr/view/1", "euc-kr", KOREAN_PAGE),
      htmlResponse("https://news.example.com/xi-kim", "utf-8", DATED_PAGE),
      response("https://news.example.com/photo.jpg", "200 OK\r\nContent-Type: image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}),
      response("https://news.example.com/gone", "404 Not Found\r\nContent-Type: text/html", "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)),
      record("resource", "file:///archive/brief.html", "text/html",
          "<html><body><p>The zebraresource brief.</p></body></html>".getBytes(StandardCharsets.UTF_8)),
      record("metadata", "https://www.yna.co.kr/view/1", "application/warc-fields", "outlinks: none\r\n".getBytes(StandardCharsets.US_ASCII)),
    };
  }

  private void checkMixed(String name) {
    assertEquals(
        List.of("https://www.yna.co.kr/view/1", "https://news.example.com/xi-kim", "file:///archive/brief.html"),
        articles.stream().map(Article::id).toList());
    Article korean = articles.get(0);
    assertEquals("김정은, 평양에서 회담", korean.title());
    assertTrue(korean.body().startsWith("김정은 국무위원장이 평양에서"), korean.body());
    assertEquals("yna.co.kr", korean.source());
    assertEquals("https://www.yna.co.kr/view/1", korean.url());
    assertEquals(Instant.parse("2026-11-30T08:00:00Z"), korean.date(), "no date in the page: WARC-Date");
    assertEquals(Instant.parse("2026-11-29T12:00:00Z"), articles.get(1).date(), "the page's own date");
    assertEquals(
        List.of(new Decoding(name + ":https://www.yna.co.kr/view/1", "x-windows-949", "WARC Content-Type", 100)),
        decodings);
    assertEquals(
        List.of(
            new Skipped(name, "1 × responses of type image/jpeg (not HTML)"),
            new Skipped(name, "1 × responses with HTTP status 404 (not a page)")),
        skipped);
    assertEquals(
        List.of(new Notice(name, "records without a page, not indexed: 1 metadata, 1 request, 1 warcinfo")),
        notices);
  }

  @Test
  void pagesOfAnUncompressedWarcBecomeArticles() throws IOException {
    Path warc = Files.write(tmp.resolve("crawl.warc"), concat(mixedRecords()));
    new Ingester().read(List.of(warc), sink);
    checkMixed("crawl.warc");
    assertEquals(Files.size(warc), progressBytes);
  }

  @Test
  void pagesOfAGzippedWarcBecomeArticles() throws IOException {
    Path warc = Files.write(tmp.resolve("crawl.warc.gz"), gzipEach(mixedRecords()));
    new Ingester().read(List.of(warc), sink);
    checkMixed("crawl.warc.gz");
    assertEquals(Files.size(warc), progressBytes);
  }

  private static byte[] page(String word) {
    return htmlResponse("https://example.org/" + word, "utf-8",
        "<html><body><article><h1>" + word + " title</h1><p>The " + word + " article.</p></article></body></html>");
  }

  @Test
  void aTruncatedGzipMemberLosesOnlyItsRecord() throws IOException {
    byte[] damaged = gzip(page("zebrab"));
    damaged = Arrays.copyOf(damaged, damaged.length / 2);
    Path warc = Files.write(tmp.resolve("cut.warc.gz"), concat(gzip(page("zebraa")), damaged, gzip(page("zebrac"))));
    new Ingester().read(List.of(warc), sink);
    assertEquals(List.of("https://example.org/zebraa", "https://example.org/zebrac"), articles.stream().map(Article::id).toList());
    assertEquals(1, skipped.size(), skipped.toString());
    assertTrue(skipped.get(0).reason().startsWith("damaged record"), skipped.toString());
  }

  @Test
  void aWarcCutInTheMiddleOfItsLastRecordKeepsTheRest() throws IOException {
    byte[] last = page("zebrab");
    Path warc = Files.write(tmp.resolve("cut.warc"), concat(page("zebraa"), Arrays.copyOf(last, last.length - 40)));
    new Ingester().read(List.of(warc), sink);
    assertEquals(List.of("https://example.org/zebraa"), articles.stream().map(Article::id).toList());
    assertEquals(1, skipped.size(), skipped.toString());
    assertTrue(skipped.get(0).reason().startsWith("damaged record"), skipped.toString());
  }

  @Test
  void aRecordClaimingTenGigabytesIsRefusedAndTheNextOneRead() throws IOException {
    byte[] liar = record("response", "https://example.org/huge", "application/http;msgtype=response",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>tiny</p>".getBytes(StandardCharsets.US_ASCII), 10L << 30);
    for (boolean gz : new boolean[] {false, true}) {
      articles.clear();
      skipped.clear();
      byte[][] records = {page("zebraa"), liar, page("zebrac")};
      Path warc = Files.write(tmp.resolve(gz ? "liar.warc.gz" : "liar.warc"), gz ? gzipEach(records) : concat(records));
      new Ingester().read(List.of(warc), sink);
      assertEquals(List.of("https://example.org/zebraa", "https://example.org/zebrac"), articles.stream().map(Article::id).toList());
      assertEquals(
          List.of(new Skipped(warc.getFileName() + ":https://example.org/huge", "record too large (10240 MiB; limit 16 MiB)")),
          skipped);
    }
  }

  @Test
  void aCompressedPageThatExpandsBeyondTheLimitIsRefused() throws IOException {
    byte[] bomb = gzip(new byte[(int) Ingester.MAX_ARTICLE_FILE_BYTES + 1024]); // about 17 KB
    assertTrue(bomb.length < 100_000);
    byte[] record = response("https://example.org/bomb", "200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip", bomb);
    Path warc = Files.write(tmp.resolve("bomb.warc.gz"), gzipEach(record, page("zebraafter")));
    new Ingester().read(List.of(warc), sink);
    assertEquals(List.of("https://example.org/zebraafter"), articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(new Skipped("bomb.warc.gz:https://example.org/bomb", "page larger than 16 MiB once decompressed")),
        skipped);
  }

  @Test
  void aHeaderThatNeverEndsIsRefusedWithoutBufferingIt() throws IOException {
    // 200 MB of header line, as a 200 KB gzip member; then an uncompressed 4 MB header line
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bomb)) {
      gz.write("WARC/1.1\r\nWARC-Type: response\r\nX-Long: ".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'a');
      for (int i = 0; i < 200; i++) {
        gz.write(chunk);
      }
    }
    Path gzWarc = Files.write(tmp.resolve("bomb.warc.gz"), concat(bomb.toByteArray(), gzip(page("zebraafter"))));
    byte[] longLine = new byte[4 << 20];
    Arrays.fill(longLine, (byte) 'a');
    Path plainWarc = Files.write(tmp.resolve("long.warc"),
        concat("WARC/1.1\r\nX-Long: ".getBytes(StandardCharsets.US_ASCII), longLine, "\r\n".getBytes(StandardCharsets.US_ASCII), page("zebraplain")));
    new Ingester().read(List.of(gzWarc, plainWarc), sink);
    assertEquals(List.of("https://example.org/zebraafter", "https://example.org/zebraplain"),
        articles.stream().map(Article::id).toList());
    assertEquals(
        List.of(
            new Skipped("bomb.warc.gz@0", "damaged record: WARC header longer than 16 KiB (of archive bytes)"),
            new Skipped("long.warc@0", "damaged record: WARC header longer than 1024 KiB (of archive bytes)")),
        skipped);
  }

  @Test
  void progressIsReportedByBytesAsTheArchiveIsRead() throws IOException {
    List<byte[]> records = new ArrayList<>();
    // pages of real size are mostly script and markup, which cost little to read
    String filler = "<script>var tracking = '" + "x".repeat(12_000) + "';</script>";
    for (int i = 0; i < 400; i++) {
      records.add(htmlResponse("https://example.org/" + i, "utf-8",
          "<html><head>" + filler + "</head><body><article><h1>Page " + i + "</h1><p>n" + i + "</p></article></body></html>"));
    }
    Path warc = Files.write(tmp.resolve("big.warc"), concat(records.toArray(byte[][]::new)));
    assertTrue(Files.size(warc) > 4 << 20);
    new Ingester().read(List.of(warc), sink);
    assertEquals(400, articles.size());
    assertEquals(Files.size(warc), progressBytes);
    assertTrue(progressCalls >= 4, "progress reported " + progressCalls + " times");
  }

  @Test
  void manyPagesInOneCharsetAreReportedOnceAndCounted() throws IOException {
    Path warc = Files.write(tmp.resolve("kr.warc.gz"), gzipEach(
        htmlResponse("https://www.yna.co.kr/view/1", "euc-kr", KOREAN_PAGE),
        htmlResponse("https://www.yna.co.kr/view/2", "euc-kr", KOREAN_PAGE.replace("회담", "회견")),
        htmlResponse("https://www.yna.co.kr/view/3", "euc-kr", KOREAN_PAGE.replace("회담", "정상회의"))));
    new Ingester().read(List.of(warc), sink);
    assertEquals(3, articles.size());
    assertEquals("김정은, 평양에서 정상회의", articles.get(2).title());
    assertEquals(
        List.of(new Decoding("kr.warc.gz:https://www.yna.co.kr/view/1", "x-windows-949", "WARC Content-Type", 100)),
        decodings);
    assertEquals(List.of(new Notice("kr.warc.gz", "pages not in UTF-8: 3 x-windows-949 (WARC Content-Type)")), notices);
  }

  @Test
  void idsAreDistinctPerUrlAndSkipsNameTheirRecord() throws IOException {
    Map<String, String> seen = new TreeMap<>();
    Path warc = Files.write(tmp.resolve("two.warc"), concat(page("zebraa"), page("zebraa")));
    new Ingester().read(List.of(warc), sink);
    articles.forEach(a -> seen.put(a.id(), a.title()));
    assertEquals(Map.of("https://example.org/zebraa", "zebraa title"), seen);
  }
}
