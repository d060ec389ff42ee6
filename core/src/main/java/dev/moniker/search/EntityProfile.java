package dev.moniker.search;

import java.util.List;
import java.util.Map;

/**
 * What the archive says about one entity: the entity page of the web view, as a value.
 *
 * @param type {@code person}, {@code place} or {@code org}
 * @param canonical the entity's one name
 * @param known whether the dictionary lists it (rather than a name recognised by its shape)
 * @param note the dictionary's {@code note=} for it, or null
 * @param articles how many articles mention it
 * @param spellings every spelling the articles use for it, with the number of articles using
 *     each, most used first; a family name alone is not counted as a spelling
 * @param timeline its articles by year or month
 * @param related the entities most often named in the same articles, by type, with the number
 *     of shared articles; the entity itself is left out
 * @param latest its most recent articles, newest first
 */
public record EntityProfile(
    String type,
    String canonical,
    boolean known,
    String note,
    long articles,
    List<FacetValue> spellings,
    DateHistogram timeline,
    Map<String, List<FacetValue>> related,
    List<Hit> latest) {}
