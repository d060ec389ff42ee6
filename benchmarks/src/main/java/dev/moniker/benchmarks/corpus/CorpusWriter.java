package dev.moniker.benchmarks.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.moniker.ingest.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a generated corpus as JSON Lines, the format {@code moniker index} reads. */
public final class CorpusWriter {

  private CorpusWriter() {}

  /** Writes articles 0 to {@code docs - 1} of {@code seed}; returns the bytes written. */
  public static long write(int docs, long seed, Path file) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    JsonFactory json = new JsonFactory();
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < docs; i++) {
        Article a = generator.article(i);
        try (JsonGenerator g = json.createGenerator(out)) {
          g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
          g.writeStartObject();
          g.writeStringField("id", a.id());
          g.writeStringField("title", a.title());
          g.writeStringField("body", a.body());
          g.writeStringField("date", a.date().toString());
          g.writeStringField("source", a.source());
          g.writeEndObject();
        }
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
