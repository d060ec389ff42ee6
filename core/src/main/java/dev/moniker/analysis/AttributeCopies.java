package dev.moniker.analysis;

import java.util.Iterator;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeSource;

/**
 * Copies a token between a stream and the copies it holds read-ahead tokens in. {@link
 * AttributeSource#copyTo} looks every attribute up by class in the target's map; the copies here
 * are clones of the stream, whose attributes come in the same order, so walking both in step
 * finds the same targets without the lookups (they were a tenth of the entity filter's own cost).
 */
final class AttributeCopies {

  private AttributeCopies() {}

  /** Copies {@code from}'s attribute values into {@code to}, a source with the same attributes. */
  static void copy(AttributeSource from, AttributeSource to) {
    Iterator<AttributeImpl> source = from.getAttributeImplsIterator();
    Iterator<AttributeImpl> target = to.getAttributeImplsIterator();
    while (source.hasNext()) {
      AttributeImpl s = source.next();
      AttributeImpl t = target.hasNext() ? target.next() : null;
      if (t == null || t.getClass() != s.getClass()) {
        from.copyTo(to); // not laid out alike: let Lucene match them by class
        return;
      }
      s.copyTo(t);
    }
  }
}
