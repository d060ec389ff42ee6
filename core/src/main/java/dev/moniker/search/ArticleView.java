package dev.moniker.search;

import dev.moniker.analysis.TextReport;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.index.ArticleFields;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * One stored article with every entity the analysis recognises in it marked: title and body as
 * runs of plain text and mentions, in order, so that a page or a report can link each mention to
 * its entity without parsing markup. The text is as stored, not escaped.
 *
 * @param title the title as segments
 * @param body the body as segments
 */
public record ArticleView(
    String id,
    Instant date,
    String source,
    String url,
    List<Segment> title,
    List<Segment> body) {

  /**
   * A run of text: a mention when {@code type} is not null, else plain text.
   *
   * @param type the mentioned entity's type label, or null
   * @param canonical the mentioned entity's canonical name, or null
   */
  public record Segment(String text, String type, String canonical) {
    public boolean isMention() {
      return type != null;
    }
  }

  /** The title as plain text. */
  public String titleText() {
    return join(title);
  }

  /** The body as plain text. */
  public String bodyText() {
    return join(body);
  }

  private static String join(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    segments.forEach(s -> sb.append(s.text()));
    return sb.toString();
  }

  /** Reads the article with this id, analysed as the index analysed it; empty when absent. */
  public static Optional<ArticleView> read(IndexSearcher searcher, EntityDictionary dictionary, String id)
      throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
    IndexableField date = doc.getField(ArticleFields.DATE);
    return Optional.of(
        new ArticleView(
            id,
            date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()),
            doc.get(ArticleFields.SOURCE),
            doc.get(ArticleFields.URL),
            segments(dictionary, nonNull(doc.get(ArticleFields.TITLE))),
            segments(dictionary, nonNull(doc.get(ArticleFields.BODY)))));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** Cuts {@code text} at the mentions {@link TextReport} finds in it. */
  public static List<Segment> segments(EntityDictionary dictionary, String text) {
    List<Segment> out = new ArrayList<>();
    int pos = 0;
    for (TextReport.Found f : TextReport.of(dictionary, text).entities()) {
      if (f.start() < pos || f.end() > text.length()) {
        continue; // a mention stacked on one already marked
      }
      if (f.start() > pos) {
        out.add(new Segment(text.substring(pos, f.start()), null, null));
      }
      out.add(new Segment(text.substring(f.start(), f.end()), f.type(), f.canonical()));
      pos = f.end();
    }
    if (pos < text.length()) {
      out.add(new Segment(text.substring(pos), null, null));
    }
    return List.copyOf(out);
  }
}
