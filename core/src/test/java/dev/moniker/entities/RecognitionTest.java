package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moniker.analysis.TextReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which entity each mention resolves to, and why, through the analysis users run. */
class RecognitionTest {

  private static List<TextReport.Found> found(String text) {
    return TextReport.of(EntityDictionary.defaults(), text).entities();
  }

  private static Optional<TextReport.Found> at(String text, String matched) {
    return found(text).stream().filter(f -> f.matched().equals(matched)).findFirst();
  }

  private static String canonicalAt(String text, String matched) {
    return at(text, matched).map(TextReport.Found::canonical).orElse(null);
  }

  /** The canonical name at these words, which must have been recognised. */
  private static String recognised(String text, String matched) {
    return at(text, matched)
        .map(TextReport.Found::canonical)
        .orElseThrow(() -> new AssertionError("nothing recognised at '" + matched + "' in: " + text + " " + found(text)));
  }

  @Test
  void spellingsOfOnePersonShareOneCanonicalName() {
    String expected = canonicalAt("Kim Jong-un spoke.", "Kim Jong-un");
    assertTrue(expected != null);
    for (String spelling :
        List.of("Kim Jong Un", "KIM JONG-UN", "Kim Jongun", "Kim Jong-un's", "Kim Jong Eun", "김정은")) {
      assertEquals(expected, canonicalAt("Then " + spelling + " spoke.", spelling), spelling);
    }
  }

  @Test
  void distinctPeopleNeverMerge() {
    List<String> kims =
        List.of("Kim Il-sung", "Kim Jong-il", "Kim Jong-un", "Kim Jong-nam", "Kim Yo-jong", "Kim Kyong-hui");
    List<String> canonical = kims.stream().map(k -> canonicalAt("Then " + k + " spoke.", k)).toList();
    assertEquals(kims.size(), canonical.stream().distinct().count(), canonical.toString());
    assertFalse(canonical.contains(null), canonical.toString());
    assertNotEquals(
        recognised("Mao Zedong spoke.", "Mao Zedong"), recognised("Mao Anying spoke.", "Mao Anying"));
  }

  @Test
  void typoOfANamedEntityResolvesInContext() {
    String text = "China cut aid. Pyongyang has repeatedly rebuffed Chin’s advice on reform.";
    TextReport.Found f = at(text, "Chin’s").orElseThrow(() -> new AssertionError(found(text)));
    assertEquals(recognised(text, "China"), f.canonical());
    assertEquals("TYPO", f.reason());
  }

  @Test
  void typoRuleLeavesWordsNamesAndUnsupportedGuessesAlone() {
    String china = "China cut aid. ";
    assertTrue(at(china + "He rubbed his chin and smiled.", "chin").isEmpty());
    assertTrue(at(china + "He did chin-ups daily.", "chin").isEmpty());
    assertTrue(at(china + "The reporter Peter Chin said so.", "Chin").isEmpty());
    assertFalse("China".equals(canonicalAt(china + "Fighting spread in Chin State.", "Chin State")));
    assertTrue(at("Pyongyang rebuffed Chin’s advice.", "Chin’s").isEmpty(), "no China in context");
  }

  @Test
  void shortMentionLinksToTheLastFullMention() {
    String text = "Kim Jong-un took over in 2011, and Kim's rule began.";
    assertEquals(recognised(text, "Kim Jong-un"), recognised(text, "Kim's"));
    String xi = "Xi Jinping came to power in 2012. Xi’s decision surprised many.";
    assertEquals(recognised(xi, "Xi Jinping"), recognised(xi, "Xi’s"));
    String zhou = "Zhou Enlai met Nixon. Later Premier Zhou spoke again.";
    assertEquals(recognised(zhou, "Zhou Enlai"), recognised(zhou, "Zhou"));
  }

  @Test
  void surnameThatIsAlsoAnEnglishWordLinksOnlyWhereItActsAsAName() {
    String text =
        "Moon Jae-in spoke first. Moon landing footage aired. The Moon rose. "
            + "Moon said little. Aides of Moon's party left. He met Moon again.";
    List<TextReport.Found> moons =
        found(text).stream().filter(f -> f.matched().startsWith("Moon")).toList();
    assertEquals(
        List.of("Moon Jae-in", "Moon", "Moon's", "Moon"),
        moons.stream().map(TextReport.Found::matched).toList(),
        moons.toString());
    assertEquals(1, moons.stream().map(TextReport.Found::canonical).distinct().count());
  }

  @Test
  void namesWithInitialsMatchAcrossThePeriod() {
    String text = "Then Donald J. Trump spoke.";
    assertEquals(recognised("Donald Trump spoke.", "Donald Trump"), recognised(text, "Donald J. Trump"));
  }

  @Test
  void ambiguousSurnameAloneStaysUnlinked() {
    assertTrue(at("Officials said Kim was absent.", "Kim").isEmpty());
  }

  @Test
  void unknownKoreanNameIsAPersonWithOneCanonicalForm() {
    TextReport.Found a = at("Striker Kim Min-jae scored.", "Kim Min-jae").orElseThrow();
    TextReport.Found b = at("Striker Kim Min Jae scored.", "Kim Min Jae").orElseThrow();
    assertEquals("person", a.type());
    assertFalse(a.known());
    assertEquals(a.canonical(), b.canonical());
    assertEquals("NAME_SHAPE", a.reason());
    // the canonical form uses the family name's press spelling, not strict Revised Romanization
    assertEquals("Kim Min-jae", at("Then Gim Min-jae scored.", "Gim Min-jae").orElseThrow().canonical());
    assertEquals("Lee Sang-min", at("Then Lee Sang-min scored.", "Lee Sang-min").orElseThrow().canonical());
  }

  @Test
  void sentencesThatStartWithAWordSpelledLikeAFamilyNameAreNotNames() {
    String text = "In Osaka, rain fell. In Tokyo too. Do Androids dream? Go Myong-hyun said so.";
    List<TextReport.Found> people =
        found(text).stream().filter(f -> f.type().equals("person")).toList();
    assertEquals(List.of("Go Myong-hyun"), people.stream().map(TextReport.Found::matched).toList());
  }

  @Test
  void westernPhrasesThatStartWithAFamilyNameAreNotNames() {
    for (String t : List.of("Park Avenue", "Long March", "Song Dynasty", "Han River", "Moon landing")) {
      assertTrue(found("We saw " + t + " today.").stream().noneMatch(f -> f.type().equals("person")), t);
    }
  }

  @Test
  void aShipsNameAfterItsKindNamesNoPlaceOrPerson() {
    Recognized r = Recognized.in("The cruiser North Dakota sailed; the battleship Missouri and the ferry Ronald Okafor followed.", 1909);
    assertEquals(null, r.canonical("North Dakota"), r.toString());
    assertEquals(null, r.canonical("Missouri"), r.toString());
    assertEquals(null, r.canonical("Ronald Okafor"), r.toString());
    assertEquals("North Dakota", Recognized.in("He sailed to North Dakota.", 1909).canonical("North Dakota"));
  }
}
