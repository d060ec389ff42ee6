package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Markdown is parsed: what a reader sees is indexed, link targets and code are not. */
class MarkdownArticlesTest {

  @Test
  void linkTargetsImagePathsAndCodeBlocksAreNotText() {
    String md =
        "# Kim Jong-un visits **Beijing**\n\n"
            + "The [official agency](https://kcna.example/zebralink) reported the visit.\n"
            + "![zebraalt](images/zebrapath.jpg)\n\n"
            + "```\nzebracode = fenced()\n```\n\n"
            + "    zebraindented()\n\n"
            + "- First point with `Xi Jinping`\n"
            + "- Second point\n\n"
            + "> A quoted line.\n\n"
            + "<div class=\"note\">An <em>HTML</em> block.</div>\n";
    Article a = MarkdownArticles.parse("a.md", md);
    assertEquals("Kim Jong-un visits Beijing", a.title());
    assertEquals(
        "The official agency reported the visit.\n\nFirst point with Xi Jinping\n\nSecond point\n\n"
            + "A quoted line.\n\nAn HTML block.",
        a.body());
  }

  @Test
  void plainTextInAMarkdownFileIsUnchanged() {
    Article a = MarkdownArticles.parse("b.md", "A title\n\nA body line.\nIts continuation.");
    assertEquals("A title", a.title());
    assertEquals("A body line. Its continuation.", a.body());
  }
}
