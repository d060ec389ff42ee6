package dev.moniker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that is public only because another package of the library uses it: not part of
 * the API, and it may change or go in any release. The API is the list in the README's
 * <i>Library</i> section; {@code ApiSurfaceTest} fails when a public type is in neither that list
 * nor marked with this, or when an API signature mentions an internal type.
 *
 * <p>A marker rather than a {@code module-info}: a module hides whole packages, and the entity
 * recognizer's types share {@code dev.moniker.entities} with the dictionary API, while the command
 * line's shaded jar, the web module and the OpenSearch plugin all load the library from the class
 * path, where a module descriptor hides nothing. Lucene marked its internals the same way
 * ({@code @lucene.internal}) before it had modules.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Internal {}
