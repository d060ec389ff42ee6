package dev.moniker.entities;

import dev.moniker.entities.EntityDictionary.Alias;
import dev.moniker.entities.Mention.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * A U.S. lawmaker's party and state, as American news and Congress write them after the name:
 * <i>Sen. Marco Rubio (R-FL)</i>, <i>Rep. Chris Smith (R-N.J.)</i>, <i>Schumer, D-N.Y., said</i>.
 * The state's postal code or abbreviation after the party's letter and a hyphen is the state
 * (elsewhere <i>FL</i> or <i>IN</i> needs a town before it, see {@link PlaceAbbreviationRule}), and
 * the letter the party: a mention of both. Read before the dictionary, whose joined spellings
 * would make <i>R-TX</i> the ticker of a company.
 */
final class PartyStateRule implements RecognitionRule {

  private final EntityDictionary dict;
  private volatile Entity republicans;
  private volatile Entity democrats;

  PartyStateRule(EntityDictionary dict) {
    this.dict = dict;
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word letter = c.first();
    if (c.queryMode() || words.size() < 2 || letter.original().length() != 1 || "RDI".indexOf(letter.original().charAt(0)) < 0) {
      return null;
    }
    int marks = letter.marksBefore();
    if (marks == Word.UNKNOWN_MARKS || (marks & (Word.OTHER | Word.COMMA)) == 0) {
      return null; // "(R-FL)", ", D-N.Y.,": after a bracket or a comma, never inside running words
    }
    Word code = words.get(1);
    if (!code.afterHyphen() || !code.capitalized()) {
      return null;
    }
    Entity state = usState(code.folded());
    if (state == null) {
      return null;
    }
    Entity party = party(letter.original().charAt(0));
    return new Mention(2, state, Reason.DICTIONARY, party == null ? List.of() : List.of(party));
  }

  /** The U.S. state a postal code, abbreviation or name spells, or null. */
  private Entity usState(String folded) {
    List<Integer> candidates = new ArrayList<>(dict.contextAliasOf(folded));
    for (Alias a : dict.singleWordAliases(folded)) {
      candidates.add(a.entity());
    }
    Entity found = null;
    for (int o : candidates) {
      Entity e = dict.entity(o);
      PlaceFacts facts = dict.placeFactsOf(o);
      if (e.type() == EntityType.PLACE && "admin1".equals(facts.kind()) && "US".equals(facts.country())) {
        if (found != null && !found.equals(e)) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  private Entity party(char letter) {
    return switch (letter) {
      case 'R' -> republicans != null ? republicans : (republicans = usParty("republican"));
      case 'D' -> democrats != null ? democrats : (democrats = usParty("democratic"));
      default -> null; // an independent belongs to no party
    };
  }

  /** The U.S. party listed as "<word> Party" with the note of a U.S. party, or null. */
  private Entity usParty(String word) {
    for (Alias a : dict.aliasesOf(List.of(word + " party"))) {
      Entity e = dict.entity(a.entity());
      if (e.type() == EntityType.ORG && dict.note(e) != null && dict.note(e).contains("U.S.")) {
        return e;
      }
    }
    return null;
  }
}
