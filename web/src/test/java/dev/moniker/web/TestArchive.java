package dev.moniker.web;

import dev.moniker.Moniker;
import dev.moniker.ingest.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A small archive whose facts a person can check by reading it: Kim Jong-un in five spellings
 * over three years, Moon Jae-in in two of those articles, and hostile articles whose title, body,
 * source and address try to inject markup and scripts.
 */
final class TestArchive {

  /** Articles naming Kim Jong-un, in any spelling (the hostile one too). */
  static final int KIM_ARTICLES = 6;

  /** Of those, the ones naming Moon Jae-in too. */
  static final int KIM_AND_MOON = 2;

  static final String XSS_ID = "xss/1.txt";

  private TestArchive() {}

  static Moniker build(Path dir) {
    Moniker m = Moniker.open(dir);
    m.add(
        List.of(
            at("kim/1", "2016-05-09", "Party congress closes",
                "Kim Jong-un was named chairman of the party in Pyongyang."),
            at("kim/2", "2017-07-04", "Missile launch",
                "KIM JONG-UN watched the launch, KCNA said."),
            at("kim/3", "2018-04-27", "Panmunjom summit",
                "Kim Jong Un crossed the border to meet Moon Jae-in."),
            at("kim/4", "2018-09-19", "Pyongyang summit",
                "Moon Jae-in flew to Pyongyang, where 김정은 greeted him."),
            at("kim/5", "2018-06-12", "Singapore",
                "Kim Jong Eun met Donald Trump on Sentosa island."),
            at("other/1", "2018-03-01", "Seoul weather", "Snow fell on Seoul."),
            Article.of(
                    XSS_ID,
                    "<script>window.__xss=1</script>Breaking \"><img src=x onerror=\"window.__xss=2\">",
                    "Kim Jong-un said \"><img src=x onerror=\"window.__xss=3\"> and "
                        + "<script>window.__xss=4</script> then <a href=\"javascript:window.__xss=5\">click</a>.")
                .withDate(Instant.parse("2015-01-01T00:00:00Z"))
                .withSource("<b onmouseover=\"window.__xss=6\">Evil</b>")
                .withUrl("javascript:window.__xss=7")));
    m.commit();
    return m;
  }

  static Article at(String id, String date, String title, String body) {
    return Article.of(id, title, body).withDate(Instant.parse(date + "T08:00:00Z")).withSource("Test Wire");
  }
}
