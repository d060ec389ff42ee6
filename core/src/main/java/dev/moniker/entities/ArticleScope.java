package dev.moniker.entities;

import java.util.List;

/**
 * Makes the fields of one article one text for recognition: while a scope is open on a thread,
 * every index-mode recognizer on that thread reads and writes the scope's memory of the text
 * (who was named so far) instead of starting each field with an empty one, and knows the
 * article's year.
 *
 * <p>A thread-local, because Lucene analyses a document's fields one after another on the
 * indexing thread through per-field components that cannot be handed anything else. Open it
 * around the analysis of one article and close it after:
 *
 * <pre>{@code
 * try (ArticleScope scope = ArticleScope.open(1955, false)) {
 *   ... analyse title and body ...
 * }
 * }</pre>
 */
public final class ArticleScope implements AutoCloseable {

  private static final ThreadLocal<ArticleScope> CURRENT = new ThreadLocal<>();

  private final TextContext context;
  private final ArticleScope outer;

  private ArticleScope(TextContext context, ArticleScope outer) {
    this.context = context;
    this.outer = outer;
  }

  /**
   * Opens a scope on this thread.
   *
   * @param year the article's year, or 0 when unknown
   * @param keepAbstentions whether to keep what was left unlinked for ambiguity
   */
  public static ArticleScope open(int year, boolean keepAbstentions) {
    ArticleScope scope = new ArticleScope(new TextContext(year, keepAbstentions), CURRENT.get());
    CURRENT.set(scope);
    return scope;
  }

  static ArticleScope current() {
    return CURRENT.get();
  }

  TextContext context() {
    return context;
  }

  /**
   * The mentions analysis left unlinked in this scope because several known entities fit them and
   * nothing decided between them, in text order; empty unless opened with {@code keepAbstentions}.
   */
  public List<Abstention> abstentions() {
    return context.abstentions();
  }

  @Override
  public void close() {
    if (outer == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(outer);
    }
  }
}
