package dev.moniker.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.entities.EntityDictionary;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceOfPublicationTest {

  private static Analyzer analyzer;
  private static PlaceOfPublication places;

  @BeforeAll
  static void open() {
    analyzer = new MonikerAnalyzer(EntityDictionary.defaults(), MonikerAnalyzer.Mode.INDEX);
    places = new PlaceOfPublication(analyzer);
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  @Test
  void aTownAndItsStateAfterAComma() {
    assertEquals(List.of("Dunn, N.C."), places.in("The Dunn Dispatch (Dunn, N.C.), page 4, OCR text"));
    assertEquals(List.of("Emporia, Kan."), places.in("Front page of an Emporia, Kan., weekly, 1911"));
    assertEquals(List.of("Salina, Kansas", "Wichita, Kansas"),
        places.in("Salina Evening Journal (Salina, Kansas) and The Wichita Eagle (Wichita, Kansas)"));
  }

  @Test
  void aPublisherOrAPlaceWithoutItsTownGivesNothing() {
    assertEquals(List.of(), places.in("Voice of America (Jane Doe), as republished by The Ohio Star"));
    assertEquals(List.of(), places.in("Wikinews, CC BY 2.5"));
    assertEquals(List.of(), places.in("Associated Press"));
    assertEquals(List.of(), places.in(null));
    assertEquals(List.of(), places.in(""));
  }

  @Test
  void theStateOfThePaperDecidesBetweenNamesakeTowns() {
    String text = "Three Louisburg boys left yesterday in a borrowed automobile.";
    assertEquals(List.of("Louisburg, North Carolina"),
        places(TextReport.of(EntityDictionary.defaults(), text, 1926, "The Weekly Star (Goldsboro, N.C.)")));
    assertEquals(List.of("Louisburg"), // the town of that name in Kansas
        places(TextReport.of(EntityDictionary.defaults(), text, 1926, "The Daily Star (Paola, Kan.)")));
    assertTrue(places(TextReport.of(EntityDictionary.defaults(), text, 1926, "Associated Press")).isEmpty());
    assertTrue(places(TextReport.of(EntityDictionary.defaults(), text, 1926)).isEmpty());
  }

  @Test
  void wherePaperWasPublishedIsNoMentionOfTheArticle() {
    TextReport r = TextReport.of(EntityDictionary.defaults(), "The mayor spoke.", 1920, "The Herald (Durham, N.C.)");
    assertTrue(r.entities().isEmpty(), r.entities().toString());
    assertTrue(r.ambiguous().isEmpty());
  }

  private static List<String> places(TextReport r) {
    return r.entities().stream().filter(f -> f.type().equals("place")).map(TextReport.Found::canonical).toList();
  }
}
