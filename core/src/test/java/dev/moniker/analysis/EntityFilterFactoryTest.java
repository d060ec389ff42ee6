package dev.moniker.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.util.ResourceLoader;

/**
 * The factory as Solr or OpenSearch use it: built from its SPI name and arguments, given the
 * user's dictionary files through a resource loader in {@code inform()}.
 */
public class EntityFilterFactoryTest extends BaseTokenStreamTestCase {

  /** Resources by name, as an engine's config directory would serve them. */
  private static final class Files implements ResourceLoader {
    private final Map<String, String> texts = new HashMap<>();

    Files with(String name, String text) {
      texts.put(name, text);
      return this;
    }

    @Override
    public InputStream openResource(String resource) throws IOException {
      String text = texts.get(resource);
      if (text == null) {
        throw new NoSuchFileException(resource);
      }
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
      throw new UnsupportedOperationException(cname);
    }
  }

  private static TokenFilterFactory factory(String... keysAndValues) {
    Map<String, String> args = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      args.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return TokenFilterFactory.forName(EntityFilterFactory.NAME, args);
  }

  private static Analyzer analyzer(TokenFilterFactory factory) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = factory.create(tokenizer);
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  public void testUserFileLoadedInInformAddsItsEntities() throws IOException {
    TokenFilterFactory f = factory("mode", "query", "entities", "newsroom.tsv");
    ((EntityFilterFactory) f)
        .inform(new Files().with("newsroom.tsv", "person\t-\tAlice Quux\tA. Quux\tsurname=Quux\n"));
    try (Analyzer a = analyzer(f)) {
      assertAnalyzesTo(
          a, "Reporter Alice Quux wrote", new String[] {"Reporter", "person:alice_quux", "wrote"});
      // the bundled dictionary is still there
      assertAnalyzesTo(a, "Kim Jong Un", new String[] {"person:kim_jong-un"});
      checkRandomData(random(), a, 50 * RANDOM_MULTIPLIER);
    }
  }

  public void testSeveralFilesAreAllLoaded() throws IOException {
    TokenFilterFactory f = factory("mode", "query", "entities", "people.tsv, places.tsv");
    ((EntityFilterFactory) f)
        .inform(
            new Files()
                .with("people.tsv", "person\t-\tAlice Quux\t\tsurname=Quux\n")
                .with("places.tsv", "place\t-\tQuuxville\n"));
    try (Analyzer a = analyzer(f)) {
      assertAnalyzesTo(
          a, "Alice Quux in Quuxville", new String[] {"person:alice_quux", "in", "place:quuxville"});
    }
  }

  public void testWithoutFilesNoInformIsNeeded() throws IOException {
    try (Analyzer a = analyzer(factory("mode", "query"))) {
      assertAnalyzesTo(a, "Hsi Chin-p'ing", new String[] {"person:xi_jinping"});
    }
  }

  public void testFilesNeedInformBeforeCreate() {
    TokenFilterFactory f = factory("entities", "newsroom.tsv");
    IllegalStateException e =
        expectThrows(IllegalStateException.class, () -> f.create(new StandardTokenizer()));
    assertTrue(e.getMessage(), e.getMessage().contains("inform()"));
  }

  public void testMissingOrMalformedFileIsAnErrorNamingIt() {
    EntityFilterFactory missing = (EntityFilterFactory) factory("entities", "missing.tsv");
    // inform() declares IOException; today it arrives wrapped in an UncheckedIOException
    Exception notFound = expectThrows(Exception.class, () -> missing.inform(new Files()));
    assertTrue(notFound.getMessage(), notFound.getMessage().contains("missing.tsv"));

    EntityFilterFactory bad = (EntityFilterFactory) factory("entities", "bad.tsv");
    IllegalArgumentException e =
        expectThrows(
            IllegalArgumentException.class, () -> bad.inform(new Files().with("bad.tsv", "persn\t-\tX\n")));
    assertTrue(e.getMessage(), e.getMessage().contains("bad.tsv:1"));
  }

  public void testUnknownArgumentsAreRefusedByName() {
    IllegalArgumentException e =
        expectThrows(IllegalArgumentException.class, () -> factory("mode", "query", "entitys", "x.tsv"));
    assertTrue(e.getMessage(), e.getMessage().contains("entitys"));
    expectThrows(IllegalArgumentException.class, () -> factory("mode", "search"));
  }

  /**
   * The user's files load in the order given: a later file's clash is the one reported, naming
   * the earlier file. {@code getSet()} keeps them in hash order, {@code splitFileNames()} in the
   * user's.
   */
  public void testFilesLoadInTheOrderGiven() throws IOException {
    Files files =
        new Files()
            .with("zeta.tsv", "person\t-\tZeta Quux\tZQ\n")
            .with("alpha.tsv", "person\t-\tAlpha Quux\tZQ\n");
    for (String order : new String[] {"zeta.tsv,alpha.tsv", "alpha.tsv,zeta.tsv"}) {
      String first = order.substring(0, order.indexOf(','));
      String second = order.substring(order.indexOf(',') + 1);
      EntityFilterFactory f = (EntityFilterFactory) factory("entities", order);
      IllegalArgumentException e = expectThrows(IllegalArgumentException.class, () -> f.inform(files));
      assertTrue(order + ": " + e.getMessage(), e.getMessage().startsWith(second + ":1"));
      assertTrue(order + ": " + e.getMessage(), e.getMessage().contains(first + ":1"));
    }
  }
}
