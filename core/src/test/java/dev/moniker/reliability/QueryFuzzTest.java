package dev.moniker.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.MonikerException.Kind;
import dev.moniker.entities.EntityType;
import dev.moniker.ingest.Article;
import dev.moniker.search.EntityFilterValue;
import dev.moniker.search.SearchRequest;
import dev.moniker.search.SearchResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a user types as a query or a filter, the answer is a result or an {@link
 * MonikerException} of kind {@code INVALID_QUERY} / {@code INVALID_ARGUMENT} with a one-line
 * message for a person: never another exception, a hang or runaway memory.
 */
class QueryFuzzTest {

  private static final long SEED = 0x6D6F6E696BL;
  private static final Duration LOOP_TIMEOUT = Duration.ofSeconds(60);
  private static final Set<Kind> ACCEPTED = Set.of(Kind.INVALID_QUERY, Kind.INVALID_ARGUMENT);

  @TempDir static Path tmp;
  private static Moniker moniker;

  @BeforeAll
  static void smallIndex() {
    moniker = Moniker.open(tmp.resolve("idx"));
    moniker.index(List.of(Path.of("..", "seeds")));
    List<Article> more = new ArrayList<>();
    String[] names = {"Kim Jong-un", "Xi Jinping", "Moon Jae-in", "김정은", "毛泽东", "Pyongyang", "KCNA"};
    for (int i = 0; i < 40; i++) {
      more.add(
          Article.of(
                  "gen-" + i,
                  "Report " + i + " on " + names[i % names.length],
                  names[(i + 3) % names.length]
                      + " met "
                      + names[i % names.length]
                      + " in the capital; talks on trade, nuclear programs and aid. café naïve "
                      + "Ünïcödé 😀 item"
                      + i)
              .withDate(Instant.parse("2018-01-01T00:00:00Z").plusSeconds(86_400L * i * 7))
              .withSource(i % 2 == 0 ? "Wire" : "Asia Times"));
    }
    moniker.add(more);
    moniker.commit();
  }

  @AfterAll
  static void close() {
    if (moniker != null) {
      moniker.close();
    }
  }

  /**
   * The one rule every query and filter obeys: returns true for a result, false for an accepted
   * error, and fails on anything else.
   */
  private static boolean answers(String what, Supplier<SearchResult> search) {
    try {
      SearchResult r = search.get();
      assertNotNull(r, what);
      assertTrue(r.total() >= r.hits().size(), what);
      return true;
    } catch (MonikerException e) {
      assertTrue(ACCEPTED.contains(e.kind()), what + ": kind " + e.kind() + ": " + show(e.getMessage()));
      assertOneLineForAPerson(what, e.getMessage());
      return false;
    } catch (Throwable t) {
      throw new AssertionError(what + " threw " + t, t);
    }
  }

  static void assertOneLineForAPerson(String what, String message) {
    assertNotNull(message, what);
    what = what + " → [" + (message.length() > 300 ? message.substring(0, 300) + "…" : message) + "]";
    assertFalse(message.isBlank(), what + ": empty message");
    assertFalse(message.contains("\n") || message.contains("\r"), what + ": multi-line");
    assertFalse(
        message.contains("Exception") || message.contains("java.") || message.contains("org.apache")
            || message.contains("Error:"),
        what + ": names Java classes");
    assertTrue(message.length() <= 500, what + ": " + message.length() + "-character message");
  }

  private static String show(String q) {
    String s = q.length() > 80 ? q.substring(0, 80) + "…(" + q.length() + " chars)" : q;
    return "query [" + s.replace("\n", "\\n") + "]";
  }

  private static void query(String q) {
    answers(show(q), () -> moniker.search(q));
  }

  // ---------------------------------------------------------------- hand-picked hard cases

