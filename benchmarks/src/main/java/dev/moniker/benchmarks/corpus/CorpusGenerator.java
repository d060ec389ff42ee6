package dev.moniker.benchmarks.corpus;

import dev.moniker.ingest.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Writes news-like articles, deterministically: article {@code i} of seed {@code s} is always the
 * same text, whatever else is generated, so a corpus of any size can be rebuilt or extended.
 *
 * <p>Words follow a Zipf distribution over an English vocabulary (function words first, then the
 * library's word list, shorter words more frequent), in sentences of 8 to 24 words. Each article
 * is about one to five entities drawn from the dictionary with a Zipf popularity, named in every
 * spelling the dictionary lists or articles use (case, hyphens, joined syllables, old
 * romanizations, native script), then by family name alone; some later mentions carry a typo,
 * and articles about a Korean or Chinese person often name a different person of the same family
 * name too, so the variant machinery runs at realistic rates and the must-not-merge cases occur.
 */
public final class CorpusGenerator {

  public static final int MIN_WORDS = 300;
  public static final int MAX_WORDS = 1500;

  /** The most frequent English words, most frequent first: the head of the distribution. */
  private static final String[] FUNCTION_WORDS = (
      "the of and to a in that is was he for it with as his on be at by i this had not are but from"
          + " or have an they which one you were her all she there would their we him been has when"
          + " who will more no if out so said what up its about into than them can only other new"
          + " some could time these two may then do first any my now such like our over man me even"
          + " most made after also did many before must through back years where much your way well"
          + " down should because each just those people how too little state good very make world"
          + " still own see men work long get here between both life being under never day same"
          + " another know while last might us great old year off come since against go came right"
          + " used take three").split(" ");

  private static final double WORD_EXPONENT = 1.0;
  private static final double ENTITY_EXPONENT = 0.9;

  private final long seed;
  private final String[] vocabulary;
  private final double[] wordCdf;
  private final List<EntitySpellings.Entry> entities;
  private final double[] entityCdf;
  private final Map<String, List<EntitySpellings.Entry>> bySurname = new HashMap<>();

  public CorpusGenerator(long seed) {
    this.seed = seed;
    this.vocabulary = vocabulary(seed);
    this.wordCdf = zipf(vocabulary.length, WORD_EXPONENT);
    List<EntitySpellings.Entry> all = new ArrayList<>(EntitySpellings.load());
    Collections.shuffle(all, new Random(seed));
    this.entities = List.copyOf(all);
    this.entityCdf = zipf(entities.size(), ENTITY_EXPONENT);
    for (EntitySpellings.Entry e : entities) {
      if (e.surname() != null && !e.lang().equals("-")) {
        bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
      }
    }
  }

  /** The entities in popularity order: the first is mentioned most. */
  public List<EntitySpellings.Entry> entitiesByPopularity() {
    return entities;
  }

  /** The vocabulary in frequency order: the first word is the most frequent. */
  public List<String> wordsByFrequency() {
    return List.of(vocabulary);
  }

  public Article article(int i) {
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
    int targetWords = MIN_WORDS + rnd.nextInt(MAX_WORDS - MIN_WORDS + 1);
    List<EntitySpellings.Entry> topics = topics(rnd);
    StringBuilder body = new StringBuilder(targetWords * 7);
    int words = 0;
    int mentions = 0;
    Map<EntitySpellings.Entry, Integer> named = new HashMap<>();
    while (words < targetWords) {
      int length = 8 + rnd.nextInt(17);
      int mentionAt = rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(length - 1) : -1;
      for (int w = 0; w < length; w++) {
        if (w > 0) {
          body.append(' ');
        }
        if (w == mentionAt) {
          EntitySpellings.Entry e = topics.get(mentions++ % topics.size());
          int times = named.merge(e, 1, Integer::sum);
          body.append(mention(e, times, rnd));
        } else {
          String word = word(rnd);
          body.append(w == 0 ? capitalize(word) : word);
        }
        words++;
      }
      body.append(rnd.nextInt(12) == 0 ? ".\n\n" : ". ");
    }
    EntitySpellings.Entry lead = topics.get(0);
    String title =
        capitalize(word(rnd)) + " " + word(rnd) + " " + lead.spellings().get(0) + " " + word(rnd) + " " + word(rnd);
    return Article.of(String.format("a%07d", i), title, body.toString().strip())
        .withDate(Instant.parse("2015-01-01T00:00:00Z").plus(i % 4000, ChronoUnit.DAYS))
        .withSource(rnd.nextBoolean() ? "Wire" : "Desk");
  }

  private List<EntitySpellings.Entry> topics(SplittableRandom rnd) {
    int n = 1 + rnd.nextInt(5);
    List<EntitySpellings.Entry> topics = new ArrayList<>(n + 1);
    while (topics.size() < n) {
      EntitySpellings.Entry e = entities.get(sample(entityCdf, rnd));
      if (!topics.contains(e)) {
        topics.add(e);
      }
    }
    EntitySpellings.Entry person = topics.get(0);
    List<EntitySpellings.Entry> family = person.surname() == null ? null : bySurname.get(person.surname());
    if (family != null && family.size() > 1 && rnd.nextInt(10) < 3) {
      EntitySpellings.Entry relative = family.get(rnd.nextInt(family.size()));
      if (!topics.contains(relative)) {
        topics.add(relative); // a different person with the same family name
      }
    }
    return topics;
  }

  /** The first mention names the entity in full; later ones vary, shorten or misspell it. */
  private String mention(EntitySpellings.Entry e, int times, SplittableRandom rnd) {
    List<String> spellings = e.spellings();
    String full = pickSpelling(spellings, rnd);
    if (times == 1) {
      return full;
    }
    int roll = rnd.nextInt(100);
    if (e.type().equals("person") && e.surname() != null && roll < 30) {
      return e.surname() + (rnd.nextInt(4) == 0 ? "'s" : "");
    }
    if (roll >= 95 && full.length() >= 6 && full.indexOf(' ') < 0 && EntitySpellings.isLatin(full)) {
      int drop = 1 + rnd.nextInt(full.length() - 2);
      return full.substring(0, drop) + full.substring(drop + 1); // a dropped letter
    }
    return full;
  }

  private static String pickSpelling(List<String> spellings, SplittableRandom rnd) {
    // the canonical spelling half the time, any other (native script included) otherwise
    return rnd.nextBoolean() ? spellings.get(0) : spellings.get(rnd.nextInt(spellings.size()));
  }

  private String word(SplittableRandom rnd) {
    return vocabulary[sample(wordCdf, rnd)];
  }

  private static int sample(double[] cdf, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    int lo = 0;
    int hi = cdf.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double[] zipf(int n, double exponent) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1.0 / Math.pow(k + 1, exponent);
      cdf[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cdf[k] /= sum;
    }
    return cdf;
  }

  private static String capitalize(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** Function words, then lower-case words of the library's list, shorter first. */
  private static String[] vocabulary(long seed) {
    List<String> words = new ArrayList<>();
    try (InputStream in = CorpusGenerator.class.getResourceAsStream("/dev/moniker/entities/english-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("moniker-core's english-words.txt is not on the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.length() >= 3 && line.length() <= 12 && line.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.shuffle(words, new Random(seed));
    words.sort((a, b) -> Integer.compare(a.length(), b.length()));
    List<String> out = new ArrayList<>(List.of(FUNCTION_WORDS));
    out.addAll(words);
    return out.stream().distinct().toArray(String[]::new);
  }
}
