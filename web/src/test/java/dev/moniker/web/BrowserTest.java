package dev.moniker.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.moniker.Moniker;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A researcher's steps in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}; {@code .ci/run} installs them). Each page is saved as a screenshot under
 * {@code target/screenshots/} for a person to look at.
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path tmp;
  static Moniker moniker;
  static MonikerServer server;
  static ChromeDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    moniker = TestArchive.build(tmp.resolve("idx"));
    server = MonikerServer.start(moniker, new InetSocketAddress("127.0.0.1", 0));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1280, 1000));
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      moniker.close();
    }
  }

  static void open(String path) {
    browser.get(server.uri().resolve(path).toString());
  }

  static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static String total() {
    return browser.findElement(By.cssSelector("#total .n")).getText();
  }

  static List<String> marked() {
    return browser.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText).toList();
  }

  @Test
  void searchInOneSpellingSeeTheOthersHighlightedNarrowAndWiden() throws IOException {
    open("/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("Kim Chong-un", Keys.ENTER);
    wait.until(ExpectedConditions.titleContains("Kim Chong-un"));
    assertEquals(Integer.toString(TestArchive.KIM_ARTICLES), total());
    List<String> marks = marked();
    for (String spelling : List.of("Kim Jong Un", "KIM JONG-UN", "김정은", "Kim Jong Eun")) {
      assertTrue(marks.contains(spelling), spelling + " not highlighted in " + marks);
    }
    screenshot("1-search");

    WebElement moon =
        browser.findElement(
            By.xpath("//section[@data-type='person']//a[@class='value' and text()='Moon Jae-in']"));
    moon.click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#total .n"), Integer.toString(TestArchive.KIM_AND_MOON)));
    assertEquals(2, browser.findElements(By.cssSelector(".hit")).size());
    WebElement chip = browser.findElement(By.cssSelector(".chip"));
    assertEquals("Person: Moon Jae-in", chip.findElement(By.tagName("span")).getText());
    // the filtered dimension still lists its other values (drill sideways)
    assertTrue(
        browser.findElements(By.xpath("//section[@data-type='person']//a[@class='value']")).size() > 1);
    screenshot("2-filtered");

    chip.findElement(By.cssSelector("a.remove")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#total .n"), Integer.toString(TestArchive.KIM_ARTICLES)));
    assertTrue(browser.findElements(By.cssSelector(".chip")).isEmpty());

    // a bar of the time line narrows to its year
    browser.findElement(By.cssSelector(".histogram a[aria-label^='2018:']")).click();
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#total .n"), "3"));
    assertEquals("Date: 2018-01-01 to 2018-12-31", browser.findElement(By.cssSelector(".chip span")).getText());
    screenshot("3-year");
  }

  @Test
  void entityPageListsSpellingsAndLeadsToArticles() throws IOException {
    open("/entity/person/Kim%20Jong%20Eun");
    wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Kim Jong-un"));
    List<List<String>> rows =
        browser.findElements(By.cssSelector("#spellings tbody tr")).stream()
            .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
            .toList();
    assertEquals(
        List.of(
            List.of("Kim Jong-un", "2"), List.of("KIM JONG-UN", "1"), List.of("Kim Jong Eun", "1"),
            List.of("Kim Jong Un", "1"), List.of("김정은", "1")),
        rows);
    screenshot("4-entity");

    browser.findElement(By.linkText("Pyongyang summit")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-body")));
    WebElement mention = browser.findElement(By.xpath("//div[@id='article-body']/a[text()='김정은']"));
    assertEquals("Kim Jong-un", mention.getAttribute("title"));
    screenshot("5-article");
    mention.click();
    wait.until(ExpectedConditions.textToBe(By.id("entity-name"), "Kim Jong-un"));
  }

  @Test
  void hostileArticlesAreInert() throws IOException {
    open("/article?id=" + Links.encode(TestArchive.XSS_ID));
    WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
    assertTrue(title.getText().startsWith("<script>window.__xss=1</script>Breaking"), title.getText());
    assertTrue(browser.findElement(By.id("article-body")).getText().contains("<script>window.__xss=4</script>"));
    assertTrue(browser.findElements(By.cssSelector("main img, main script, main b")).isEmpty());
    assertTrue(browser.findElements(By.cssSelector("a.external")).isEmpty());
    for (WebElement a : browser.findElements(By.cssSelector("a[href]"))) {
      assertFalse(a.getAttribute("href").startsWith("javascript:"), a.getAttribute("href"));
    }
    assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;"));
    screenshot("6-hostile");
    open("/?q=window");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
    assertNull(((JavascriptExecutor) browser).executeScript("return window.__xss === undefined ? null : window.__xss;"));
  }

  @Test
  void aBadQueryIsAMessageOnThePage() throws IOException {
    open("/?q=" + Links.encode("(Kim AND"));
    WebElement error = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error")));
    assertTrue(error.getText().contains("not closed"), error.getText());
    assertEquals("(Kim AND", browser.findElement(By.id("q")).getAttribute("value"));
    screenshot("7-bad-query");
  }

  @Test
  void slashFocusesTheSearchBoxAndAPhoneGetsOneColumn() throws IOException {
    open("/entity/person/Kim%20Jong-un");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("spellings")));
    browser.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("q", browser.switchTo().activeElement().getAttribute("id"));
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      open("/?q=Kim+Jong+Un");
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total")));
      Map<?, ?> width =
          (Map<?, ?>)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return {doc: document.documentElement.scrollWidth, win: window.innerWidth};");
      screenshot("8-phone");
      assertTrue(
          ((Number) width.get("doc")).longValue() <= ((Number) width.get("win")).longValue(),
          "no sideways scrolling on a phone: " + width);
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }
}
