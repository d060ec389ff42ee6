package dev.moniker.entities;

import dev.moniker.entities.Mention.Reason;
import java.util.List;

/**
 * A team's nickname alone after the text named the team in full: <i>the Buffalo Bills</i> ...
 * <i>the Bills</i>, <i>the Boston Bruins</i> ... <i>Bruins</i>. Nicknames that are common words
 * (Bills, Giants, Heat) or that several teams share (Giants, Cardinals, Rangers) are no alias of a
 * team on their own (<code>orgs.tsv</code>); within a story that named the team, they are it.
 * The teams are the dictionary's organisations of kind {@code sport} whose name begins with a
 * place's (<i>Buffalo</i>, <i>New York</i>, <i>Golden State</i>: everything before the last word,
 * or the last two words when the name has more than two).
 */
final class TeamNicknameRule implements RecognitionRule {

  private final EntityDictionary dict;

  TeamNicknameRule(EntityDictionary dict) {
    this.dict = dict;
  }

  /** Remembers the nicknames of a team the text just named in full. */
  static void remember(EntityDictionary dict, int ordinal, Entity team, TextContext context) {
    if (team.type() != EntityType.ORG || !"sport".equals(dict.placeFactsOf(ordinal).kind())) {
      return;
    }
    List<String> words = SpellingWords.folded(team.canonical());
    if (words.size() < 2) {
      return;
    }
    context.rememberNickname(words.get(words.size() - 1), team); // "bills"
    if (words.size() > 2) {
      context.rememberNickname(words.get(words.size() - 2) + " " + words.get(words.size() - 1), team); // "red sox"
    }
  }

  @Override
  public Mention match(Candidate c) {
    List<Word> words = c.words();
    Word first = c.first();
    if (c.queryMode() || !first.capitalized() || !first.latin() || !c.context().remembersNicknames()) {
      return null;
    }
    if (words.size() > 1 && words.get(1).joinedToPrevious() && words.get(1).capitalized()) {
      Entity two = c.context().nickname(first.folded() + " " + words.get(1).folded());
      boolean longer = words.size() > 2 && words.get(2).joinedToPrevious() && words.get(2).capitalized();
      return two != null && !longer ? new Mention(2, two, Reason.DICTIONARY) : null; // "Maple Leafs"
    }
    Entity one = c.context().nickname(first.folded());
    return one == null ? null : new Mention(1, one, Reason.DICTIONARY);
  }
}
