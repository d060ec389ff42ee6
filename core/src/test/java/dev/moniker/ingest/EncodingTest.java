package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.IndexListener;
import dev.moniker.Moniker;
import dev.moniker.index.IndexReport;
import dev.moniker.search.Hit;
import dev.moniker.search.SearchRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real news sentences written in the legacy encodings of Korean, Chinese, Japanese and Western
 * archives are read as the same text as their UTF-8 twins, and found by the same queries.
 */
class EncodingTest {

  @TempDir Path tmp;

  /** One archive encoding: the text, the charset that writes it, what must find it. */
  record Case(String name, Charset charset, String text, String expectedCharset, List<String> queries) {}

  private static final String KOREAN =
      "김정은 위원장, 평양에서 문재인 대통령과 회담\n\n"
          + "김정은 국무위원장이 평양에서 문재인 대통령과 만났다. 두 정상은 한반도의 비핵화와 남북 경제 "
          + "협력에 대해 논의했으며, 회담은 세 시간 넘게 이어졌다. 북한 관영 조선중앙통신은 회담이 "
          + "진지하고 솔직한 분위기에서 진행되었다고 전했다.";
  private static final String KOREAN_CP949 =
      "시진핑 주석, 서울 방문\n\n"
          + "시진핑 중국 국가주석이 서울을 방문해 경제 협력을 논의했다. 만찬에서는 소설 똠방각하를 "
          + "원작으로 한 연극이 상연되었고, 양국 정상은 문화 교류를 확대하기로 합의했다. 회담은 "
          + "청와대에서 두 시간 동안 진행되었다.";
  private static final String SIMPLIFIED =
      "习近平在北京会见金正恩\n\n"
          + "中国国家主席习近平在北京人民大会堂会见了朝鲜最高领导人金正恩。双方就朝鲜半岛局势和两国关系"
          + "深入交换了意见。习近平表示，中方愿同朝方一道，推动两国关系不断向前发展。";
  private static final String TRADITIONAL =
      "蔡英文會見安倍晉三\n\n"
          + "蔡英文總統今天在台北總統府會見日本前首相安倍晉三，雙方就區域安全、經濟合作與文化交流"
          + "交換意見。安倍晉三表示，日本與台灣是重要的夥伴，將持續深化雙邊關係。";
  private static final String JAPANESE =
      "安倍晋三首相、習近平主席と会談\n\n"
          + "安倍晋三首相は東京の首相官邸で中国の習近平国家主席と会談した。両首脳は経済協力と地域の"
          + "安全保障について意見を交換し、関係改善に向けて努力することで一致した。";
  private static final String FRENCH =
      "Sommet à Genève\n\n"
          + "À Genève, le président a reçu jeudi une délégation de la ville chinoise Ürümqi. « L’été sera décisif », "
          + "a déclaré le ministre — selon l’agence, les négociations ont duré trois heures et se "
          + "poursuivront à l’automne. Les délégués ont également évoqué la coopération économique.";
  private static final String GERMAN =
      "Gespräche in Genève\n\n"
          + "In Genève traf Außenminister Jürgen Müller die Delegation aus Ürümqi. Die Gespräche über "
          + "Handel und Menschenrechte dauerten drei Stunden; beide Seiten äußerten sich danach "
          + "zufrieden über die Ergebnisse und wollen sich im Frühjahr wieder treffen.";
  private static final String MIXED =
      "김정은과 习近平, Genève에서 회담\n\n"
          + "김정은 위원장과 习近平 주석이 Genève에서 만나 한반도 문제를 논의했다. Ürümqi 대표단도 참석했다.";

  private static final List<Case> CASES =
      List.of(
          new Case("euc-kr", Charset.forName("EUC-KR"), KOREAN, "x-windows-949", List.of("Kim Jong-un", "Moon Jae-in", "김정은")),
          new Case("cp949", Charset.forName("x-windows-949"), KOREAN_CP949, "x-windows-949", List.of("Xi Jinping", "똠방각하를")),
          new Case("gb18030", Charset.forName("GB18030"), SIMPLIFIED, "GB18030", List.of("Xi Jinping", "Kim Jong-un", "习近平")),
          new Case("gbk", Charset.forName("GBK"), SIMPLIFIED, "GB18030", List.of("Xi Jinping", "Kim Jong-un")),
          new Case("big5", Charset.forName("Big5"), TRADITIONAL, "Big5-HKSCS", List.of("Tsai Ing-wen", "Shinzo Abe")),
          new Case("shift_jis", Charset.forName("Shift_JIS"), JAPANESE, "windows-31j", List.of("Shinzo Abe", "Xi Jinping")),
          new Case("windows-1252", Charset.forName("windows-1252"), FRENCH, "windows-1252", List.of("Geneva", "Urumqi", "décisif")),
          new Case("iso-8859-1", StandardCharsets.ISO_8859_1, GERMAN, "windows-1252", List.of("Geneva", "Müller", "Außenminister")),
          new Case("utf-16", StandardCharsets.UTF_16, MIXED, "UTF-16BE", List.of("Kim Jong-un", "Xi Jinping", "Urumqi")));

