package dev.moniker.entities;

import java.util.List;
import java.util.Set;

/**
 * An organisation nobody listed, by its shape (see {@link ShapeRule}): <i>Allegheny County
 * Sanitary Authority</i>, <i>Tenet Healthcare Corporation</i>, <i>University of Iowa</i>, with the
 * kinds of organisation in {@code org-heads.txt}; some kinds also as older papers print them
 * (<i>Southern Power company</i>, <i>Watts hospital</i>).
 */
final class OrgShapeRule extends ShapeRule {

  OrgShapeRule(EntityDictionary dict) {
    super(dict, EntityType.ORG, Mention.Reason.ORG_SHAPE, WordList.load("org-heads.txt"), Set.of(),
        Set.of("company", "hospital", "church", "club", "college", "railroad", "railway", "society",
            "association", "court", "bank"),
        INCORPORATED, 3);
  }

  /**
   * Courts are named by their kind (<i>Superior Court</i>, <i>District Court</i>, <i>Court of
   * Appeals</i>), in words of English that make no other body's name: the kinds of {@code
   * court-kinds.txt} before <i>Court</i> name a court wherever the phrase is capitalised, at a
   * sentence start too and before a judge's title (<i>Superior Court Judge Ann Lee</i>).
   */
  @Override
  boolean namedByItsKind(List<Word> words, int end) {
    return end >= 2 && words.get(end - 1).folded().equals("court") && COURT_KINDS.contains(words.get(end - 2).folded());
  }

  private static final Set<String> COURT_KINDS = WordList.load("court-kinds.txt");

  /**
   * Legal forms that only a company's name ends with: after two or more capitalised words they
   * show a name even when every word is English (<i>Tenet Healthcare Corporation</i>, <i>General
   * Motors Corp.</i>); <i>Company</i> and <i>Co.</i> are not among them (<i>Milam Co.</i> is a
   * county in old Texas papers, and a headline may say <i>The Company</i>).
   */
  private static final Set<String> INCORPORATED =
      Set.of("corporation", "corp", "inc", "incorporated", "ltd", "llc", "plc", "limited");
}
