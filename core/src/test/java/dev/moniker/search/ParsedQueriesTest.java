package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moniker.MonikerException;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.index.ArticleSchema;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class ParsedQueriesTest {

  private static final ArticleSchema SCHEMA = new ArticleSchema(EntityDictionary.defaults());

  @Test
  void aTextParsedAgainIsTheSameQueryAsParsingItAnew() {
    ParsedQueries queries = new ParsedQueries(SCHEMA.queryAnalyzer());
    Query first = queries.parse("Kim Jong Un missile", true);
    assertSame(first, queries.parse("Kim Jong Un missile", true));
    assertEquals(MonikerQueryParser.parseQuery("Kim Jong Un missile", SCHEMA.queryAnalyzer(), true), first);
  }

  @Test
  void theHighlightingFormIsKeptApart() {
    ParsedQueries queries = new ParsedQueries(SCHEMA.queryAnalyzer());
    assertNotEquals(queries.parse("Kim Jong Un", true), queries.parse("Kim Jong Un", false));
    assertEquals(
        MonikerQueryParser.parseQuery("Kim Jong Un", SCHEMA.queryAnalyzer(), false),
        queries.parse("Kim Jong Un", false));
  }

  @Test
  void theLeastRecentlyUsedAreForgottenAndFailuresNeverKept() {
    ParsedQueries queries = new ParsedQueries(SCHEMA.queryAnalyzer());
    Query kept = queries.parse("word0", true);
    Query eldest = queries.parse("word1", true);
    for (int i = 2; i <= ParsedQueries.CAPACITY; i++) {
      queries.parse("word" + i, true);
      queries.parse("word0", true); // used again each time: stays
    }
    assertEquals(ParsedQueries.CAPACITY, queries.size());
    assertSame(kept, queries.parse("word0", true));
    assertNotSame(eldest, queries.parse("word1", true), "the eldest was forgotten and parsed anew");
    assertThrows(MonikerException.class, () -> queries.parse("(unbalanced", true));
    assertEquals(ParsedQueries.CAPACITY, queries.size());
  }
}
