package dev.moniker.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** People written as initials and a surname, as the 1920s North Carolina papers name them. */
class InitialsNameRuleTest {

  @Test
  void initialsAndSurnameAreAPersonWhateverTheSpacing() {
    Recognized r = Recognized.in("R.W. Hudson, father of one of the boys, and A. B. Houtz testified.", 1926);
    assertEquals("R.W. Hudson", r.canonical("R.W. Hudson"), r.toString());
    assertEquals("INITIALS", r.reason("R.W. Hudson"));
    assertEquals("A.B. Houtz", r.canonical("A. B. Houtz"), r.toString());
  }

  @Test
  void aSurnameThatIsAPlaceOrAWordIsStillTheirs() {
    Recognized r = Recognized.in("Superintendent J.R. Poole said. Blues great B.B. King died.", 1924);
    assertEquals("J.R. Poole", r.canonical("J.R. Poole"), r.toString());
    assertEquals("B.B. King", r.canonical("B.B. King"), r.toString());
  }

  @Test
  void laterTheSurnameAloneIsTheSamePersonUnlessTwoShareIt() {
    Recognized one = Recognized.in("Bail was posted by her father, R.M. Miller. Mr. Miller said nothing.", 1925);
    assertEquals("R.M. Miller", one.canonical("Miller"), one.toString());
    Recognized two = Recognized.in("Mr. J.W. Hedgepeth and Mrs. E.L. Hedgepeth were away. Hedgepeth said.", 1924);
    assertEquals("J.W. Hedgepeth", two.canonical("J.W. Hedgepeth"), two.toString());
    assertEquals("Mrs. E.L. Hedgepeth", two.canonical("E.L. Hedgepeth"), two.toString());
    assertNull(two.canonical("Hedgepeth"), two.toString());
  }

  @Test
  void abbreviationsAndLettersThatAreNoInitials() {
    Recognized r = Recognized.in("The U.S. Senate met. Write to P.O. Box 12. Struck by A.C. L. Train at 9 A.M. Monday.", 1924);
    assertEquals("United States Senate", r.canonical("U.S. Senate"), r.toString());
    assertNull(r.canonical("P.O. Box"), r.toString());
    assertNull(r.canonical("A.C. L. Train"), r.toString());
    assertNull(r.canonical("A.M. Monday"), r.toString());
    assertNull(Recognized.in("He chose Plan B. Smith agreed.").canonical("B. Smith"));
    Recognized covington = Recognized.in("I, W.D. Covington, want the public to know.", 1923);
    assertEquals("W.D. Covington", covington.canonical("W.D. Covington"), covington.toString());
  }

  @Test
  void aSingleInitialInAListOfPeople() {
    Recognized r = Recognized.in("Three families, those of E. B. Dacken, J. Overholt, and O. A. Kinnear, went.", 1912);
    assertEquals("person", r.at("J. Overholt").orElseThrow().type(), r.toString());
    org.junit.jupiter.api.Assertions.assertNull(Recognized.in("It was Plan B. Overholt agreed.", 1912).canonical("B. Overholt"));
  }

  @Test
  void initialsMustFitEveryGivenNameOfAKnownPerson() {
    Recognized judge = Recognized.in("Owing to the delay of Judge W. F. Harding, court did not convene.", 1923);
    assertEquals("W.F. Harding", judge.canonical("W. F. Harding"), judge.toString());
    Recognized joined = Recognized.in("Owing to the delay of Judge W.F. Harding, court did not convene.", 1923);
    assertEquals("W.F. Harding", joined.canonical("W.F. Harding"), joined.toString());
    Recognized admiral = Recognized.in("C. W. Nimitz sent a message. Admiral Nimitz agreed.", 1944);
    assertEquals("Chester Nimitz", admiral.canonical("C. W. Nimitz"), admiral.toString());
    assertEquals("Chester Nimitz", admiral.canonical("Nimitz"), admiral.toString());
  }

