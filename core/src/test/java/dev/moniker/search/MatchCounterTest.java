package dev.moniker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.entities.EntityType;
import dev.moniker.index.ArticleFields;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * One-pass counting on a hand-built index of seven articles in three segments, one deleted, whose
 * counts a person can read off the table below. The second segment's dates span four centuries,
 * so its months are counted one by one instead of in a segment array. A larger random index is
 * compared with Lucene's own facet counts and drill-sideways.
 *
 * <pre>
 * segment  id  person  place  org  date        words
 * 1        d0  A, B    X           2019-01-31  red
 * 1        d1  A       Y           2019-02-01  red
 * 1        d2                 O    (none)      red
 * 2        d3  B       X           2020-05-05  blue
 * 2        d4  C                   1600-01-01  blue
 * 2        d5  A       X           2019-01-01  blue   (deleted)
 * 3        d6                      2019-01-15  red
 * </pre>
 */
class MatchCounterTest {

  private static Document article(String id, String word, String date, String... entities) {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.NO));
    doc.add(new StringField("word", word, Field.Store.NO));
    for (String e : entities) {
      String[] typeAndName = e.split(":", 2);
      doc.add(new SortedSetDocValuesFacetField(typeAndName[0], typeAndName[1]));
    }
    if (date != null) {
      long millis =
          LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      doc.add(new NumericDocValuesField(ArticleFields.DATE, millis));
    }
    return doc;
  }

  private static Directory index(boolean oneSegment) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig();
    if (!oneSegment) {
      config.setMergePolicy(NoMergePolicy.INSTANCE);
    }
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (Document d :
          List.of(
              article("d0", "red", "2019-01-31", "person:A", "person:B", "place:X"),
              article("d1", "red", "2019-02-01", "person:A", "place:Y"),
              article("d2", "red", null, "org:O"))) {
        w.addDocument(ArticleFields.FACETS.build(d));
      }
      w.commit();
      for (Document d :
          List.of(
              article("d3", "blue", "2020-05-05", "person:B", "place:X"),
              article("d4", "blue", "1600-01-01", "person:C"),
              article("d5", "blue", "2019-01-01", "person:A", "place:X"))) {
        w.addDocument(ArticleFields.FACETS.build(d));
      }
      w.commit();
      w.addDocument(ArticleFields.FACETS.build(article("d6", "red", "2019-01-15")));
      w.deleteDocuments(new Term("id", "d5"));
      if (oneSegment) {
        w.forceMerge(1);
      }
      w.commit();
    }
    return dir;
  }

  /** The result of one pass, as a person writes it: counts by type, months, total. */
  private record Seen(
      long hits,
      Map<String, Map<String, Long>> facets,
      Map<String, Long> months,
      long undated) {}

  private static Seen count(
      IndexSearcher searcher, Query query, Map<EntityType, List<String>> filters)
      throws IOException {
    ReaderColumns columns = ReaderColumns.of(searcher.getIndexReader());
    MatchCounter.Counts c =
        MatchCounter.count(
            searcher,
            query,
            columns,
            new TopScoreDocCollectorManager(10, Integer.MAX_VALUE),
            true,
            true,
            filters);
    assertEquals(c.hits(), c.top().totalHits.value());
    assertEquals(c.hits(), c.top().scoreDocs.length, "fewer than 10 hits: all listed");
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (EntityType t : EntityType.values()) {
      facets.put(
          t.label(),
          columns.top(t, 10, c.counts()).stream()
              .collect(
                  Collectors.toMap(
                      FacetValue::value, FacetValue::count, (a, b) -> a, LinkedHashMap::new)));
    }
    DateHistogram h = DateHistogram.of(c.months());
    Map<String, Long> months = new LinkedHashMap<>();
    c.months().byMonth().forEach((m, n) -> months.put(m.toString(), n));
    return new Seen(c.hits(), facets, months, h.undated());
  }

  private static Map<String, Long> counts(Object... labelsAndCounts) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndCounts.length; i += 2) {
      out.put((String) labelsAndCounts[i], ((Number) labelsAndCounts[i + 1]).longValue());
    }
    return out;
  }

  private static void assertSeen(
      Seen seen,
      long hits,
      Map<String, Long> people,
      Map<String, Long> places,
      Map<String, Long> orgs,
      Map<String, Long> months,
      long undated) {
    assertEquals(hits, seen.hits(), "hits");
    assertEquals(people, seen.facets().get("person"), "people");
    assertEquals(places, seen.facets().get("place"), "places");
    assertEquals(orgs, seen.facets().get("org"), "organisations");
    assertEquals(months, seen.months(), "months");
    assertEquals(undated, seen.undated(), "undated");
  }

  private static void checkAll(boolean oneSegment) throws IOException {
    try (Directory dir = index(oneSegment);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(oneSegment ? 1 : 3, reader.leaves().size());
      IndexSearcher searcher = new IndexSearcher(reader);
      Query all = new MatchAllDocsQuery();

      assertSeen(
          count(searcher, all, Map.of()),
          6,
          counts("A", 2, "B", 2, "C", 1),
          counts("X", 2, "Y", 1),
          counts("O", 1),
          counts("1600-01", 1, "2019-01", 2, "2019-02", 1, "2020-05", 1),
          1);

      assertSeen(
          count(searcher, new TermQuery(new Term("word", "red")), Map.of()),
          4,
          counts("A", 2, "B", 1),
          counts("X", 1, "Y", 1),
          counts("O", 1),
          counts("2019-01", 2, "2019-02", 1),
          1);

      // one filter: its type counts every match (sideways), the others only the hits
      assertSeen(
          count(searcher, all, Map.of(EntityType.PERSON, List.of("A"))),
          2,
          counts("A", 2, "B", 2, "C", 1),
          counts("X", 1, "Y", 1),
          counts(),
          counts("2019-01", 1, "2019-02", 1),
          0);

      // values of one type are alternatives
      assertSeen(
          count(searcher, all, Map.of(EntityType.PERSON, List.of("A", "C"))),
          3,
          counts("A", 2, "B", 2, "C", 1),
          counts("X", 1, "Y", 1),
          counts(),
          counts("1600-01", 1, "2019-01", 1, "2019-02", 1),
          0);

      // two types: each counts the matches that pass the other's filter (d0, d3 for person;
      // d0, d1 for place); d2 fails both and counts nowhere
      Map<EntityType, List<String>> two = new LinkedHashMap<>();
      two.put(EntityType.PERSON, List.of("A"));
      two.put(EntityType.PLACE, List.of("X"));
      assertSeen(
          count(searcher, all, two),
          1,
          counts("A", 1, "B", 2),
          counts("X", 1, "Y", 1),
          counts(),
          counts("2019-01", 1),
          0);

      // a value no article has: no hits, but its type still lists what the query matches
      assertSeen(
          count(searcher, all, Map.of(EntityType.PERSON, List.of("Nobody"))),
          0,
          counts("A", 2, "B", 2, "C", 1),
          counts(),
          counts(),
          counts(),
          0);
    }
  }

  /** Lucene's own counts of the same matches: {@code DrillSideways} with filters, else plain. */
  private static Map<String, Map<String, Long>> luceneCounts(
      IndexSearcher searcher, Query query, Map<EntityType, List<String>> filters)
      throws IOException {
    SortedSetDocValuesReaderState state =
        new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), ArticleFields.FACETS);
    Facets facets;
    if (filters.isEmpty()) {
      FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
      facets = new SortedSetDocValuesFacetCounts(state, fc);
    } else {
      DrillDownQuery drill = new DrillDownQuery(ArticleFields.FACETS, query);
      filters.forEach((t, values) -> values.forEach(v -> drill.add(t.label(), v)));
      facets =
          new DrillSideways(searcher, ArticleFields.FACETS, state)
              .search(drill, new TopScoreDocCollectorManager(10, Integer.MAX_VALUE))
              .facets;
    }
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (EntityType t : EntityType.values()) {
      Map<String, Long> values = new java.util.TreeMap<>();
      FacetResult r;
      try {
        r = facets.getTopChildren(1000, t.label());
      } catch (IllegalArgumentException e) {
        r = null;
      }
      if (r != null) {
        for (LabelAndValue lv : r.labelValues) {
          values.put(lv.label, lv.value.longValue());
        }
      }
      out.put(t.label(), values);
    }
    return out;
  }

  @Test
  void countsEqualLuceneFacetCountsAndDrillSidewaysOnARandomIndex() throws IOException {
    java.util.Random random = new java.util.Random(20261202);
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig();
      config.setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int i = 0; i < 600; i++) {
          List<String> entities = new java.util.ArrayList<>();
          for (EntityType t : EntityType.values()) {
            int n = random.nextInt(4);
            for (int k = 0; k < n; k++) {
              entities.add(t.label() + ":" + t.label() + random.nextInt(6 + 4 * t.ordinal()));
            }
          }
          String date = random.nextInt(5) == 0 ? null : (1990 + random.nextInt(30)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
          w.addDocument(
              ArticleFields.FACETS.build(
                  article("r" + i, random.nextBoolean() ? "red" : "blue", date,
                      entities.stream().distinct().toArray(String[]::new))));
          if (i % 150 == 149) {
            w.commit();
          }
          if (i % 7 == 3) {
            w.deleteDocuments(new Term("id", "r" + random.nextInt(i + 1)));
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() >= 4, "several segments");
        IndexSearcher searcher = new IndexSearcher(reader);
        ReaderColumns columns = ReaderColumns.of(reader);
        for (Query query : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("word", "red")))) {
          for (int round = 0; round < 20; round++) {
            Map<EntityType, List<String>> filters = new LinkedHashMap<>();
            for (EntityType t : EntityType.values()) {
              if (random.nextInt(3) == 0) {
                List<String> values = new java.util.ArrayList<>();
                values.add(t.label() + random.nextInt(8 + 4 * t.ordinal()));
                if (random.nextBoolean()) {
                  values.add(t.label() + random.nextInt(8 + 4 * t.ordinal()));
                }
                filters.put(t, values);
              }
            }
            MatchCounter.Counts c =
                MatchCounter.count(
                    searcher, query, columns,
                    new TopScoreDocCollectorManager(10, Integer.MAX_VALUE), true, false, filters);
            Map<String, Map<String, Long>> ours = new LinkedHashMap<>();
            for (EntityType t : EntityType.values()) {
              Map<String, Long> values = new java.util.TreeMap<>();
              columns.top(t, 1000, c.counts()).forEach(v -> values.put(v.value(), v.count()));
              ours.put(t.label(), values);
            }
            assertEquals(luceneCounts(searcher, query, filters), ours, query + " " + filters);
            DrillDownQuery drill = new DrillDownQuery(ArticleFields.FACETS, query);
            filters.forEach((t, values) -> values.forEach(v -> drill.add(t.label(), v)));
            assertEquals(searcher.count(drill), c.hits(), query + " " + filters);
          }
        }
      }
    }
  }

  @Test
  void countsReadOffTheTableAcrossSegmentsWithADeletion() throws IOException {
    checkAll(false);
  }

  @Test
  void oneSegmentHasNoOrdinalMapAndCountsTheSame() throws IOException {
    checkAll(true);
  }

  @Test
  void hitsAreTheFilteredMatchesInScoreOrder() throws IOException {
    try (Directory dir = index(false);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      MatchCounter.Counts c =
          MatchCounter.count(
              searcher,
              new MatchAllDocsQuery(),
              ReaderColumns.of(reader),
              new TopScoreDocCollectorManager(10, Integer.MAX_VALUE),
              false,
              false,
              Map.of(EntityType.PLACE, List.of("X")));
      assertNull(c.counts());
      assertNull(c.months());
      // d0 is doc 0, d3 doc 3 (segments in order, no merges)
      assertEquals(
          List.of(0, 3), Arrays.stream(c.top().scoreDocs).map(sd -> sd.doc).toList());
      for (ScoreDoc sd : c.top().scoreDocs) {
        assertEquals(1f, sd.score, "MatchAllDocsQuery scores 1");
      }
    }
  }

  @Test
  void topKeepsTheFirstInByteOrderAtATieAndLeavesOutZeros() throws IOException {
    try (Directory dir = index(false);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      ReaderColumns columns = ReaderColumns.of(reader);
      MatchCounter.Counts c =
          MatchCounter.count(
              searcher,
              new MatchAllDocsQuery(),
              columns,
              new TopScoreDocCollectorManager(10, Integer.MAX_VALUE),
              true,
              false,
              Map.of());
      assertEquals(
          List.of(new FacetValue("A", 2)), columns.top(EntityType.PERSON, 1, c.counts()));
      assertEquals(
          List.of(new FacetValue("A", 2), new FacetValue("B", 2)),
          columns.top(EntityType.PERSON, 2, c.counts()));
      MatchCounter.Counts blue =
          MatchCounter.count(
              searcher,
              new TermQuery(new Term("word", "blue")),
              columns,
              new TopScoreDocCollectorManager(10, Integer.MAX_VALUE),
              true,
              false,
              Map.of());
      // A is only in the deleted d5: left out, not listed with 0
      assertEquals(
          List.of(new FacetValue("B", 1), new FacetValue("C", 1)),
          columns.top(EntityType.PERSON, 10, blue.counts()));
      assertEquals(List.of(), columns.top(EntityType.ORG, 10, blue.counts()));
    }
  }
}
