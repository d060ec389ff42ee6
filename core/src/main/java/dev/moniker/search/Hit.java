package dev.moniker.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One matching article.
 *
 * @param highlights passages of the body with matches between {@code <mark>} and {@code </mark>};
 *     the text is not HTML-escaped
 * @param entities canonical entities the article mentions, by type ({@code person}, {@code
 *     place}, {@code org})
 * @param date publication date, or null when unknown
 * @param source the publisher, or null
 * @param url the article's address, or null
 */
public record Hit(
    String id,
    String title,
    float score,
    List<String> highlights,
    Map<String, List<String>> entities,
    Instant date,
    String source,
    String url) {}
