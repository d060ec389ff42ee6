package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** RSS and Atom feeds: one article per item, HTML stripped, dates read, hostile XML refused. */
class FeedArticlesTest {

  @TempDir Path tmp;

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

  private void read(String name, byte[] bytes) throws IOException {
    Path file = Files.write(tmp.resolve(name), bytes);
    new Ingester().read(List.of(file), sink);
  }

  private static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\"><channel><title>Asia Wire</title><link>https://wire.example.com/</link>"
          + "<description>News</description>"
          + "<item><title>Xi Jinping meets Kim Jong-un</title><link>https://wire.example.com/1</link>"
          + "<guid>wire-1</guid><pubDate>Tue, 01 Dec 2026 10:00:00 +0900</pubDate>"
          + "<description><![CDATA[<p>The leaders met in <b>Beijing</b>.</p><p><img src=\"zebraimg.jpg\"> Second paragraph.</p>]]></description></item>"
          + "<item><title>Moon Jae-in in Tokyo</title><link>https://wire.example.com/2</link>"
          + "<pubDate>sometime in December</pubDate><description>Plain text summary.</description></item>"
          + "<item><title>No link</title><guid isPermaLink=\"false\">wire-3</guid><description>Has only a guid.</description></item>"
          + "</channel></rss>";

  @Test
  void rssItemsBecomeArticles() throws IOException {
    read("wire.rss", RSS.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of("https://wire.example.com/1", "https://wire.example.com/2", "wire-3"),
        articles.stream().map(Article::id).toList());
    Article first = articles.get(0);
    assertEquals("Xi Jinping meets Kim Jong-un", first.title());
    assertEquals("The leaders met in Beijing.\n\nSecond paragraph.", first.body());
    assertEquals(Instant.parse("2026-12-01T01:00:00Z"), first.date());
    assertEquals("Asia Wire", first.source());
    assertEquals("https://wire.example.com/1", first.url());
    assertEquals(null, articles.get(1).date());
    assertEquals("Plain text summary.", articles.get(1).body());
    assertEquals(List.of(), skipped);
    assertEquals(1, notices.size(), notices.toString());
    assertTrue(notices.get(0).message().contains("wire.rss:2: invalid date 'sometime in December'"), notices.toString());
  }

  @Test
  void atomEntriesPreferContentToSummary() throws IOException {
    String atom =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>Korea Desk</title><id>urn:desk</id><updated>2026-12-01T00:00:00Z</updated>"
            + "<entry><title type=\"html\">&lt;b&gt;김정은&lt;/b&gt; 평양 회담</title><id>urn:1</id>"
            + "<link href=\"https://desk.example.kr/1\"/><published>2026-12-01T10:00:00+09:00</published>"
            + "<updated>2026-12-02T00:00:00Z</updated><summary>짧은 요약</summary>"
            + "<content type=\"html\">&lt;p&gt;김정은 국무위원장이 평양에서 문재인 대통령과 만났다.&lt;/p&gt;</content></entry>"
            + "</feed>";
    read("desk.xml", atom.getBytes(StandardCharsets.UTF_8));
    assertEquals(1, articles.size(), skipped.toString());
    Article a = articles.get(0);
    assertEquals("https://desk.example.kr/1", a.id());
    assertEquals("김정은 평양 회담", a.title());
    assertEquals("김정은 국무위원장이 평양에서 문재인 대통령과 만났다.", a.body());
    assertEquals(Instant.parse("2026-12-01T01:00:00Z"), a.date());
    assertEquals("Korea Desk", a.source());
  }

  @Test
  void aFeedInALegacyEncodingDeclaredInItsXmlDeclaration() throws IOException {
    String rss = RSS.replace("encoding=\"UTF-8\"", "encoding=\"EUC-KR\"").replace("Moon Jae-in in Tokyo", "문재인 대통령, 도쿄 방문");
    read("kr.rss", rss.getBytes(Charset.forName("EUC-KR")));
    assertEquals("문재인 대통령, 도쿄 방문", articles.get(1).title());
    assertEquals(List.of(new Decoding("kr.rss", "x-windows-949", "declared", 100)), decodings);
  }

  @Test
  void billionLaughsIsRefusedQuicklyWithAReason() throws IOException {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]><rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title>"
        + "<link>https://x/1</link><description>&lol9;</description></item></channel></rss>");
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read("laughs.rss", dtd.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), articles);
    assertEquals(
        List.of(new Skipped("laughs.rss", "feed refused: it declares a DOCTYPE (entity expansion and external entities are not allowed)")),
        skipped);
  }

  @Test
  void externalEntitiesAreNotRead() throws IOException {
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "zebrasecret");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title><link>https://x/1</link></item></channel></rss>";
    read("xxe.rss", xxe.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), articles);
    assertTrue(skipped.get(0).reason().startsWith("feed refused"), skipped.toString());
  }

  @Test
  void xmlThatIsNotAFeedInAFolderIsAnotherTypeOfFile() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>https://x/</loc></url></urlset>");
    Files.writeString(in.resolve("feed.xml"), RSS);
    new Ingester().read(List.of(in), sink);
    assertEquals(3, articles.size());
    assertEquals(List.of(), skipped);
  }

  @Test
  void xmlThatIsNotAFeedIsSkippedWithAReason() throws IOException {
    read("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x/</loc></url></urlset>".getBytes(StandardCharsets.UTF_8));
    read("broken.rss", "<rss version=\"2.0\"><channel><title>t</title><item>".getBytes(StandardCharsets.UTF_8));
    assertEquals(new Skipped("sitemap.xml", "XML file that is not an RSS or Atom feed"), skipped.get(0));
    assertTrue(skipped.get(1).reason().startsWith("malformed XML"), skipped.toString());
  }
}
