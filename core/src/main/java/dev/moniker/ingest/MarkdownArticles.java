package dev.moniker.ingest;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown with a CommonMark parser, so that only what a reader sees is indexed: headings and
 * paragraphs with the text of their links, but not link targets, image paths or code blocks.
 * Inline code stays: in news it is more often a name than code.
 */
final class MarkdownArticles {

  private static final Parser PARSER = Parser.builder().build();

  private MarkdownArticles() {}

  static Article parse(String id, String markdown) {
    List<String> lines = new ArrayList<>();
    PARSER
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Paragraph paragraph) {
                lines.add(inlineText(paragraph));
              }

              @Override
              public void visit(Heading heading) {
                lines.add(inlineText(heading));
              }

              @Override
              public void visit(HtmlBlock html) {
                lines.add(Jsoup.parseBodyFragment(html.getLiteral()).text());
              }

              @Override
              public void visit(FencedCodeBlock code) {}

              @Override
              public void visit(IndentedCodeBlock code) {}
            });
    return ArticleText.fromBlocks(id, lines);
  }

  private static String inlineText(Node block) {
    StringBuilder sb = new StringBuilder();
    appendText(block, sb);
    return sb.toString();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        sb.append(text.getLiteral());
      } else if (child instanceof Code code) {
        sb.append(code.getLiteral());
      } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
        sb.append(' ');
      } else if (!(child instanceof Image || child instanceof HtmlInline)) {
        appendText(child, sb); // emphasis, links: their text, not their targets
      }
    }
  }
}
