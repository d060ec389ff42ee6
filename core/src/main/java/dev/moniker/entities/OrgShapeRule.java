package dev.moniker.entities;

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
   * Legal forms that only a company's name ends with: after two or more capitalised words they
   * show a name even when every word is English (<i>Tenet Healthcare Corporation</i>, <i>General
   * Motors Corp.</i>); <i>Company</i> and <i>Co.</i> are not among them (<i>Milam Co.</i> is a
   * county in old Texas papers, and a headline may say <i>The Company</i>).
   */
  private static final Set<String> INCORPORATED =
      Set.of("corporation", "corp", "inc", "incorporated", "ltd", "llc", "plc", "limited");
}