  @Test
  void theInitialIAfterAPersonalTitleIsAnInitial() {
    Recognized r = Recognized.in("He was a son of Mrs. I. B. Okafor, a widow. I, W.D. Smith, swear it.", 1903);
    assertEquals("Mrs. I.B. Okafor", r.canonical("I. B. Okafor"), r.toString());
    assertNull(r.canonical("I"), r.toString());
  }

  @Test
  void initialsAndAFamilyNameAreNobodyLongDead() {
    Recognized r = Recognized.in("Those present were: Premier Y. S. Sun.", 1978);
    assertEquals("Y.S. Sun", r.canonical("Y. S. Sun"), r.toString());
  }

  @Test
  void aGivenNameAfterInitialsLeavesTheFamilyNameLast() {
    Recognized r = Recognized.in("Ambassador U. Alexis Okafor met the Prime Minister.", 1967);
    assertEquals("U. Alexis Okafor", r.canonical("U. Alexis Okafor"), r.toString());
    Recognized wife = Recognized.in("Mrs. W. G. Langworthy Okafor came.", 1903);
    assertEquals("Mrs. W.G. Langworthy Okafor", wife.canonical("W. G. Langworthy Okafor"), wife.toString());
    assertEquals("R.B. Okafor", Recognized.in("The jury: R.B. Okafor Grand Jury foreman.", 1925).canonical("R.B. Okafor"));
  }

  @Test
  void initialsAreNobodyNotYetInTheNews() {
    assertEquals("J.W. Smith", Recognized.in("J. W. Smith was here.", 1944).canonical("J. W. Smith"), "no Jack Smith of the 2020s");
  }

  @Test
  void mrAndMrsAreTheHusbandAndHisWife() {
    Recognized r = Recognized.in("The club met. Mr. and Mrs. H. H. McCrain came home.", 1913);
    assertEquals(java.util.List.of("H.H. McCrain", "Mrs. H.H. McCrain"), r.allAt("H. H. McCrain"), r.toString());
  }

  @Test
  void aLoneInitialAfterALowercaseWordBeforeAFamilyNameThatIsNoWord() {
    Recognized r = Recognized.in("The letter was signed by J. Cunningham yesterday.", 1913);
    assertEquals("J. Cunningham", r.canonical("J. Cunningham"), r.toString());
    assertNull(Recognized.in("They chose Plan B. Smith objected.", 1913).canonical("B. Smith"));
  }

  @Test
  void aStatesLettersBeforeAFamilyNameThatIsNoWordAreInitials() {
    Recognized r = Recognized.in("The store of S. D. Gettig burned. He went to Raleigh, N. C. Smith said so.", 1905);
    assertEquals("S.D. Gettig", r.canonical("S. D. Gettig"), r.toString());
    assertEquals("North Carolina", r.canonical("N. C"), r.toString()); // after a town and a comma: the state
  }

  @Test
  void theLettersOfATimeAreInitialsBeforeAFamilyName() {
    Recognized r = Recognized.in("The school is managed by A. M. Dunwoody, an educator. The train left at 9 A. M. Tuesday.", 1894);
    assertEquals("A.M. Dunwoody", r.canonical("A. M. Dunwoody"), r.toString());
    assertNull(r.canonical("A. M. Tuesday"), r.toString());
    Recognized time = Recognized.in("It arrived at 10 P. M. Smithers was there.", 1894);
    assertNull(time.canonical("P. M. Smithers"), time.toString());
  }

  @Test
  void aLoneInitialStartingASentenceBeforeAFamilyNameAndAComma() {
    Recognized r = Recognized.in("Walter Banders, cut on the arm. B. Banders, slightly bruised.", 1896);
    assertEquals("Walter Banders", r.canonical("Walter Banders"), r.toString());
    assertEquals("B. Banders", r.canonical("B. Banders"), r.toString()); // another man: the initial is no W
    Recognized plan = Recognized.in("They chose Plan B. Sellers said so.", 1990);
    assertNull(plan.canonical("B. Sellers"), plan.toString());
  }
}
