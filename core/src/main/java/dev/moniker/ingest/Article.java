package dev.moniker.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One news article as Moniker indexes it.
 *
 * <p>{@code id} identifies the article across re-indexing: adding an article whose id is already
 * in the index replaces it. {@code date}, {@code source} and {@code url} are optional and may be
 * {@code null}.
 */
public record Article(String id, String title, String body, Instant date, String source, String url) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }

  /** An article with only the required parts; add the rest with the {@code with*} methods. */
  public static Article of(String id, String title, String body) {
    return new Article(id, title, body, null, null, null);
  }

  public Article withDate(Instant newDate) {
    return new Article(id, title, body, newDate, source, url);
  }

  public Article withSource(String newSource) {
    return new Article(id, title, body, date, newSource, url);
  }

  public Article withUrl(String newUrl) {
    return new Article(id, title, body, date, source, newUrl);
  }
}
