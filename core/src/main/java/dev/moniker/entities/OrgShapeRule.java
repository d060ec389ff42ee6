package dev.moniker.entities;

import java.util.Set;

/**
 * An organisation nobody listed, by its shape (see {@link ShapeRule}): <i>Allegheny County
 * Sanitary Authority</i>, <i>Tenet Healthcare Corporation</i>, <i>University of Iowa</i>, with the
 * kinds of organisation in {@code org-heads.txt}.
 */
final class OrgShapeRule extends ShapeRule {

  OrgShapeRule(EntityDictionary dict) {
    super(dict, EntityType.ORG, Mention.Reason.ORG_SHAPE, WordList.load("org-heads.txt"), Set.of());
  }
}
