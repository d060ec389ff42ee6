package dev.moniker;

import dev.moniker.entities.EntityDictionary;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How {@link Moniker#open(Path, MonikerOptions)} opens an index: which entity dictionary analyses
 * it, how often an indexing run commits, and whether it may be written. Immutable; build one
 * with {@link #builder()}, or use {@link #defaults()}.
 *
 * <pre>{@code
 * MonikerOptions options =
 *     MonikerOptions.builder().entityFiles(List.of(Path.of("newsroom.tsv"))).readOnly(true).build();
 * try (Moniker moniker = Moniker.open(Path.of("news-index"), options)) { ... }
 * }</pre>
 *
 * @param entityFiles the user's dictionary files, added to the bundled dictionary in this order
 *     (see {@link EntityDictionary#withFiles}); an index must always be opened with the same files
 * @param dictionary a dictionary already built, to share one between several indexes; null to
 *     build one from {@code entityFiles}
 * @param commitEvery an indexing run ({@link Moniker#index}) commits at least every this many
 *     articles, which bounds what a crash can cost
 * @param readOnly refuse every write with {@code INVALID_ARGUMENT}: the folder is never locked
 * @param demonyms whether words for a country's people (<i>Soviet</i>, <i>North Korean</i>)
 *     stand for the country; part of the analysis, so an index must always be opened the same way
 */
public record MonikerOptions(
    List<Path> entityFiles,
    EntityDictionary dictionary,
    int commitEvery,
    boolean readOnly,
    boolean demonyms) {

  private static final int DEFAULT_COMMIT_EVERY = 5_000;

  private static final MonikerOptions DEFAULTS = builder().build();

  public MonikerOptions {
    entityFiles = List.copyOf(entityFiles);
    if (commitEvery < 1) {
      throw new IllegalArgumentException("commitEvery must be at least 1, not " + commitEvery);
    }
    if (dictionary != null && !entityFiles.isEmpty()) {
      throw new IllegalArgumentException("give either a dictionary or entity files, not both");
    }
  }

  /** The bundled dictionary, a commit at least every 5,000 articles of an indexing run, writable. */
  public static MonikerOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder()
        .entityFiles(entityFiles)
        .dictionary(dictionary)
        .commitEvery(commitEvery)
        .readOnly(readOnly)
        .demonyms(demonyms);
  }

  /** Builds {@link MonikerOptions}; every setting is optional. */
  public static final class Builder {
    private List<Path> entityFiles = List.of();
    private EntityDictionary dictionary;
    private int commitEvery = DEFAULT_COMMIT_EVERY;
    private boolean readOnly;
    private boolean demonyms = true;

    private Builder() {}

    public Builder entityFiles(List<Path> files) {
      this.entityFiles = Objects.requireNonNull(files, "files");
      return this;
    }

    public Builder dictionary(EntityDictionary dictionary) {
      this.dictionary = dictionary;
      return this;
    }

    public Builder commitEvery(int articles) {
      this.commitEvery = articles;
      return this;
    }

    public Builder readOnly(boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    /** Whether demonyms stand for their countries (default true); ignored with a {@link #dictionary}. */
    public Builder demonyms(boolean demonyms) {
      this.demonyms = demonyms;
      return this;
    }

    /**
     * @throws IllegalArgumentException for a commit interval below 1, or both a dictionary and
     *     entity files
     */
    public MonikerOptions build() {
      return new MonikerOptions(entityFiles, dictionary, commitEvery, readOnly, demonyms);
    }
  }
}
