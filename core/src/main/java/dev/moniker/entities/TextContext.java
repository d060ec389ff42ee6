package dev.moniker.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What recognition knows about the text it is reading: the article's year, the people named so
 * far (a family name alone links to the latest of them), the entities named so far (a typo is
 * corrected only towards one of them), and the era the dated people it names point to, for texts
 * without a date. One article's title and body share one context (see {@link ArticleScope}), so a
 * name in the headline lets the body say only the family name, and the reverse.
 */
final class TextContext {

  private final int year;
  private final Map<String, long[]> recentBySurname = new HashMap<>();
  private final Set<Integer> seen = new HashSet<>();
  /** ISO codes of the countries the text has named, itself or through a place or body in it. */
  private final Set<String> countries = new HashSet<>();
  /** States of the towns that names left unlinked among namesakes could be in. */
  private final Set<String> unresolvedTownDivisions = new HashSet<>();
  /** People the dictionary does not know, named in full so far, by folded surname. */
  private final Map<String, Entity> unknownBySurname = new HashMap<>();
  /** The title of office before an unknown person's full name (folded: "minister", "ambassador"). */
  private final Map<Entity, String> officeOfUnknown = new HashMap<>();
  /** Bodies and places the dictionary does not know, named by their shape so far, by folded name. */
  private final Map<String, Entity> unknownByName = new HashMap<>();
  /** Teams' nicknames ("bills", "red sox") after the text named the team in full. */
  private final Map<String, Entity> nicknames = new HashMap<>();
  /** Abbreviations the text defined in brackets after a name, as written. */
  private final Map<String, Entity> acronyms = new HashMap<>();
  private Word listGoesOnAt;
  private Word lastMentionEnd;
  private int lastMentionOrdinal = -1;
  private EntityType lastMentionType;
  private long counter;
  private int[] eras = new int[8];
  private int eraCount;
  private final boolean keepAbstentions;
  private final List<Abstention> abstentions = new ArrayList<>();
  private List<Entity> pendingAbstention;

  /**
   * @param year the article's year, or 0 when it has no date
   * @param keepAbstentions whether to keep the mentions left unlinked for ambiguity, for {@code
   *     moniker analyze}
   */
  public TextContext(int year, boolean keepAbstentions) {
    this.year = year;
    this.keepAbstentions = keepAbstentions;
  }

  /** The article's year, or 0. */
  public int year() {
    return year;
  }

  /**
   * The year to judge who a name means: the article's, else the middle of the eras of the dated
   * people it names so far (coherence: a text naming Truman and Acheson is about 1950), else 0.
   */
  int yearForLinking() {
    if (year != 0) {
      return year;
    }
    if (eraCount == 0) {
      return 0;
    }
    int[] sorted = Arrays.copyOf(eras, eraCount);
    Arrays.sort(sorted);
    return sorted[eraCount / 2];
  }

  /** Mentions left unlinked because several entities fit, in text order (when kept). */
  public List<Abstention> abstentions() {
    return List.copyOf(abstentions);
  }

  void forget() {
    recentBySurname.clear();
    seen.clear();
    countries.clear();
    unresolvedTownDivisions.clear();
    unknownBySurname.clear();
    officeOfUnknown.clear();
    unknownByName.clear();
    nicknames.clear();
    acronyms.clear();
    listGoesOnAt = null;
    lastMentionEnd = null;
    lastMentionOrdinal = -1;
    lastMentionType = null;
    counter = 0;
    eraCount = 0;
    abstentions.clear();
    pendingAbstention = null;
  }

  /**
   * Whether this text named somebody or something by the word before: a person of the family
   * name (by its {@code surnameKeys}), an unknown person, body or place of this one word, a
   * team's nickname, or an abbreviation it defined ({@code written} as written).
   */
  boolean mayRecall(List<String> surnameKeys, String folded, String written) {
    for (String key : surnameKeys) {
      if (recentBySurname.containsKey(key)) {
        return true;
      }
    }
    return unknownBySurname.containsKey(folded) || unknownByName.containsKey(folded)
        || nicknames.containsKey(folded) || acronyms.containsKey(written);
  }

