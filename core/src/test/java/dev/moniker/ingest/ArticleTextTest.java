package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void placeholderLineIsNotTheTitle() {
    Article a =
        ArticleText.parse(
            "a.txt", "Placeholder Photo\n\nTalks resume in Geneva\n\nDiplomats met on Monday.", false);
    assertEquals("Talks resume in Geneva", a.title());
    assertEquals("Diplomats met on Monday.", a.body());
  }

  @Test
  void captionRepeatedVerbatimIsKeptOnceAndNotTheTitle() {
    String caption = "Leaders shake hands in Hanoi on Tuesday. Photo: AFP";
    Article a =
        ArticleText.parse(
            "a.txt", caption + "\n" + caption + "\n\nA summit ends early\n\nThe talks collapsed.", false);
    assertEquals("A summit ends early", a.title());
    assertEquals(1, count(a.body(), "shake hands"));
  }

  @Test
  void editedCopyOfACaptionIsDropped() {
    String text =
        "Headline of the day\n\nFirst paragraph about trade.\n\n"
            + "(FILES) President Moon shown in undated file photo visiting Tokyo. / AFP PHOTO / STR\n"
            + "Former President Moon shown in undated file photo visiting Tokyo. Photo: AFP/Stringer\n\n"
            + "Second paragraph about tariffs.";
    Article a = ArticleText.parse("a.txt", text, false);
    assertEquals(1, count(a.body(), "undated file photo"));
    assertTrue(a.body().contains("Second paragraph"));
  }

  @Test
  void commentFooterGivesTheTitleAndIsNotIndexed() {
    Article a =
        ArticleText.parse(
            "a.txt",
            "Some caption. Photo: Reuters\n\nBody text here.\n\n3 replies on “The real title”\n\n"
                + "Comments are closed.",
            false);
    assertEquals("The real title", a.title());
    assertFalse(a.body().contains("replies on"));
    assertFalse(a.body().contains("Comments are closed"));
  }

  @Test
  void markdownHeadingBecomesTitle() {
    Article a = ArticleText.parse("a.md", "# The **big** story\n\nText with `code`.", true);
    assertEquals("The big story", a.title());
  }

  @Test
  void longFirstParagraphGivesAShortenedTitleAndStaysInTheBody() {
    String para = "word ".repeat(80).trim() + ".";
    Article a = ArticleText.parse("a.txt", para, false);
    assertTrue(a.title().length() <= 121, a.title());
    assertEquals(para, a.body());
  }

  @Test
  void seedArticlesGetTheirRealTitles() throws IOException {
    Path seeds = Path.of("..", "seeds");
    Article first =
        ArticleText.parse("x", Files.readString(seeds.resolve("000_c9d83c852025b0df.txt")), false);
    assertFalse(first.title().contains("Photo"), first.title());
    assertEquals(1, count(first.body(), "walks with North Korean leader"));
    Article second =
        ArticleText.parse("y", Files.readString(seeds.resolve("004_a149b9bd860232e7.txt")), false);
    assertFalse(second.title().toLowerCase().contains("placeholder"), second.title());
  }
}
