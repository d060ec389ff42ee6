package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeRulesTest {

  @Test
  void anOrganisationByItsLastWordOrItsKindAndOf() {
    Recognized r =
        Recognized.in("The Allegheny County Sanitary Authority sued. Students of the University of Iowa left.");
    assertEquals("org", r.at("Allegheny County Sanitary Authority").orElseThrow().type(), r.toString());
    assertEquals("ORG_SHAPE", r.reason("Allegheny County Sanitary Authority"));
    assertEquals("University of Iowa", r.canonical("University of Iowa"), r.toString());
  }

  @Test
  void aPlaceByItsLastWord() {
    Recognized r = Recognized.in("Deputies in Sarasota County found it near Raeford Road.");
    assertEquals("place", r.at("Sarasota County").orElseThrow().type(), r.toString());
    assertEquals("PLACE_SHAPE", r.reason("Raeford Road"));
  }

  @Test
  void aLongerShapeBeatsAPlaceInsideIt() {
    Recognized r = Recognized.in("He studied at Ohio State University for years.");
    assertEquals("Ohio State University", r.canonical("Ohio State University"), r.toString());
  }

  @Test
  void descriptionsTitlesAndEponymsAreNoNames() {
    assertNull(Recognized.in("The Police Department said so.").canonical("Police Department"));
    assertNull(Recognized.in("Then President Park spoke.").canonical("President Park"));
    assertNull(Recognized.in("Aides of the Security Council left.").canonical("Aides of the Security Council"));
    assertEquals("Harry S. Truman", Recognized.in("The Truman Administration acted.", 1950).canonical("Truman"));
  }

  @Test
  void aBodyAfterAKnownNamesPossessiveAndABodyOfAKnownBody() {
    Recognized r = Recognized.in("Lawyers of the Justice Department's Antitrust and Consumer Affairs Division filed. "
        + "Then the Senate Armed Services Committee met.", 2006);
    assertEquals("Justice Department", r.canonical("Justice Department's"), r.toString());
    assertEquals("Antitrust and Consumer Affairs Division", r.canonical("Antitrust and Consumer Affairs Division"), r.toString());
    assertEquals(java.util.List.of("Senate Armed Services Committee", "United States Senate"),
        r.allAt("Senate Armed Services Committee"), r.toString());
  }
  @Test
  void aCompanysLegalFormAfterTwoWordsNamesItEvenInWordsOfEnglish() {
    Recognized r = Recognized.in("Pacific Freight Corporation agreed to pay the fine.", 2006);
    assertEquals("Pacific Freight Corporation", r.canonical("Pacific Freight Corporation"), r.toString());
    Recognized one = Recognized.in("Freight Corporation agreed.", 2006);
    assertNull(one.canonical("Freight Corporation"), one.toString());
  }
  @Test
  void streetsAreNamedWithEverydayWordsAndTheirAbbreviationSpelledOut() {
    Recognized r = Recognized.in("The store on Market St. burned and all of Market Street was closed.", 1922);
    assertEquals("Market Street", r.canonical("Market St"), r.toString());
    assertEquals("Market Street", r.canonical("Market Street"), r.toString());
    Recognized one = Recognized.in("Street vendors came.", 1922);
    assertNull(one.canonical("Street"), one.toString());
    Recognized headline = Recognized.in("A Rough Road for Pacific Freight", 2010);
    assertNull(headline.canonical("Rough Road"), headline.toString());
    Recognized longer = Recognized.in("The group State Street Global Advisors paid.", 2017);
    assertNull(longer.canonical("State Street"), longer.toString());
  }

  @Test
  void aPlaceNameAbbreviatedWithAPeriodIsOneName() {
    Recognized r = Recognized.in("The train reached St. Louis on time.", 1922);
    assertEquals("St. Louis", r.canonical("St. Louis"), r.toString());
  }
  @Test
  void twoKindsJoinedByAndAreTwoBodiesNotOne() {
    Recognized r = Recognized.in("In London the Army and Parliament agreed.", 2020);
    assertNull(r.canonical("Army and Parliament"), r.toString());
    Recognized one = Recognized.in("He insured it with the Mechanics and Traders Insurance Company.", 1895);
    assertEquals("Mechanics and Traders Insurance Company", one.canonical("Mechanics and Traders Insurance Company"), one.toString());
  }

  @Test
  void anAmpersandAndAPluralsApostropheStayInsideAName() {
    // the tokenizer drops both marks; the recorded text tells them from a comma or a period
    Recognized r = Recognized.in("He sold Delta & Pine Land Company shares to the Workers' Party of Korea.", 2007);
    assertEquals("Delta & Pine Land Company", r.canonical("Delta & Pine Land Company"), r.toString());
    assertEquals("Workers' Party of Korea", r.canonical("Workers' Party of Korea"), r.toString());
    assertNull(r.canonical("Party of Korea"), r.toString());
    // a comma is no ampersand: two names, no firm
    Recognized list = Recognized.in("He met Delta, Pine Land Company owners.", 2007);
    assertNull(list.canonical("Delta, Pine Land Company"), list.toString());
  }

  @Test
  void aPlaceLedByItsKindEndsAtAnd() {
    Recognized r = Recognized.in("They camped at Mount Okafor and Lake Adebisi for a week.", 2007);
    assertEquals("Mount Okafor", r.canonical("Mount Okafor"), r.toString());
    assertEquals("Lake Adebisi", r.canonical("Lake Adebisi"), r.toString());
  }

  @Test
  void anAbbreviationInsideANameKeepsItsCapitals() {
    Recognized r = Recognized.in("They will meet the IAEA Board of Governors soon.", 2003);
    assertEquals("IAEA Board of Governors", r.canonical("IAEA Board of Governors"), r.toString());
    Recognized headline = Recognized.in("ALLEGHENY COUNTY SANITARY AUTHORITY SUED", 2007);
    assertEquals("Allegheny County Sanitary Authority", headline.canonical("ALLEGHENY COUNTY SANITARY AUTHORITY"),
        headline.toString());
  }

  @Test
  void aPossessiveBeforeALowerCaseKindSaysWhoseItIs() {
    assertNull(Recognized.in("On appeal from Squire Okafor's court.", 1904).canonical("Squire Okafor's court"));
  }

  @Test
  void namesBeforeAndAreNoPartOfTheBody() {
    Recognized r = Recognized.in("The rivals were candidate Atiku Okafor and Labor Party candidate Peter Obi.", 2023);
    assertNull(r.canonical("Okafor and Labor Party"), r.toString());
    assertNull(r.canonical("Atiku Okafor and Labor Party"), r.toString());
    assertEquals("National Oceanic and Atmospheric Administration",
        Recognized.in("He joined the National Oceanic and Atmospheric Administration.", 2020)
            .canonical("National Oceanic and Atmospheric Administration"));
    assertEquals("Procter and Gamble Company",
        Recognized.in("He joined the Procter and Gamble Company.", 2020).canonical("Procter and Gamble Company"));
  }

  @Test
  void aSentenceStartingWithTheNamesABodyItGivesAnAbbreviation() {
    assertEquals("National Electoral Board",
        Recognized.in("The National Electoral Board (NEB) declared the result.", 2020).canonical("National Electoral Board"));
    assertNull(Recognized.in("The National Electoral Board declared the result.", 2020).canonical("National Electoral Board"));
  }

  @Test
  void aBodyOnItsSubject() {
    assertEquals("National Institute on Okafor Studies",
        Recognized.in("Experts at the National Institute on Okafor Studies said so.", 2020).canonical("National Institute on Okafor Studies"));
  }

  @Test
  void courtsAreNamedByTheirKindEvenInWordsOfEnglish() {
    Recognized r = Recognized.in("The case went to Superior Court in Charlotte. Superior Court Judge Ann Lee ruled. "
        + "He spoke in Wake County Superior Court on Monday.", 2015);
    assertEquals(java.util.List.of("Superior Court", "Superior Court"), r.allAt("Superior Court"), r.toString());
    assertEquals("Ann Lee", r.canonical("Ann Lee"), r.toString());
    assertEquals("Wake County Superior Court", r.canonical("Wake County Superior Court"), r.toString());
    assertEquals("org", r.at("Wake County Superior Court").orElseThrow().type(), r.toString());
    Recognized other = Recognized.in("A Food Court opened and a Tennis Court closed.", 2015);
    assertNull(other.canonical("Food Court"), other.toString());
    assertNull(other.canonical("Tennis Court"), other.toString());
  }

  @Test
  void aCountyOfEverydayWordsInRunningText() {
    Recognized r = Recognized.in("Deputies in Orange County and Union Parish searched the woods.", 2010);
    assertEquals("Orange County", r.canonical("Orange County"), r.toString());
    assertEquals("Union Parish", r.canonical("Union Parish"), r.toString());
    Recognized headline = Recognized.in("Flood Hits Union County", 2010);
    assertNull(headline.canonical("Union County"), headline.toString());
  }

  @Test
  void aBodyEndsWhereItsHeadsNameBeginsAndAnAbbreviationBeforeAndIsANameOfItsOwn() {
    Recognized r = Recognized.in("The commissioner for the New York City Department of Sanitation Kathryn Garcia "
        + "led a poll by WPIX and Emerson College.", 2021);
    assertEquals("New York City Department of Sanitation", r.canonical("New York City Department of Sanitation"),
        r.toString());
    assertEquals("Kathryn Garcia", r.canonical("Kathryn Garcia"), r.toString());
    assertEquals("Emerson College", r.canonical("Emerson College"), r.toString());
    Recognized one = Recognized.in("He worked for the Procter and Gamble Company in Ohio.", 2021);
    assertEquals("Procter and Gamble Company", one.canonical("Procter and Gamble Company"), one.toString());
  }

  @Test
  void aLowerCasePossessiveBeforeABodyOfEnglishWordsShowsAName() {
    Recognized r = Recognized.in("Lawmakers met in the city's Legislative Council on Thursday.", 2020);
    assertEquals("Legislative Council", r.canonical("Legislative Council"), r.toString());
    assertNull(Recognized.in("A Police Department spokesman spoke.", 2020).canonical("Police Department"));
  }

  @Test
  void moreKindsOfBodies() {
    Recognized r = Recognized.in("He joined the Ohio State Highway Patrol and the Cameroon Peoples Democratic Movement.", 2021);
    assertEquals("Ohio State Highway Patrol", r.canonical("Ohio State Highway Patrol"), r.toString());
    assertEquals("Cameroon Peoples Democratic Movement", r.canonical("Cameroon Peoples Democratic Movement"), r.toString());
  }

  @Test
  void aBodyForAPurpose() {
    Recognized r = Recognized.in("She led the Okafor Agency for Global Media until 2021.", 2022);
    assertEquals("Okafor Agency for Global Media", r.canonical("Okafor Agency for Global Media"), r.toString());
  }

  @Test
  void aCountrysEmbassyByItsPeoplesWordOrItsName() {
    Recognized r = Recognized.in("Police and U.S. Embassy guards clashed. The American Embassy agreed.", 2011);
    assertEquals(java.util.List.of("United States Embassy", "United States"), r.allAt("U.S. Embassy"), r.toString());
    assertEquals(java.util.List.of("United States Embassy", "United States"), r.allAt("American Embassy"), r.toString());
    Recognized longer = Recognized.in("He joined the U.S. Embassy Row Okafor Association.", 2011);
    assertTrue(longer.allAt("U.S. Embassy").isEmpty(), longer.toString()); // a longer name goes on
  }

  @Test
  void aBodyNamedWithItsCountrysPeoplesWordIsTheCountrysToo() {
    // a made-up body: the demonym is part of its name, and says whose it is
    Recognized r = Recognized.in("The Australian Wombat Keepers Association appealed.", 2013);
    assertEquals(List.of("Australian Wombat Keepers Association", "Australia"), r.allAt("Australian Wombat Keepers Association"),
        r.toString());
    Recognized kind = Recognized.in("The Afghan Interior Ministry spoke.", 2019);
    assertEquals("Afghanistan", kind.canonical("Afghan"), kind.toString()); // a country's own body: DemonymBodyRule's
    assertEquals("Afghan Interior Ministry", kind.canonical("Interior Ministry"), kind.toString());
  }

  @Test
  void capitalisedWordsAfterALowercaseWordAreABodysName() {
    Recognized r = Recognized.in("Votes for the opposition Wombat Party rose.", 2023);
    assertEquals("Wombat Party", r.canonical("Wombat Party"), r.toString());
    Recognized plain = Recognized.in("Votes for the opposition Unity Party rose.", 2023);
    assertEquals("Unity Party", plain.canonical("Unity Party"), plain.toString()); // English words only, written capitalised
  }

  @Test
  void aBodyNamedForACountryWhoseNameIsAWordToo() {
    Recognized r = Recognized.in("The Japan Aerospace Exploration Agency launched it.", 2021);
    assertEquals("Japan Aerospace Exploration Agency", r.canonical("Japan Aerospace Exploration Agency"), r.toString());
  }

  @Test
  void aUniversityOrCollegeNamedWithWordsOfEnglish() {
    Recognized r = Recognized.in("She taught at Temple University and then at Union College.", 2016);
    assertEquals("Temple University", r.canonical("Temple University"), r.toString());
    assertEquals("Union College", r.canonical("Union College"), r.toString());
    Recognized generic = Recognized.in("The University said the College would close.", 2016);
    assertNull(generic.canonical("The University"), generic.toString());
  }

  @Test
  void newspapersByTheirKindsOfTitle() {
    Recognized r = Recognized.in("The Kettering Ledger copied it from the Dalby Sentinel and the Quarry Chronicle.", 1902);
    assertEquals("Kettering Ledger", r.canonical("Kettering Ledger"), r.toString());
    assertEquals("Dalby Sentinel", r.canonical("Dalby Sentinel"), r.toString());
    assertEquals("Quarry Chronicle", r.canonical("Quarry Chronicle"), r.toString());
    Recognized person = Recognized.in("Bruce Banner and Jack Dispatch spoke.", 2002);
    assertEquals("Bruce Banner", person.canonical("Bruce Banner"), person.toString());
  }

  @Test
  void lodgesAndFellowshipsBeforeOf() {
    Recognized r = Recognized.in("The Order of Odd Fellows and the Knights of Pythias marched.", 1894);
    assertEquals("Order of Odd Fellows", r.canonical("Order of Odd Fellows"), r.toString());
    assertEquals("Knights of Pythias", r.canonical("Knights of Pythias"), r.toString());
    Recognized medal = Recognized.in("He was given the Order of Lenin.", 1970);
    assertNull(medal.canonical("Order of Lenin"), medal.toString());
  }

  @Test
  void aListedPlaceAndABodyJoinedByAndAreTwo() {
    Recognized r = Recognized.in("The group is banned by the United States and European Union.", 2013);
    assertEquals("United States", r.canonical("United States"), r.toString());
    assertEquals("European Union", r.canonical("European Union"), r.toString());
  }

  @Test
  void thePossessiveOfAPluralOfPeopleIsInsideABodysName() {
    Recognized r = Recognized.in("The Denver Hotel Men's Association and the Women's Christian Temperance Union met.", 1913);
    assertEquals("Denver Hotel Men's Association", r.canonical("Denver Hotel Men's Association"), r.toString());
    assertEquals("Women's Christian Temperance Union", r.canonical("Women's Christian Temperance Union"), r.toString());
    Recognized owner = Recognized.in("The Justice Department's Criminal Division filed.", 2010);
    assertNull(owner.canonical("Justice Department's Criminal Division"), owner.toString());
  }

  @Test
  void aCourtByItsKindWithALowercaseCourtInOldPapers() {
    Recognized r = Recognized.in("Watson was fined in Superior court yesterday; the appeal goes to Circuit court.", 1925);
    assertEquals("Superior Court", r.canonical("Superior court"), r.toString());
    assertEquals("Circuit Court", r.canonical("Circuit court"), r.toString());
    Recognized modern = Recognized.in("He was fined in Superior court yesterday.", 2015);
    assertNull(modern.canonical("Superior court"), modern.toString()); // since mid-century, described
  }

  @Test
  void aBodyNamedForAManByHisInitials() {
    Recognized r = Recognized.in("He worked for the J. S. Kettle Manufacturing company and R. J. Duffy Tobacco Company.", 1905);
    assertEquals("J.S. Kettle Manufacturing Company", r.canonical("J. S. Kettle Manufacturing company"), r.toString());
    assertEquals("R.J. Duffy Tobacco Company", r.canonical("R. J. Duffy Tobacco Company"), r.toString());
    Recognized court = Recognized.in("He pleaded guilty in U.S. District Court; the U. S. Senate met.", 2012);
    assertEquals("U.S. District Court", court.canonical("U.S. District Court"), court.toString());
    assertEquals("United States", court.canonical("U. S"), court.toString()); // a listed body after the letters: the dictionary's
    Recognized man = Recognized.in("J. W. Hedley of Eudora was here.", 1905);
    assertEquals("J.W. Hedley", man.canonical("J. W. Hedley"), man.toString());
  }

  @Test
  void aMissionAbroadByWhereItIsAndThePlaceToo() {
    Recognized r = Recognized.in("Telegram From the Embassy in Thailand to the Department of State.", 1958);
    assertEquals(List.of("Embassy in Thailand", "Thailand"), r.allAt("Embassy in Thailand"), r.toString());
    Recognized korea = Recognized.in("The Consulate in Korea reported.", 1958);
    assertEquals(List.of("Consulate in Korea", "South Korea"), korea.allAt("Consulate in Korea"), korea.toString());
    Recognized lower = Recognized.in("He went to the embassy in Thailand.", 1958);
    assertEquals("Thailand", lower.canonical("Thailand"), lower.toString());
  }
}
