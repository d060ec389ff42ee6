package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.Moniker;
import dev.moniker.entities.EntityDictionary;
import dev.moniker.index.ArticleFields;
import dev.moniker.index.ArticleSchema;
import dev.moniker.ingest.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name typed without a field searches the entity field: the same articles as "in the title or
 * the body", ranked by weighted mentions, and still highlighted where the text names them.
 */
class EntityFieldTest {

  @TempDir Path tmp;

  private final ArticleSearcher parser = new ArticleSearcher(new ArticleSchema(EntityDictionary.defaults()));

  @Test
  void aNameAloneIsOneTermOnTheEntityField() {
    Query q = parser.parse("KIM JONG-UN");
    Query inner = q instanceof org.apache.lucene.search.BoostQuery b ? b.getQuery() : q;
    assertEquals(new TermQuery(new Term(ArticleFields.ENTITY, "person:kim_jong-un")), inner);
  }

  @Test
  void aNameAmongWordsKeepsTheWordsOnTitleAndBody() {
    String q = parser.parse("Kim Jongun missile").toString();
    assertTrue(q.contains("entity:person:kim_jong-un"), q);
    assertTrue(q.contains("title:missil") && q.contains("body:missil"), q);
  }

  @Test
  void explicitFieldsAndPhrasesOfSeveralWordsStayOnTheirFields() {
    assertTrue(parser.parse("title:\"Kim Jong Un\"").toString().startsWith("title:"));
    String phrase = parser.parse("\"Kim Jong Un visited\"").toString();
    assertTrue(phrase.contains("body:\"person:kim_jong-un visit\""), phrase);
  }

  @Test
  void findsTitleOnlyAndBodyOnlyMentionsAndRanksByWeightedMentions() {
    try (Moniker m = Moniker.open(tmp.resolve("idx"))) {
      m.add(
          List.of(
              Article.of("title-only", "Kim Jong-un visits a farm", "Farmers met the leader."),
              Article.of("body-once", "Farm report", "The harvest grew. Kim Jong Un was not there."),
              Article.of(
                  "body-often",
                  "Factory report",
                  "Kim Jongun toured. KIM JONG-UN spoke. 김정은 left. Kim Jong-un returned."),
              Article.of("father", "Archive", "Kim Jong-il toured a farm."),
              Article.of("words", "Jong and Un", "Un jong kim: these are not a name here.")));
      SearchResult r = m.search(SearchRequest.of("Kim Chŏng-ŭn").limit(10));
      Set<String> ids = r.hits().stream().map(Hit::id).collect(Collectors.toSet());
      assertEquals(Set.of("title-only", "body-once", "body-often"), ids);
      assertEquals("body-once", r.hits().get(2).id(), "one body mention ranks last");
      Hit often = r.hits().stream().filter(h -> h.id().equals("body-often")).findFirst().orElseThrow();
      String highlighted = String.join(" ", often.highlights());
      assertTrue(
          highlighted.contains("<mark>Kim Jongun</mark>") && highlighted.contains("<mark>김정은</mark>"),
          highlighted);
    }
  }
}