  private final List<Article> articles = new ArrayList<>();
  private final List<Decoding> decodings = new ArrayList<>();
  private final List<Notice> notices = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
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
        public void decoded(Decoding d) {
          decodings.add(d);
        }

        @Override
        public void notice(Notice n) {
          notices.add(n);
        }
      };

  private static void write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }

  private Map<String, Article> byId() {
    return articles.stream().collect(Collectors.toMap(Article::id, Function.identity()));
  }

  @Test
  void everyEncodingReadsAsItsUtf8TwinAndIsFoundByTheSameQueries() throws IOException {
    Path in = tmp.resolve("in");
    for (Case c : CASES) {
      write(in.resolve(c.name() + "/utf8.txt"), c.text().getBytes(StandardCharsets.UTF_8));
      write(in.resolve(c.name() + "/encoded.txt"), c.text().getBytes(c.charset()));
      String[] parts = c.text().split("\n\n");
      String html =
          "<html><head><title>" + parts[0] + "</title></head><body><article><h1>" + parts[0]
              + "</h1><p>" + parts[1] + "</p></article></body></html>";
      if (c.charset() != StandardCharsets.UTF_16) {
        write(in.resolve(c.name() + "/undeclared.html"), html.getBytes(c.charset()));
      }
    }
    new Ingester().read(List.of(in), sink);
    assertEquals(List.of(), skipped);
    Map<String, Article> read = byId();
    Map<String, Decoding> how =
        decodings.stream().collect(Collectors.toMap(Decoding::input, Function.identity()));
    for (Case c : CASES) {
      Article twin = read.get(c.name() + "/utf8.txt");
      Article encoded = read.get(c.name() + "/encoded.txt");
      assertEquals(twin.title(), encoded.title(), c.name());
      assertEquals(twin.body(), encoded.body(), c.name());
      Decoding d = how.get(c.name() + "/encoded.txt");
      assertNotNull(d, c.name() + " was not reported as decoded");
      assertEquals(c.expectedCharset(), d.charset(), c.name());
      if (c.charset() == StandardCharsets.UTF_16) {
        assertEquals("byte-order mark", d.basis());
        continue;
      }
      assertEquals("detected", d.basis(), c.name());
      assertTrue(d.confidence() > 0 && d.confidence() <= 100, c.name() + ": " + d.confidence());
      Article page = read.get(c.name() + "/undeclared.html");
      assertEquals(twin.title(), page.title(), c.name() + " as HTML");
      assertEquals(twin.body(), page.body(), c.name() + " as HTML");
      assertEquals(c.expectedCharset(), how.get(c.name() + "/undeclared.html").charset(), c.name());
    }
    assertEquals(List.of(), notices);
    assertEquals(0, how.keySet().stream().filter(k -> k.contains("utf8")).count(), "UTF-8 is not reported");

    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      IndexReport report = m.index(List.of(in));
      assertEquals(List.of(), report.skipped());
      assertEquals(decodings.size(), report.decodings().size());
      for (Case c : CASES) {
        for (String query : c.queries()) {
          List<String> found =
              m.search(SearchRequest.of(query).limit(100)).hits().stream()
                  .map(Hit::id)
                  .filter(id -> id.startsWith(c.name() + "/"))
                  .sorted()
                  .toList();
          List<String> expected =
              c.charset() == StandardCharsets.UTF_16
                  ? List.of(c.name() + "/encoded.txt", c.name() + "/utf8.txt")
                  : List.of(c.name() + "/encoded.txt", c.name() + "/undeclared.html", c.name() + "/utf8.txt");
          assertEquals(expected, found, c.name() + ": " + query);
        }
      }
    }
  }

  @Test
  void declaredCharsetOfAPageIsHonoured() throws IOException {
    String body = "<body><article><h1>김정은, 평양 회담</h1><p>" + KOREAN + "</p></article></body></html>";
    write(tmp.resolve("meta.html"),
        ("<html><head><meta charset=\"euc-kr\"><title>x</title></head>" + body).getBytes(Charset.forName("EUC-KR")));
    write(tmp.resolve("http-equiv.html"),
        ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\"></head>"
                + "<body><p>" + TRADITIONAL + "</p></body></html>").getBytes(Charset.forName("Big5")));
    // a page in windows-1252 that says so: short and ambiguous, so only the declaration tells
    write(tmp.resolve("short.html"),
        "<html><head><meta charset=windows-1252></head><body><p>Zoë in Genève</p></body></html>"
            .getBytes(Charset.forName("windows-1252")));
    new Ingester().read(List.of(tmp), sink);
    Map<String, Article> read = byId();
    assertEquals("김정은, 평양 회담", read.get("meta.html").title());
    assertTrue(read.get("meta.html").body().contains("김정은 국무위원장이 평양에서"), read.get("meta.html").body());
    Article big5 = read.get("http-equiv.html");
    assertTrue((big5.title() + big5.body()).contains("蔡英文總統今天在台北總統府會見"), big5.toString());
    assertEquals("Zoë in Genève", read.get("short.html").title());
    for (Decoding d : decodings) {
      assertEquals("declared", d.basis(), d.toString());
    }
    assertEquals(3, decodings.size());
  }

  @Test
  void strayBytesInUtf8BecomeReplacementCharactersWithANotice() throws IOException {
    byte[] good = KOREAN.getBytes(StandardCharsets.UTF_8);
    int at = KOREAN.substring(0, KOREAN.indexOf("평양에서 문재인 대통령과 만났다")).getBytes(StandardCharsets.UTF_8).length;
    byte[] stray = new byte[good.length + 1];
    System.arraycopy(good, 0, stray, 0, at);
    stray[at] = (byte) 0xFF; // between two characters
    System.arraycopy(good, at, stray, at + 1, good.length - at);
    write(tmp.resolve("stray.txt"), stray);
    new Ingester().read(List.of(tmp.resolve("stray.txt")), sink);
    Article a = articles.get(0);
    assertTrue(a.body().contains("\uFFFD"), a.body());
    assertEquals(1, a.body().chars().filter(ch -> ch == '\uFFFD').count());
    assertEquals(KOREAN.split("\n\n")[1], a.body().replace("\uFFFD", ""));
    assertEquals(List.of(new Notice("stray.txt", "1 invalid UTF-8 sequence replaced with U+FFFD (first at byte " + at + ")")), notices);
    assertEquals(List.of(), decodings);
  }

  @Test
  void forcedEncodingWinsOverDetection() throws IOException {
    // Without a declaration these bytes are EUC-KR; the user knows they are Big5.
    write(tmp.resolve("big5.txt"), TRADITIONAL.getBytes(Charset.forName("Big5")));
    new Ingester(Charset.forName("Big5")).read(List.of(tmp.resolve("big5.txt")), sink);
    assertEquals("蔡英文會見安倍晉三", articles.get(0).title());
    assertEquals(List.of(new Decoding("big5.txt", "Big5-HKSCS", "forced", 100)), decodings);
  }

  @Test
  void jsonLinesInALegacyEncodingAreRead() throws IOException {
    String lines =
        "{\"id\":\"a1\",\"title\":\"习近平会见金正恩\",\"body\":\"中国国家主席习近平在北京人民大会堂会见了朝鲜最高领导人金正恩。\"}\n"
            + "{\"id\":\"a2\",\"body\":\"plain ASCII line\"}\n"
            + "{\"id\":\"a3\",\"body\":\"双方就朝鲜半岛局势和两国关系深入交换了意见。习近平表示，中方愿同朝方一道。\"}\n";
    write(tmp.resolve("gb.jsonl"), lines.getBytes(Charset.forName("GB18030")));
    new Ingester().read(List.of(tmp.resolve("gb.jsonl")), sink);
    assertEquals(List.of(), skipped);
    assertEquals("习近平会见金正恩", articles.get(0).title());
    assertEquals("双方就朝鲜半岛局势和两国关系深入交换了意见。习近平表示，中方愿同朝方一道。", articles.get(2).body());
    assertEquals(1, decodings.size());
    assertEquals("GB18030", decodings.get(0).charset());
  }

  @Test
  void moniker_index_withEncodingReportsIt() throws IOException {
    write(tmp.resolve("in/kr.txt"), KOREAN.getBytes(Charset.forName("EUC-KR")));
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      IndexReport r = m.index(List.of(tmp.resolve("in")), Charset.forName("EUC-KR"), IndexListener.NONE);
      assertEquals(1, r.indexed());
      assertEquals(List.of(new Decoding("kr.txt", "x-windows-949", "forced", 100)), r.decodings());
      assertEquals(List.of("kr.txt"), m.search("Kim Jong-un").hits().stream().map(Hit::id).toList());
    }
  }
}
