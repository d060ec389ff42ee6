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
            "association", "court", "bank"));
  }
}