  static final List<String> NASTY =
      List.of(
          "/(a|aa)+b/",
          "/.*.*.*.*/",
          "/.*/",
          "/(.*a){40}/",
          "/(a|b)*a(a|b){30}/",
          "/a{999999999}/",
          "/((a{1000}){1000}){1000}/",
          "/[^a]{10000}/",
          "/(((((((((((a*)*)*)*)*)*)*)*)*)*)*)*/",
          "/~(a|b)/",
          "/<1-999999999999>/",
          "/@&~(x)/",
          "/[z-a]/",
          "/(/",
          "/abc",
          "/\\/",
          "title:/k.m/",
          "date:/2018.*/",
          "kim~2",
          "kim~",
          "kim~0.5",
          "kimjongunxijinping~2",
          "kim~3",
          "a".repeat(9000) + "~2",
          "*foo",
          "?foo",
          "*",
          "?",
          "*:*",
          "*:foo",
          "foo*",
          "f*o*o*b*a*r*b*a*z*q*u*x*",
          "?".repeat(9000),
          "a*".repeat(4000),
          "title:*",
          "id:*",
          "date:*",
          "date:2018*",
          "date:2018-01-0?",
          "date:kim~2",
          "date:[* TO *]",
          "date:[2019-01-01 TO 2018-01-01]",
          "date:{2018-01-01 TO 2018-12-31}",
          "date:[2018 TO 2019]",
          "date:\"+999999999-12-31T23:59:59Z\"",
          "date:[\"-999999999-01-01T00:00:00Z\" TO *]",
          "date:[* TO \"+999999999-12-31T23:59:59Z\"]",
          "date:{\"+292278994-08-17T07:12:55.807Z\" TO *]",
          "date:2018-02-30",
          "title:[a TO z]",
          "title:{* TO *}",
          "body:[\u0000 TO \uFFFF]",
          "\"kim jong\"~99999999",
          "\"\"",
          "\"",
          "\\\"",
          "\\",
          "a\\",
          "kim^99999999999999999999999999999999999999999999",
          "kim^0",
          "kim^",
          "kim^-1",
          "NOT",
          "NOT kim",
          "AND OR",
          "+",
          "-",
          "!",
          "&&",
          "||",
          "+-kim",
          "()",
          "(((kim)))",
          ")(",
          "(".repeat(4000) + "kim" + ")".repeat(4000),
          "(kim ".repeat(1600) + ")".repeat(1600),
          "unknown:field",
          "entity.person:x",
          "hash:x",
          "url:x",
          "TITLE:Kim",
          "foo\\\nbar:baz",
          "\u0000",
          "\u0007\u001B[31m",
          "\uD800",
          "\uDC00kim",
          "😀",
          "김정은 AND 毛泽东",
          "e\u0301\u0301\u0301\u0301",
          "\u202E\u202D",
          "   \t\n  ",
          "",
          "x".repeat(100_000),
          "kim ".repeat(25_000),
          String.join(" OR ", java.util.Collections.nCopies(5000, "kim")),
          String.join("||", java.util.Collections.nCopies(3300, "k")),
          String.join(" ", java.util.Collections.nCopies(4900, "k")),
          String.join(" ", java.util.Collections.nCopies(1100, "k")),
          String.join(" OR ", java.util.Collections.nCopies(1100, "k*")),
          String.join(" OR ", java.util.Collections.nCopies(1100, "\"kim jong\"")),
          String.join(" OR ", java.util.Collections.nCopies(150, "kim~2")));

  @Test
  void handPickedQueriesAnswerOrExplain() {
    assertTimeoutPreemptively(LOOP_TIMEOUT, () -> NASTY.forEach(QueryFuzzTest::query));
  }

  // ---------------------------------------------------------------- generated queries

  private static final String[] WORDS = {
    "kim", "Kim", "Jong-un", "jong", "un", "xi", "Xi Jinping", "pyongyang", "nuclear", "trade",
    "the", "a", "café", "naïve", "김정은", "毛泽东", "😀", "item7", "Report", "2018", "1.35",
    "e\u0301", "ß", "İ", "ﬁ", "x", "zzzz", "\u00A0", "Kim's", "U.S.", "Asia", "Wire"
  };
  private static final String[] OPERATORS = {
    " AND ", " OR ", " NOT ", " && ", " || ", " !", " +", " -", " ", " ", " ", "\t", "\n", " to ",
    " TO "
  };
  private static final String[] FIELDS = {
    "title:", "body:", "id:", "source:", "date:", "TITLE:", "nope:", "*:", "entity.person:", ":",
    "title\\:", ""
  };
  private static final String[] SPECIAL = {
    "\"", "(", ")", "[", "]", "{", "}", "*", "?", "~", "~2", "~0.7", "^2", "^", ":", "\\", "/",
    "!", "-", "+", "&", "|", "\u0000", "\u001F", "\u001E", "\uD83D", "\u0301", "\r\n", "'", "`",
    ";", "%", "#", "@", "<", ">", "=", ","
  };
  private static final String[] SHAPES = {
    "/k.m/", "/(a|aa)+b/", "/[a-z]{2,4}/", "/.*x.*/", "[a TO m]", "{* TO z}",
    "[2018-01-01 TO 2018-06-30]", "2018-05-08", "\"kim jong un\"", "\"xi met\"~3", "kim*",
    "k?m", "*im", "kim~1", "*:*", "(kim OR xi)", "\"unclosed", "(unclosed", "closed)"
  };

