package dev.moniker.analysis;

import dev.moniker.entities.Entity;
import dev.moniker.entities.Mention;
import org.apache.lucene.util.Attribute;

/**
 * On an entity token: which entity it stands for and why it was recognised. Empty on every other
 * token. Lets tools such as {@code moniker analyze} and the indexer read entities off the token
 * stream without parsing term text.
 */
public interface EntityAttribute extends Attribute {

  Entity entity();

  Mention.Reason reason();

  void set(Entity entity, Mention.Reason reason);
}
