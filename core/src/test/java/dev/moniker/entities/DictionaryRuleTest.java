package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictionaryRuleTest {

  @Test
  void aListedSpellingLongestFirst() {
    Recognized r = Recognized.in("Aides of the United Nations Security Council met.");
    assertEquals("United Nations Security Council", r.canonical("United Nations Security Council"), r.toString());
    assertEquals("DICTIONARY", r.reason("United Nations Security Council"));
  }

  @Test
  void wordsWrittenApartAreJoinedWhereTheyAreNoEnglishWordsEach() {
    assertEquals("Tennessee", Recognized.in("Votes from other states: Indiana 100; Tennes see 33.", 1890).canonical("Tennes see"));
    assertEquals("Indochina", Recognized.in("War came to Indo China again.", 1950).canonical("Indo China"));
    assertNull(Recognized.in("She asked: Was it over?", 2016).canonical("Was it"));
  }

  @Test
  void aMiddleInitialTheListedSpellingLacks() {
    Recognized r = Recognized.in("Then Nikita S. Khrushchev spoke.");
    assertEquals("Nikita Khrushchev", r.canonical("Nikita S. Khrushchev"), r.toString());
  }

  @Test
  void initialsWrittenWithoutSpaces() {
    Recognized r = Recognized.in("He was replaced by George H.W. Bush in 1976.", 1976);
    assertEquals("George H. W. Bush", r.canonical("George H.W. Bush"), r.toString());
  }

  @Test
  void anHonorificAfterTheName() {
    Recognized r = Recognized.in("We met Shinzo Abe-san in Tokyo.", 2015);
    assertEquals("Shinzo Abe", r.canonical("Shinzo Abe-san"), r.toString());
  }

  @Test
  void aDigitAScannerReadForALetter() {
    Recognized r = Recognized.in("Premier Sta1in and Marshal Zhukov.", 1945);
    assertEquals("Joseph Stalin", r.canonical("Sta1in"), r.toString());
    assertEquals("SCAN_REPAIR", r.reason("Sta1in"));
    assertNull(Recognized.in("Room 101 and B52 bombers.").canonical("B52"));
  }

  @Test
  void knownNamesOfSeveralWordsInLowerCase() {
    Recognized r = Recognized.in("lol kim jong un visited the factory again", 2019);
    assertEquals("Kim Jong-un", r.canonical("kim jong un"), r.toString());
    assertNull(Recognized.in("he said kim was there").canonical("kim"));
  }

  @Test
  void inCapitalsUsAfterAVerbIsThePronoun() {
    Recognized cable = Recognized.in("THE MINISTER TOLD US THAT THE US POSITION HAD NOT CHANGED", 1978);
    assertEquals(1, cable.allAt("US").size(), cable.toString()); // the second US only
    assertEquals(
        "United States",
        Recognized.in("US TROOPS LEAVE KOREA").canonical("US"));
    assertNull(Recognized.in("LET US PRAY FOR PEACE").canonical("US"));
    assertNull(Recognized.in("WHO WILL LEAD CHINA NEXT").canonical("WHO"));
    assertEquals("China", Recognized.in("WHO WILL LEAD CHINA NEXT").canonical("CHINA"));
  }

  @Test
  void aGenericNameAfterACapitalisedWordIsPartOfALongerName() {
    Recognized r = Recognized.in("Members of the National Security Council met.");
    assertNull(r.canonical("Security Council"), r.toString());
    Recognized un = Recognized.in("In Security Council debates, nobody spoke.");
    assertEquals("United Nations Security Council", un.canonical("Security Council"), un.toString());
  }

  @Test
  void aPartNamesItsWhole() {
    Recognized r = Recognized.in("The UN Security Council voted.");
    assertEquals(
        java.util.List.of("United Nations Security Council", "United Nations"),
        r.allAt("UN Security Council"),
        r.toString());
  }

  @Test
  void peopleWhoShareANativeScriptNameAreToldApartByTheYear() {
    String file =
        "person\tko\tPak Yong-su\t박영수\tborn=1900;died=1960;active=1930-1955;prominence=50\n"
            + "person\tko\tPark Young-soo\t박영수\tborn=1952;active=1990-2021;prominence=50\n";
    EntityDictionary dict =
        EntityDictionary.withSources(Map.of("test.tsv", () -> new StringReader(file)));
    assertEquals("Pak Yong-su", Recognized.in(dict, "박영수 장관이 말했다", 1950).canonical("박영수"));
    assertEquals("Park Young-soo", Recognized.in(dict, "박영수 특검이 말했다", 2017).canonical("박영수"));
    Recognized undated = Recognized.in(dict, "박영수 말했다", 0);
    assertNull(undated.canonical("박영수"), undated.toString());
    assertEquals(1, undated.ambiguous().size(), undated.toString());
  }

  @Test
  void aSpellingLongerThanEightCharactersIsNotCutShort() {
    String file = "org\tzh\tState Council\t中华人民共和国国务院\n";
    EntityDictionary dict =
        EntityDictionary.withSources(Map.of("test.tsv", () -> new StringReader(file)));
    Recognized r = Recognized.in(dict, "中华人民共和国国务院发布", 0);
    assertEquals("State Council", r.canonical("中华人民共和国国务院"), r.toString());
  }

  @Test
  void hangulOfFiveOrMoreSyllables() {
    Recognized r = Recognized.in("조선중앙통신사가 보도했다");
    assertEquals("Korean Central News Agency", r.canonical("조선중앙통신사가"), r.toString());
    assertEquals("조선중앙통신사", Folding.fold("조선중앙통신사"));
  }

  @Test
  void abbreviationsWithSpacedLettersAsOldPapersPrintThem() {
    Recognized r = Recognized.in("RALEIGH, N. C., June 3. The U. S. will act, said W. A. Griffith.", 1913);
    assertEquals("North Carolina", r.canonical("N. C"), r.toString());
    assertEquals("United States", r.canonical("U. S"), r.toString());
    assertEquals("W.A. Griffith", r.canonical("W. A. Griffith"), "initials of a person, not Wa in Ghana");
  }

  @Test
  void spacedLettersBeforeASurnameAreAMansInitials() {
    Recognized r = Recognized.in("Mr. J. T. Walden and S. P. Hargrove sold land. The U. S. Senate met.", 1906);
    assertEquals("person", r.at("S. P. Hargrove").orElseThrow().type(), r.toString());
    assertEquals("United States", r.canonical("U. S"), r.toString());
  }

  @Test
  void aTitleEndingASentenceMakesNoSurnameOfTheNextName() {
    Recognized r = Recognized.in("Voters chose the country's president. Nigeria's electoral body counted.", 2015);
    assertEquals("Nigeria", r.canonical("Nigeria's"), r.toString());
    assertEquals("person", Recognized.in("He met Mr. Fairmont there.", 2015).at("Fairmont").orElseThrow().type());
  }

  @Test
  void anotherPeoplesBodyIsNotTheOneTheBareWordMeans() {
    Recognized r = Recognized.in("The Bolivian Senate voted on Tuesday.", 2006);
    assertEquals("Bolivia", r.canonical("Bolivian"), r.toString());
    assertEquals("Bolivian Senate", r.canonical("Senate"), r.toString()); // not the United States Senate
    assertEquals("United States Senate", Recognized.in("The Senate voted on Tuesday.", 2006).canonical("Senate"));
  }

  @Test
  void anAbbreviationToldFromAWordByItsInnerCapitalsWantsThem() {
    Recognized r = Recognized.in("Let me be clear. LeT claimed the attack, the MoD said.", 2011);
    assertNull(r.canonical("Let"), r.toString());
    assertEquals("Lashkar-e-Taiba", r.canonical("LeT"), r.toString());
    assertEquals("Ministry of Defence", r.canonical("MoD"), r.toString());
  }
  @Test
  void aNameOfEnglishWordsWantsItsCapitalsAfterASentencesFirstWord() {
    Recognized start = Recognized.in("The valley of the river is green.", 2015);
    assertTrue(start.at("The valley").isEmpty(), start.toString());
    Recognized town = Recognized.in("He flew to The Valley in Anguilla.", 2015);
    assertEquals("The Valley", town.canonical("The Valley"), town.toString());
  }

  @Test
  void namesakesLeftUnlinkedMakeNoNewPlaceOfTheirWords() {
    // Lüshun and Port Arthur, Texas tie here; the shape "Port ..." must not make a third place
    Recognized r = Recognized.in("The United States and China argued over Port Arthur in 1953.", 1953);
    assertNull(r.canonical("Port Arthur"), r.toString());
    assertEquals("China", r.canonical("China"), r.toString());
    // moniker analyze lists the whole name among the ambiguous ones, with both candidates
    assertEquals(1, r.ambiguous().size(), r.toString());
    assertEquals("Port Arthur", r.ambiguous().get(0).matched(), r.toString());
    assertEquals(2, r.ambiguous().get(0).candidates().size(), r.toString());
  }

  @Test
  void aFrequentGivenNameBeforeAFamilyNameIsNoPlace() {
    Recognized r = Recognized.in("Under Secretary Victoria Okafor will travel. Mary Barrani said so.", 2022);
    assertEquals("Victoria Okafor", r.canonical("Victoria Okafor"), r.toString());
    assertEquals("Mary Barrani", r.canonical("Mary Barrani"), r.toString());
    assertEquals("place", Recognized.in("She flew to Victoria, British Columbia.", 2022).at("Victoria").orElseThrow().type());
    assertNull(Recognized.in("They crossed the Jordan River.", 2022).canonical("Jordan"), "a river, not a person");
  }

  @Test
  void initialsWithPeriodsAreNoTownButStatesKeepTheirAbbreviations() {
    Recognized r = Recognized.in("The jury: W.A. Okafor, foreman; Lumberton, N.C. sent it.", 1925);
    assertNull(r.canonical("W.A"), r.toString());
    assertEquals("W.A. Okafor", r.canonical("W.A. Okafor"), r.toString());
    assertEquals("North Carolina", r.canonical("N.C"), r.toString());
  }

  @Test
  void theInALongerCapitalisedNameIsNoNewspaper() {
    Recognized r = Recognized.in("The Independent National Electoral Commission (INEC) declared the result.", 2023);
    assertNull(r.canonical("The Independent"), r.toString());
    assertEquals("Independent National Electoral Commission", r.canonical("Independent National Electoral Commission"));
    assertEquals("The Independent", Recognized.in("The Independent reported it.", 2023).canonical("The Independent"));
  }

  @Test
  void aGenericPartyNameIsTheBodyOfACountryTheTextNamed() {
    assertNotEquals("Australian Labor Party", Recognized.in("In Nigeria, the Labor Party candidate won.", 2023).canonical("Labor Party"));
    assertEquals("Australian Labor Party", Recognized.in("In Sydney the Labor Party won.", 2023).canonical("Labor Party"));
    assertEquals("Democratic Party", Recognized.in("In Ghana, as in Texas, the Democratic Party won.", 2023).canonical("Democratic Party"),
        "U.S. bodies stay the default of generic words");
  }

  @Test
  void aPeoplesWordIsNoRegionOfAnotherCountry() {
    assertEquals("Somalia", Recognized.in("He was in the Somali presidential palace.", 2022).canonical("Somali"));
  }

  @Test
  void aBareKoreaIsTheOneCountryBeforeItsDivisionAndSouthKoreaAfter() {
    assertEquals("Korea", Recognized.in("Japan annexed Korea.", 1910).canonical("Korea"));
    assertEquals("South Korea", Recognized.in("Trade between Korea and Japan grew.", 2010).canonical("Korea"));
    assertEquals("Korea", Recognized.in("Trade between Korea and Japan grew.").canonical("Korea"), "undated: the one country");
  }

  @Test
  void aSecondFamilyNameAfterAKnownPersonMakesSomebodyElse() {
    Recognized son = Recognized.in("Joaquin Guzman Lopez, a son of its cofounder, was arrested.", 2024);
    assertNotEquals("Joaquín Guzmán", son.canonical("Joaquin Guzman Lopez"), son.toString());
    assertNull(son.canonical("Joaquin Guzman"), son.toString());
    assertEquals("Barack Obama", Recognized.in("Barack Obama Tuesday said so.", 2014).canonical("Barack Obama"));
    Recognized junior = Recognized.in("Donald Trump Jr. said so.", 2019);
    assertEquals("Donald Trump Jr.", junior.canonical("Donald Trump Jr"), junior.toString());
  }

  @Test
  void noOrganisationBeforeItWasFounded() {
    assertNull(Recognized.in("J. W. White, Wagner car porter, was hurt.", 1891).canonical("Wagner"));
    assertEquals("Wagner Group", Recognized.in("The Wagner mercenaries fought.", 2023).canonical("Wagner"));
  }

  @Test
  void aGivenNameWithSeveralInitialsIsNoPlaceButAfterTheItIsAThing() {
    Recognized r = Recognized.in("David K. E. Okafor, Chief, signed it.", 1973);
    assertEquals("David Okafor", r.canonical("David K. E. Okafor"), r.toString());
    assertEquals("Paris", Recognized.in("An issue of the Paris Figaro devotes a column.", 1893).canonical("Paris"));
  }

  @Test
  void aStatesCodeAfterTheIsNoState() {
    assertNull(Recognized.in("If the PRC came into the SC in disregard of the Charter.", 1971).canonical("SC"));
    assertEquals("South Carolina", Recognized.in("He lives in Columbia, SC now.", 1971).canonical("SC"));
  }

  @Test
  void aFamousFamilyNameWinsOverTownsOfTheName() {
    Recognized r = Recognized.in("Mao has chosen a new successor.", 1966);
    assertEquals("Mao Zedong", r.canonical("Mao"), r.toString());
  }

  @Test
  void aNameAfterAPlaceAndACommaIsItsState() {
    assertEquals("Washington State", Recognized.in("Bertrand Okafor of Tacoma, Washington, died.", 1903).canonical("Washington"));
    assertEquals("Georgia (U.S. state)", Recognized.in("He is at Fort Benning, Georgia, now.", 2018).canonical("Georgia"));
    assertEquals("Georgia", Recognized.in("He flew to Tbilisi, Georgia, now.", 2018).canonical("Georgia"));
  }

  @Test
  void anAbbreviationOfAnUnnamedCountrysBodyIsNotThatBody() {
    Recognized r = Recognized.in("In St. Louis, Ian Okafor hit an RBI single.", 2018);
    assertNull(r.canonical("RBI"), r.toString());
    assertEquals("Reserve Bank of India", Recognized.in("The RBI raised rates in Mumbai.", 2018).canonical("RBI"));
  }

  @Test
  void aMonthAfterAPlaceDatesItAndGoesOnWithNoName() {
    assertEquals("Washington, D.C.", Recognized.in("The mission went to Washington July 5.", 1961).canonical("Washington"));
    assertEquals("Paris", Recognized.in("The mission went to Paris July 5.", 1961).canonical("Paris"));
  }

  @Test
  void railroadsAndWireServicesOfOlderPapers() {
    Recognized r = Recognized.in("The Union Pacific gave notice, the United Press said.", 1925);
    assertEquals("Union Pacific Railroad", r.canonical("Union Pacific"), r.toString());
    assertEquals("United Press", r.canonical("United Press"), r.toString());
    assertNull(Recognized.in("The United Press said.", 1900).canonical("United Press"), "founded in 1907");
  }

  @Test
  void anAbbreviationAfterALowerCaseTitleIsNoFamilyName() {
    Recognized r = Recognized.in("The chief U.S. envoy left Seoul.", 2008);
    assertEquals("United States", r.canonical("U.S"), r.toString());
  }

  @Test
  void aChamberBeforeABillsNumberIsAStatesNotCongresss() {
    Recognized r = Recognized.in("Governor Roy Cooper vetoed Senate Bill 683 in Raleigh.", 2019);
    assertNull(r.canonical("Senate"), r.toString());
  }

  @Test
  void aUsBodysGenericNameInAStoryOfAnotherCountryIsThatCountrysAndOfTwoNeither() {
    Recognized br = Recognized.in("In Brazil, the Senate voted and Congress agreed. The Supreme Court also rejected it.", 2016);
    assertEquals("Federal Senate of Brazil", br.canonical("Senate"), br.toString());
    assertEquals("National Congress of Brazil", br.canonical("Congress"), br.toString());
    assertEquals("Supreme Federal Court", br.canonical("Supreme Court"), br.toString());
    Recognized two = Recognized.in("In Brazil and Argentina the Senate voted.", 2016);
    assertNull(two.canonical("Senate"), two.toString());
  }

  @Test
  void aKindOfPlaceBeforeOfSaysWhichNamesake() {
    Recognized r = Recognized.in("Voters in the southern U.S. state of Georgia chose. Tbilisi is the capital of the "
        + "country of Georgia.", 2020);
    assertEquals(java.util.List.of("Georgia (U.S. state)", "Georgia"), r.allAt("Georgia"), r.toString());
    Recognized w = Recognized.in("Voters in the western state of Washington chose.", 2010);
    assertEquals("Washington State", w.canonical("Washington"), w.toString());
    Recognized capital = Recognized.in("Senators met in Washington on Monday.", 2010);
    assertEquals("Washington, D.C.", capital.canonical("Washington"), capital.toString());
  }

  @Test
  void aNameOfACountryAndAStateIsTheOneInTheCountryTheTextNamed() {
    assertEquals("Georgia (U.S. state)", Recognized.in("Atlanta is in Georgia.", 2022).canonical("Georgia"));
    assertEquals("Georgia", Recognized.in("Tbilisi is the capital of Georgia.", 2022).canonical("Georgia"));
    Recognized runoff = Recognized.in("Republican Okafor Walker lost a Georgia runoff.", 2022);
    assertEquals("Georgia (U.S. state)", runoff.canonical("Georgia"), runoff.toString()); // a U.S. party was named
  }

  @Test
  void aPossessiveEndsAFamilyName() {
    Recognized r = Recognized.in("Talks with Chancellor Angela Merkel's Christian Democratic Union ended.", 2013);
    assertEquals("Angela Merkel", r.canonical("Angela Merkel's"), r.toString());
    assertEquals("Christian Democratic Union", r.canonical("Christian Democratic Union"), r.toString());
  }

  @Test
  void spacedInitialsInsideALongerAbbreviationAreNoListedBody() {
    Recognized r = Recognized.in("The K. of G. E. lodge rode the E. C. & N. R. R. train; the U. S. Senate met.", 1889);
    assertNull(r.canonical("G. E"), r.toString());
    assertNull(r.canonical("E. C"), r.toString());
    assertEquals("United States", r.canonical("U. S"), r.toString());
  }
}
