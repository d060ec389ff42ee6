package dev.moniker.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a saved news page: the headline from the page's own metadata, the text of its main
 * content without navigation, scripts or asides, and the publication date and site name when the
 * page declares them.
 */
final class HtmlArticles {

  private static final String NOT_CONTENT =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
          + "button, [role=navigation], [aria-hidden=true], .comments, #comments";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre";

  private HtmlArticles() {}

  /**
   * Reads one page.
   *
   * @param where names the page in a notice about its date
   * @param dates gathers a declared date that cannot be read
   */
  static Article parse(String id, String html, String where, UnreadableDates dates)
      throws TextDecoding.NotText {
    Document doc = Jsoup.parse(html);
    String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
    Instant date = HtmlDates.of(doc, where, dates);
    String source = meta(doc, "og:site_name");
    String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));

    doc.select(NOT_CONTENT).remove();
    Article article = ArticleText.fromLines(id, textLines(mainContent(doc)), title);
    if (article.body().isBlank() && article.title().isBlank()) {
      throw new TextDecoding.NotText("HTML page has no text");
    }
    return article.withDate(date).withSource(source).withUrl(url);
  }

  /** The text of an HTML fragment (a feed item's content) as lines, one per block. */
  static List<String> fragmentLines(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select(NOT_CONTENT).remove();
    return textLines(doc.body());
  }

  private static List<String> textLines(Element main) {
    List<String> lines = new ArrayList<>();
    if (main != null) {
      Elements blocks = main.select(BLOCKS);
      for (Element block : blocks) {
        if (block.parents().stream().anyMatch(p -> p != main && p.is(BLOCKS))) {
          continue; // text already taken with its enclosing block
        }
        lines.add(block.text());
      }
      if (lines.isEmpty()) {
        lines.addAll(List.of(main.wholeText().split("\\R")));
      }
    }
    return lines;
  }

  private static Element mainContent(Document doc) {
    Element best = null;
    for (Element article : doc.select("article")) {
      if (best == null || article.text().length() > best.text().length()) {
        best = article;
      }
    }
    if (best != null) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    return main != null ? main : doc.body();
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    return attr(e, "content");
  }

  private static String attr(Element e, String attribute) {
    if (e == null) {
      return null;
    }
    String v = e.attr(attribute).trim();
    return v.isEmpty() ? null : v;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }
}