  boolean named(int ordinal) {
    return seen.contains(ordinal);
  }

  /**
   * The person most recently named in full under any of these surname keys, -1 when the latest
   * bearer is someone unknown or when the text named two people of the name, or null.
   */
  Integer mostRecent(List<String> surnameKeys) {
    long best = -1;
    Integer entity = null;
    for (String key : surnameKeys) {
      long[] r = recentBySurname.get(key);
      if (r != null && r[1] > best) {
        best = r[1];
        entity = (int) r[0];
      }
    }
    return entity;
  }

  /**
   * Marks a family name as someone else's from here on (<i>Ambassador B.K. Nehru</i> is not
   * Jawaharlal Nehru): a later mention of it alone links to nobody.
   */
  void blockSurname(List<String> surnameKeys) {
    counter++;
    for (String key : surnameKeys) {
      recentBySurname.put(key, new long[] {-1, counter});
    }
  }

  void rememberNamed(int ordinal) {
    counter++;
    seen.add(ordinal);
  }

  /**
   * Notes a person the dictionary does not know, named in full; a second, different person with
   * the same surname makes the surname ambiguous for the rest of the text.
   */
  void rememberUnknownPerson(String surname, Entity person) {
    Entity before = unknownBySurname.get(surname);
    unknownBySurname.put(surname, before == null || before.equals(person) ? person : AMBIGUOUS);
  }

  /** The title of office the text gave an unknown person when naming them in full; the first stays. */
  void rememberOffice(Entity person, String title) {
    officeOfUnknown.putIfAbsent(person, title);
  }

  /** The title of office the text gave this unknown person, or null. */
  String officeOf(Entity person) {
    return officeOfUnknown.isEmpty() ? null : officeOfUnknown.get(person);
  }

  /** A body or place read by its shape ("Tokai Rika Co."), under its name's folded words ("tokai rika"). */
  void rememberUnknownName(String foldedWords, Entity entity) {
    unknownByName.putIfAbsent(foldedWords, entity);
  }

  /** Forgets a shape's name that lost to another reading of its words ("Ji Sung Park", a man). */
  void forgetUnknownName(String foldedWords, Entity entity) {
    unknownByName.remove(foldedWords, entity);
  }

  /** An abbreviation the text defined: <i>Foreign Correspondents' Club (FCC)</i>; the first definition stays. */
  void defineAcronym(String written, Entity entity) {
    acronyms.putIfAbsent(written, entity);
  }

  /** What the text defined this abbreviation (as written) to be, or null. */
  Entity definedAcronym(String written) {
    return acronyms.isEmpty() ? null : acronyms.get(written);
  }

  /** Whether the text named any place of a known country so far. */
  boolean namesAnyCountry() {
    return !countries.isEmpty();
  }

  /** The ISO code of the one country the text named so far, or null when it named none or several. */
  String onlyCountry() {
    String only = null;
    for (String iso : countries) {
      if (iso.indexOf('-') < 0) {
        if (only != null) {
          return null;
        }
        only = iso;
      }
    }
    return only;
  }