  private static String generate(Random r) {
    StringBuilder sb = new StringBuilder();
    int parts = 1 + r.nextInt(r.nextInt(10) == 0 ? 60 : 8);
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        sb.append(OPERATORS[r.nextInt(OPERATORS.length)]);
      }
      if (r.nextInt(4) == 0) {
        sb.append(FIELDS[r.nextInt(FIELDS.length)]);
      }
      switch (r.nextInt(6)) {
        case 0, 1 -> sb.append(WORDS[r.nextInt(WORDS.length)]);
        case 2 -> sb.append(SHAPES[r.nextInt(SHAPES.length)]);
        case 3 -> sb.append(SPECIAL[r.nextInt(SPECIAL.length)]);
        case 4 -> {
          sb.append(WORDS[r.nextInt(WORDS.length)]);
          sb.append(SPECIAL[r.nextInt(SPECIAL.length)]);
        }
        default -> sb.append(randomCodePoints(r, 1 + r.nextInt(6)));
      }
    }
    return sb.toString();
  }

  private static String randomCodePoints(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int cp =
          switch (r.nextInt(5)) {
            case 0 -> 0x20 + r.nextInt(0x5F); // ASCII, syntax characters included
            case 1 -> r.nextInt(0x20); // control characters
            case 2 -> 0xAC00 + r.nextInt(11172); // Hangul
            case 3 -> 0x1F300 + r.nextInt(0x300); // emoji
            default -> r.nextInt(0x110000);
          };
      if (cp >= 0xD800 && cp <= 0xDFFF && r.nextBoolean()) {
        sb.append((char) cp); // a lone surrogate
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return sb.toString();
  }

  @Test
  void thousandsOfGeneratedQueriesAnswerOrExplain() {
    Random r = new Random(SEED);
    int[] answered = new int[2];
    assertTimeoutPreemptively(
        LOOP_TIMEOUT,
        () -> {
          for (int i = 0; i < 3000; i++) {
            String q = generate(r);
            SearchRequest request =
                SearchRequest.of(q)
                    .limit(1 + r.nextInt(20))
                    .highlight(r.nextBoolean())
                    .facets(r.nextInt(3) * 5);
            boolean result = answers("#" + i + " " + show(q), () -> moniker.search(request));
            answered[result ? 0 : 1]++;
          }
        });
    // The generator must exercise both outcomes, or it tests less than it seems to.
    assertTrue(answered[0] > 300, "results: " + answered[0]);
    assertTrue(answered[1] > 300, "errors: " + answered[1]);
  }

  // ---------------------------------------------------------------- entity filters

  private static final List<String> FILTER_VALUES =
      List.of(
          "Kim Jong-un",
          "kim jong eun",
          "김정은",
          "Pyongyang",
          "Kim",
          "",
          " ",
          "\"\"",
          "\u0000",
          "\n",
          "a\nb",
          "\u001F",
          "\u001E",
          "a\u001Fb",
          "person:Kim",
          "*",
          "*:*",
          "/.*/",
          "\uD800",
          "😀",
          "ＫＩＭ ＪＯＮＧ ＵＮ",
          "x".repeat(100_000),
          "Kim Jong-un ".repeat(2000));

  @Test
  void filtersWithAnyValueAnswerOrExplain() {
    assertTimeoutPreemptively(
        LOOP_TIMEOUT,
        () -> {
          for (EntityType type : EntityType.values()) {
            for (String value : FILTER_VALUES) {
              for (String q : List.of("*:*", "kim", "\"unclosed")) {
                answers(
                    "filter " + type + ":" + show(value) + " on " + q,
                    () -> moniker.search(SearchRequest.of(q).filter(type, value)));
              }
            }
          }
          Random r = new Random(SEED);
          for (int i = 0; i < 300; i++) {
            SearchRequest request = SearchRequest.of("*:*");
            for (int k = 0; k <= r.nextInt(4); k++) {
              EntityType type = EntityType.values()[r.nextInt(EntityType.values().length)];
              String value =
                  r.nextBoolean()
                      ? FILTER_VALUES.get(r.nextInt(FILTER_VALUES.size()))
                      : generate(r);
              request = request.filter(type, value);
            }
            SearchRequest finalRequest = request;
            answers("filters " + request.filters(), () -> moniker.search(finalRequest));
          }
        });
  }

  @Test
  void filterSpecsNamingUnknownTypesAreOneLineErrors() {
    for (String spec :
        List.of(
            "foo:bar",
            "Person:",
            ":Kim",
            "",
            "person",
            "persons:Kim",
            "per son:Kim",
            "\u0000:x",
            "x".repeat(100_000) + ":y")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> EntityFilterValue.parse(spec), show(spec));
      assertOneLineForAPerson(show(spec), e.getMessage());
      assertTrue(e.getMessage().contains("person"), e.getMessage()); // names the valid types
    }
    EntityFilterValue ok = EntityFilterValue.parse("PERSON: \"Kim Jong-un\"");
    assertEquals(new EntityFilterValue(EntityType.PERSON, "Kim Jong-un"), ok);
    assertTrue(
        answers(
            "parsed filter",
            () -> moniker.search(SearchRequest.of("*:*").filter(ok.type(), ok.value()))),
        "a well-formed filter");
  }

  @Test
  void limitsAreExplainedNotHit() {
    // The documented limits hold exactly: the longest accepted query is answered, one more
    // character is a clear error, and clause and nesting limits are named in the message.
    // 10,000 characters exactly: one phrase, so the clause limit is not what is tested
    String longest = "\"" + "k ".repeat(4_998) + "kk\"";
    assertEquals(10_000, longest.length());
    assertTrue(answers("longest", () -> moniker.search(longest)), "the longest query was refused");
    MonikerException tooLong =
        assertThrows(MonikerException.class, () -> moniker.search("k".repeat(10_001)));
    assertEquals(Kind.INVALID_QUERY, tooLong.kind());
    assertTrue(tooLong.getMessage().contains("10000"), tooLong.getMessage());

    MonikerException clauses =
        assertThrows(
            MonikerException.class,
            () -> moniker.search(String.join(" OR ", java.util.Collections.nCopies(1100, "kim"))));
    assertEquals(Kind.INVALID_QUERY, clauses.kind());
    assertTrue(clauses.getMessage().contains("1024"), clauses.getMessage());

    for (String q : List.of("*jong", "?ong", "title:*ong", "body:*")) {
      MonikerException leading = assertThrows(MonikerException.class, () -> moniker.search(q));
      assertEquals(Kind.INVALID_QUERY, leading.kind());
      assertOneLineForAPerson(q, leading.getMessage());
      assertTrue(leading.getMessage().contains("may not start with * or ?"), leading.getMessage());
    }
    assertTrue(moniker.search("jo*g").total() > 0); // inside or at the end of a word is fine

    MonikerException deep =
        assertThrows(
            MonikerException.class, () -> moniker.search("(".repeat(101) + "kim" + ")".repeat(101)));
    assertTrue(deep.getMessage().contains("nested more than 100 deep"), deep.getMessage());
    assertTrue(moniker.search("(".repeat(100) + "kim" + ")".repeat(100)).total() > 0);

    MonikerException regexp = assertThrows(MonikerException.class, () -> moniker.search("/a{20000}/"));
    assertTrue(regexp.getMessage().contains("repeats too much"), regexp.getMessage());
    assertTrue(answers("/k{1,200}im/", () -> moniker.search("/k{1,200}im/")), "a bounded regexp");

    // a query within the limits still works after all of this
    assertTrue(moniker.search("kim").total() > 0);
  }
}
