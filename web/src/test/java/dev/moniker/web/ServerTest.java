package dev.moniker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moniker.Moniker;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages and the API over HTTP, without a browser. */
class ServerTest {

  @TempDir static Path tmp;
  static Moniker moniker;
  static MonikerServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    moniker = TestArchive.build(tmp.resolve("idx"));
    server = MonikerServer.start(moniker, new InetSocketAddress("127.0.0.1", 0));
  }

  @AfterAll
  static void stop() {
    server.close();
    moniker.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String pathAndQuery, int status) throws Exception {
    HttpResponse<String> r = get(pathAndQuery);
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    return JSON.readTree(r.body());
  }

  @Test
  void boundToLoopbackByDefaultAddress() {
    assertEquals("127.0.0.1", server.uri().getHost());
  }

  @Test
  void responsesAreSentWithoutNaglesDelay() {
    // Without TCP_NODELAY every keep-alive response waited ~40 ms for the client's delayed ACK
    assertEquals("true", System.getProperty(MonikerServer.NO_DELAY));
  }

  @Test
  void searchPageShowsTotalHitsHighlightsAndFacets() throws Exception {
    HttpResponse<String> r = get("/?q=Kim+Chong-un");
    assertEquals(200, r.statusCode());
    String html = r.body();
    assertTrue(html.contains("<span class=\"n\">" + TestArchive.KIM_ARTICLES + "</span> articles"), html);
    for (String spelling : List.of("<mark>KIM JONG-UN</mark>", "<mark>Kim Jong Un</mark>", "<mark>김정은</mark>")) {
      assertTrue(html.contains(spelling), spelling);
    }
    assertTrue(html.contains("filter=person%3AMoon+Jae-in"), "a facet link that drills down");
    assertTrue(html.contains("Page 1 of 1") || !html.contains("class=\"pager\""));
  }

  @Test
  void filtersNarrowAndShowAsRemovableChips() throws Exception {
    String html = get("/?q=Kim+Jong+Un&filter=person%3AMoon+Jae-in").body();
    assertTrue(html.contains("<span class=\"n\">" + TestArchive.KIM_AND_MOON + "</span> articles"), html);
    assertTrue(html.contains("Person: Moon Jae-in"), html);
    assertTrue(html.contains("href=\"/?q=Kim+Jong+Un\" aria-label=\"Remove filter Person: Moon Jae-in\""), html);
  }

  @Test
  void histogramBarsNarrowTheDates() throws Exception {
    JsonNode all = json("/api/search?q=Kim+Jong+Un", 200);
    JsonNode buckets = all.get("histogram").get("buckets");
    List<String> labels = new ArrayList<>();
    buckets.forEach(b -> labels.add(b.get("label").asText() + "=" + b.get("count").asLong()));
    assertEquals(List.of("2015=1", "2016=1", "2017=1", "2018=3"), labels);
    String html = get("/?q=Kim+Jong+Un").body();
    assertTrue(html.contains("href=\"/?q=Kim+Jong+Un&amp;date=2018-01-01..2018-12-31\""), html);
    JsonNode y2018 = json("/api/search?q=Kim+Jong+Un&date=2018-01-01..2018-12-31", 200);
    assertEquals(3, y2018.get("total").asLong());
    assertEquals("month", y2018.get("histogram").get("unit").asText());
  }

  @Test
  void apiSearchHasTheCliShape() throws Exception {
    JsonNode r = json("/api/search?q=Kim+Jong+Un&filter=place:Pyongyang&sort=newest", 200);
    List<String> keys = new ArrayList<>();
    r.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("query", "total", "tookMs", "hits", "facets", "page", "histogram"), keys);
    assertEquals(List.of("kim/4", "kim/1"), ids(r));
    JsonNode hit = r.get("hits").get(0);
    List<String> hitKeys = new ArrayList<>();
    hit.fieldNames().forEachRemaining(hitKeys::add);
    assertEquals(List.of("id", "title", "score", "highlights", "entities", "date", "source", "url"), hitKeys);
  }

  private static List<String> ids(JsonNode r) {
    List<String> ids = new ArrayList<>();
    r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void pagesAreTenHitsEach() throws Exception {
    assertEquals(7, json("/api/search?q=*:*", 200).get("total").asLong());
    assertEquals(7, json("/api/search", 200).get("hits").size()); // empty query: every article
    JsonNode page2 = json("/api/search?q=*:*&page=2", 200);
    assertEquals(0, page2.get("hits").size());
    assertEquals(400, get("/api/search?page=0").statusCode());
    assertEquals(400, get("/?page=99999").statusCode());
  }

  @Test
  void badInputIsAMessageNeverAStackTrace() throws Exception {
    HttpResponse<String> page = get("/?q=%28%28Kim");
    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("id=\"error\""), page.body());
    assertTrue(page.body().contains("not closed"), page.body());
    assertFalse(page.body().contains("Exception"), page.body());
    assertEquals("unbalanced parentheses: 2 '(' not closed", json("/api/search?q=%28%28Kim", 400).get("error").asText());
    assertTrue(json("/api/search?q=x&filter=person:Nobody+Atall", 400).get("error").asText().contains("no person"));
    assertTrue(json("/api/search?date=yesterday", 400).get("error").asText().contains("FROM..TO"));
    assertEquals(404, get("/nothing-here").statusCode());
    assertEquals(404, get("/entity/person/Nobody%20Atall").statusCode());
    assertEquals(404, get("/entity/alien/Kim").statusCode());
    assertEquals(404, get("/article?id=missing").statusCode());
    assertEquals(404, get("/static/../pom.xml").statusCode());
    assertEquals(414, get("/?q=" + "a".repeat(MonikerServer.MAX_URI_CHARS)).statusCode());
    HttpResponse<String> post =
        HTTP.send(
            HttpRequest.newBuilder(server.uri()).POST(HttpRequest.BodyPublishers.ofString("q=x")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(405, post.statusCode());
  }

  @Test
  void everyPageSendsAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
    for (String path :
        List.of("/", "/?q=Kim", "/entity/person/Kim%20Jong-un", "/article?id=kim%2F3", "/nothing")) {
      HttpResponse<String> r = get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
      Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(r.body());
      while (scripts.find()) {
        assertTrue(scripts.group(1).contains("src=\"/static/"), path + ": " + scripts.group());
      }
      assertFalse(r.body().contains(" style="), path + " has an inline style the CSP would block");
    }
  }

  @Test
  void hostileArticlesRenderAsText() throws Exception {
    for (String path :
        List.of("/?q=window", "/?q=Kim+Jong-un&sort=oldest", "/article?id=xss%2F1.txt", "/entity/person/Kim%20Jong-un")) {
      String html = get(path).body();
      assertFalse(html.contains("<script>window"), path);
      assertFalse(html.contains("<img"), path);
      assertFalse(Pattern.compile("<a [^>]*href=\"javascript:").matcher(html).find(), path);
      assertFalse(html.contains("<b onmouseover"), path);
    }
    String article = get("/article?id=xss%2F1.txt").body();
    assertTrue(article.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;Breaking"), article);
    assertTrue(article.contains("&lt;b onmouseover="), article);
    assertFalse(article.contains("class=\"external\""), "a javascript: address is no link");
  }

  @Test
  void entityPageListsEverySpellingWithItsCount() throws Exception {
    HttpResponse<String> moved = get("/entity/person/Kim%20Jong%20Eun");
    assertEquals(303, moved.statusCode());
    assertEquals("/entity/person/Kim%20Jong-un", moved.headers().firstValue("Location").orElse(""));
    JsonNode p = json("/api/entity/person/%EA%B9%80%EC%A0%95%EC%9D%80", 200); // 김정은
    assertEquals("Kim Jong-un", p.get("canonical").asText());
    assertEquals(TestArchive.KIM_ARTICLES, p.get("articles").asInt());
    List<String> spellings = new ArrayList<>();
    p.get("spellings").forEach(s -> spellings.add(s.get("spelling").asText() + "=" + s.get("articles").asInt()));
    // counted by hand in TestArchive
    assertEquals(
        List.of("Kim Jong-un=2", "KIM JONG-UN=1", "Kim Jong Eun=1", "Kim Jong Un=1", "김정은=1"), spellings);
    assertEquals("Moon Jae-in", p.get("related").get("person").get(0).get("value").asText());
    assertEquals(TestArchive.KIM_AND_MOON, p.get("related").get("person").get(0).get("count").asInt());
    assertEquals("kim/4", p.get("latest").get(0).get("id").asText());
    String html = get("/entity/person/Kim%20Jong-un").body();
    assertTrue(html.contains("<tr><td>김정은</td><td class=\"num\">1</td></tr>"), html);
    assertTrue(html.contains("leader of North Korea since 2011"), html);
  }

  @Test
  void articlePageLinksEveryMention() throws Exception {
    String html = get("/article?id=kim%2F4").body();
    assertTrue(html.contains("<a class=\"mention person\" href=\"/entity/person/Kim%20Jong-un\" title=\"Kim Jong-un\">김정은</a>"), html);
    assertTrue(html.contains("<a class=\"mention person\" href=\"/entity/person/Moon%20Jae-in\" title=\"Moon Jae-in\">Moon Jae-in</a>"), html);
    assertTrue(html.contains("class=\"mention place\" href=\"/entity/place/Pyongyang\""), html);
    JsonNode a = json("/api/article?id=kim%2F4", 200);
    assertEquals("김정은", a.get("mentions").get(2).get("text").asText());
  }

  @Test
  void analyzeMirrorsTheCli() throws Exception {
    JsonNode r = json("/api/analyze?text=Kim+Jong+Eun+met+Moon", 200);
    assertEquals("Kim Jong-un", r.get("entities").get(0).get("canonical").asText());
    assertEquals("Kim Jong Eun", r.get("entities").get(0).get("matched").asText());
    assertEquals(400, get("/api/analyze").statusCode());
  }

  @Test
  void searchesSeeWhatAnotherWriterCommits() throws Exception {
    Path dir = tmp.resolve("live");
    try (Moniker writer = Moniker.open(dir)) {
      writer.add(List.of(Article.of("first", "First", "Kim Jong-un spoke.")));
      writer.commit();
      try (Moniker reader = Moniker.open(dir);
          MonikerServer live = MonikerServer.start(reader, new InetSocketAddress("127.0.0.1", 0))) {
        HttpRequest search =
            HttpRequest.newBuilder(live.uri().resolve("/api/search?q=Kim+Jong+Un")).build();
        assertTrue(HTTP.send(search, HttpResponse.BodyHandlers.ofString()).body().contains("\"total\":1"));
        writer.add(List.of(Article.of("second", "Second", "Kim Jong Un replied.")));
        writer.commit();
        long deadline = System.nanoTime() + 30_000_000_000L;
        String body;
        do {
          Thread.onSpinWait();
          body = HTTP.send(search, HttpResponse.BodyHandlers.ofString()).body();
        } while (!body.contains("\"total\":2") && System.nanoTime() < deadline);
        assertTrue(body.contains("\"total\":2"), body);
      }
    }
  }
}