  /** Whether the text named a first-level division (a state: ISO 3166-2, such as US-NC). */
  boolean namesAnyDivision() {
    for (String iso : countries) {
      if (iso.indexOf('-') > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text named any body, place or person by words remembered so. */
  /** A team's nickname, folded; the first team named with it keeps it. */
  void rememberNickname(String folded, Entity team) {
    nicknames.putIfAbsent(folded, team);
  }

  Entity nickname(String folded) {
    return nicknames.get(folded);
  }

  boolean remembersNicknames() {
    return !nicknames.isEmpty();
  }

  boolean remembersUnknownNames() {
    return !unknownByName.isEmpty();
  }

  /** The body or place the text named by its shape with these folded words, or null. */
  Entity unknownNamed(String foldedWords) {
    return unknownByName.get(foldedWords);
  }

  /** The unknown person named in full with this surname; {@link #AMBIGUOUS} for several; or null. */
  Entity unknownPerson(String surname) {
    return unknownBySurname.get(surname);
  }

  /** Stands for "several people of this surname". */
  static final Entity AMBIGUOUS = new Entity(EntityType.PERSON, "(several)", "-", false);

  void rememberCountry(String iso) {
    if (!iso.isEmpty()) {
      countries.add(iso);
    }
  }

  boolean namesCountry(String iso) {
    return countries.contains(iso);
  }

  /**
   * Notes the states (ISO 3166-2) of the towns a name left unlinked could be in: a later town's
   * name that shares exactly one of them with it says which (see {@link BearerChoice}).
   */
  void rememberUnresolvedTown(Set<String> divisions) {
    unresolvedTownDivisions.addAll(divisions);
  }

  /** Whether an earlier town's name left unlinked could be in this state. */
  boolean unresolvedTownMayBeIn(String division) {
    return unresolvedTownDivisions.contains(division);
  }

  /** Notes the entity a mention named and its last word, for what may follow it ("Jackson, Miss."). */
  void rememberLastMention(Word lastWord, int ordinal, EntityType type) {
    lastMentionEnd = lastWord;
    lastMentionOrdinal = ordinal;
    lastMentionType = type;
  }

  /** Notes that a list of people goes on at {@code word}: "Ilhan Omar and <i>Pramila</i> Jayapal". */
  void rememberListGoesOn(Word word) {
    listGoesOnAt = word;
  }

  /** Whether a list of people, after a person and "and", goes on at {@code word}. */
  boolean listGoesOnAt(Word word) {
    return word != null && word == listGoesOnAt;
  }

  /** Whether {@code word} ended a mention of a person, known or not: "E. B. Dicker, J. Underwood". */
  boolean personEndsWith(Word word) {
    return word != null && word == lastMentionEnd && lastMentionType == EntityType.PERSON;
  }

  /**
   * Whether the latest mention was of a person and ended with a word written {@code written}:
   * the word before "of" in <i>J. W. Hedley of Eudora</i>, as the recognizer knows it.
   */
  boolean personEndsWith(String written) {
    return written != null && lastMentionEnd != null && lastMentionType == EntityType.PERSON
        && lastMentionEnd.original().equals(written);
  }

  /** Whether the latest mention was of a person. */
  boolean lastMentionWasPerson() {
    return lastMentionType == EntityType.PERSON;
  }

  /** The entity of the mention that ended with {@code word}, or -1. */
  int mentionEndingWith(Word word) {
    return word != null && word == lastMentionEnd ? lastMentionOrdinal : -1;
  }

  /**
   * Notes a known person named in full under these surname keys. A second person of the name
   * makes it nobody's alone for the rest of the text (<i>Park Geun-hye</i> and her father <i>Park
   * Chung-hee</i>: a later <i>Park</i> may be either): the most recent one was often the wrong one.
   */
  void rememberFullName(int ordinal, List<String> surnameKeys, int era) {
    for (String key : surnameKeys) {
      long[] before = recentBySurname.get(key);
      boolean twoPeople = before != null && before[0] != ordinal;
      recentBySurname.put(key, new long[] {twoPeople ? -1 : ordinal, counter});
    }
    if (era != 0) {
      if (eraCount == eras.length) {
        eras = Arrays.copyOf(eras, eras.length * 2);
      }
      eras[eraCount++] = era;
    }
  }

  void abstain(List<Entity> candidates) {
    if (keepAbstentions) {
      pendingAbstention = candidates;
    }
  }

  /** Called by the filter once it knows where the words of the last abstention are. */
  public void placeAbstention(int start, int end) {
    if (pendingAbstention != null) {
      abstentions.add(new Abstention(start, end, pendingAbstention));
      pendingAbstention = null;
    }
  }

  /** Drops an abstention the recognizer noted but did not end with (a later rule linked). */
  void clearPendingAbstention() {
    pendingAbstention = null;
  }
}
