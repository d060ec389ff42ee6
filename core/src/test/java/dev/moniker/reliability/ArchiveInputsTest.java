package dev.moniker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moniker.Moniker;
import dev.moniker.index.IndexReport;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web archives and feeds keep the promises files keep: indexing them again adds nothing twice,
 * and every page or item is searchable by its URL.
 */
class ArchiveInputsTest {

  @TempDir Path tmp;

  private static String record(String uri, String html) {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
    int length = http.getBytes(StandardCharsets.UTF_8).length;
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\r\nWARC-Date: 2026-11-30T08:00:00Z\r\nWARC-Target-URI: " + uri
        + "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n" + http + "\r\n\r\n";
  }

  @Test
  void reindexingAWebArchiveAndAFeedChangesNothing() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    StringBuilder warc = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      warc.append(record("https://news.example.com/" + i,
          "<html><body><article><h1>Story " + i + "</h1><p>Kim Jong-un and the zebra" + i + " story.</p></article></body></html>"));
    }
    Files.writeString(in.resolve("crawl.warc"), warc);
    Files.writeString(in.resolve("wire.atom"),
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Wire</title><id>urn:w</id><updated>2026-12-01T00:00:00Z</updated>"
            + "<entry><title>Xi in Seoul</title><id>urn:1</id><link href=\"https://wire.example.com/1\"/>"
            + "<updated>2026-12-01T00:00:00Z</updated><summary>Xi Jinping visited the zebrawire city.</summary></entry></feed>");
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      IndexReport first = m.index(List.of(in));
      assertEquals(31, first.added(), first.toString());
      IndexReport again = m.index(List.of(in));
      assertEquals(0, again.added());
      assertEquals(31, again.unchanged());
      assertEquals(31, m.size());
      assertEquals(List.of("https://news.example.com/7"),
          m.search(SearchRequest.of("zebra7")).hits().stream().map(Hit::id).toList());
      assertEquals(List.of("https://wire.example.com/1"),
          m.search(SearchRequest.of("zebrawire")).hits().stream().map(Hit::id).toList());
      assertEquals(31, m.search(SearchRequest.of("source:news.example.com OR source:Wire").limit(100)).total());
    }
  }
}
