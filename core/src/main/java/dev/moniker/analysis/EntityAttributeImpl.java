package dev.moniker.analysis;

import dev.moniker.entities.Entity;
import dev.moniker.entities.Mention;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** Default implementation of {@link EntityAttribute}. */
public final class EntityAttributeImpl extends AttributeImpl implements EntityAttribute {

  private Entity entity;
  private Mention.Reason reason;

  @Override
  public Entity entity() {
    return entity;
  }

  @Override
  public Mention.Reason reason() {
    return reason;
  }

  @Override
  public void set(Entity entity, Mention.Reason reason) {
    this.entity = entity;
    this.reason = reason;
  }

  @Override
  public void clear() {
    entity = null;
    reason = null;
  }

  @Override
  public void copyTo(AttributeImpl target) {
    ((EntityAttribute) target).set(entity, reason);
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(EntityAttribute.class, "entity", entity == null ? null : entity.term());
    reflector.reflect(EntityAttribute.class, "reason", reason == null ? null : reason.name());
  }
}
