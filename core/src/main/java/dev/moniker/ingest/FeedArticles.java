package dev.moniker.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.filter.ElementFilter;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed: one article per item or entry, its link as id and
 * url, its title, its date, and its content (or else its summary) with the HTML stripped as the
 * body; the feed's title is the source.
 *
 * <p>A feed may not declare a DOCTYPE: that refuses entity expansion bombs ("billion laughs")
 * and external entities before anything is expanded. Bytes the XML parser cannot read in the
 * declared encoding are decoded like other text (detected) and parsed again.
 */
final class FeedArticles {

  private static final String NO_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

  private FeedArticles() {}

  /** Whether the start of a {@code .xml} file looks like a feed. */
  static boolean looksLikeFeed(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
  }

  static void read(String input, byte[] bytes, Charset forced, IngestSink sink) throws TextDecoding.NotText {
    Document xml = parse(input, bytes, forced, sink);
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(xml);
    } catch (FeedException | IllegalArgumentException e) {
      throw new TextDecoding.NotText("not an RSS or Atom feed: " + oneLine(e));
    }
    List<String> rawDates = rawDates(xml);
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      throw new TextDecoding.NotText("feed has no items");
    }
    String source = clean(feed.getTitle());
    UnreadableDates dates = new UnreadableDates();
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      String where = input + ":" + (i + 1);
      String link = firstNonBlank(entry.getLink(), entry.getUri());
      if (link == null) {
        sink.skipped(new Skipped(where, "feed item has neither a link nor an id"));
        continue;
      }
      String title = clean(entry.getTitle());
      List<String> lines = new ArrayList<>();
      for (SyndContent content : entry.getContents()) {
        lines.addAll(HtmlArticles.fragmentLines(content.getValue() == null ? "" : content.getValue()));
      }
      if (lines.stream().allMatch(String::isBlank) && entry.getDescription() != null) {
        lines.addAll(HtmlArticles.fragmentLines(entry.getDescription().getValue()));
      }
      Article article = ArticleText.fromLines(link, lines, title);
      if (article.title().isBlank() && article.body().isBlank()) {
        sink.skipped(new Skipped(where, "feed item has no text"));
        continue;
      }
      Instant date = null;
      if (rawDates.size() == entries.size() && rawDates.get(i) != null) {
        date = dates.parse(where, rawDates.get(i));
      } else if (entry.getPublishedDate() != null || entry.getUpdatedDate() != null) {
        date = (entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()).toInstant();
      }
      Ingester.deliver(article.withDate(date).withSource(source).withUrl(entry.getLink()), where, sink);
    }
    dates.report(input, sink);
  }

  private static Document parse(String input, byte[] bytes, Charset forced, IngestSink sink)
      throws TextDecoding.NotText {
    try {
      InputSource source = new InputSource(new ByteArrayInputStream(bytes));
      if (forced != null) {
        source.setEncoding(forced.name());
      }
      Document xml = builder().build(source);
      Charset declared = HtmlCharset.xmlDeclared(bytes); // what the parser followed
      if (forced != null) {
        sink.decoded(new Decoding(input, forced.name(), "forced", 100));
      } else if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
        sink.decoded(new Decoding(input, declared.name(), "declared", 100));
      }
      return xml;
    } catch (CharConversionException e) {
      // bytes that are not in the declared (or default UTF-8) encoding: decode them like text
      TextDecoding.Decoded text = TextDecoding.decode(input, bytes, TextDecoding.Hints.NONE);
      Ingester.report(text, input, sink);
      try {
        return builder().build(new InputSource(new StringReader(text.text())));
      } catch (JDOMException | IOException again) {
        throw new TextDecoding.NotText("malformed XML: " + oneLine(again));
      }
    } catch (JDOMException | IOException e) {
      if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
        throw new TextDecoding.NotText(
            "feed refused: it declares a DOCTYPE (entity expansion and external entities are not allowed)");
      }
      throw new TextDecoding.NotText("malformed XML: " + oneLine(e));
    }
  }

  private static SAXBuilder builder() {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature(NO_DOCTYPE, true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setExpandEntities(false);
    return builder;
  }

  /**
   * Each item's or entry's date as written, in document order, so that this project's parser
   * (ISO-8601 with any offset, RFC 1123) reads it and a date it cannot read is reported.
   */
  private static List<String> rawDates(Document xml) {
    List<String> dates = new ArrayList<>();
    for (Element e : xml.getRootElement().getDescendants(new ElementFilter())) {
      String name = e.getName();
      if (name.equals("item") || name.equals("entry")) {
        dates.add(dateOf(e));
      }
    }
    return dates;
  }

  private static String dateOf(Element item) {
    for (String name : List.of("pubDate", "published", "date", "issued", "updated", "modified")) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
          return child.getTextTrim();
        }
      }
    }
    return null;
  }

  private static String clean(String maybeHtml) {
    return maybeHtml == null ? null : Jsoup.parse(maybeHtml).text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
  }

  private static String oneLine(Exception e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.replaceAll("\\s+", " ").trim();
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }
}
