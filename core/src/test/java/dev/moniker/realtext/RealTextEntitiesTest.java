package dev.moniker.realtext;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moniker.analysis.TextReport;
import dev.moniker.entities.EntityDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The people, places and organisations Moniker's facets would list for real published articles
 * ({@code realtext/entities/}), against every entity a careful reader labelled in them, next to an
 * off-the-shelf rule-based recogniser (compromise) run on the same articles. Per type: recall (the
 * labelled entities found) and precision (the entities listed that a reader labelled). Writes the
 * table the README shows to {@code target/realtext-entities-report.md}.
 *
 * <p>An entity counts as found when Moniker lists an entity of that type whose canonical name or
 * whose spelling in the article matches the label's name or one of its forms, compared without
 * case, accents, possessives, punctuation or a leading title.
 */
class RealTextEntitiesTest {

  /** The set the rules were developed against, and one labelled later and never tuned on. */
  private static final List<String> FOLDERS = List.of("/realtext/entities/", "/realtext/heldout/");
  private static final List<String> TYPES = List.of("person", "place", "org");

  record Label(String id, String type, String canonical, Set<String> forms) {}

  record Listed(String id, String type, String canonical, Set<String> spellings) {}

  /** Counts for one type. */
  static final class Score {
    int labels;
    int found;
    int listed;
    int right;

    String recall() {
      return String.format("%.2f (%d/%d)", labels == 0 ? 0 : (double) found / labels, found, labels);
    }

    String precision() {
      return String.format("%.2f (%d/%d)", listed == 0 ? 0 : (double) right / listed, right, listed);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.FieldSource("FOLDERS")
  void facetValuesAgainstWhatAReaderLabelled(String folder) throws IOException {
    Map<String, JsonNode> articles = articles(folder);
    List<Label> labels = labels(folder);
    List<Listed> listed = new ArrayList<>();
    EntityDictionary dict = EntityDictionary.defaults();
    for (JsonNode a : articles.values()) {
      String id = a.get("id").asText();
      int year = Integer.parseInt(a.get("date").asText().substring(0, 4));
      TextReport r = TextReport.of(dict, a.path("title").asText("") + "\n\n" + a.get("body").asText(), year,
          a.path("source").asText(null));
      Map<String, Listed> byName = new LinkedHashMap<>();
      for (TextReport.Found f : r.entities()) {
        if (f.reason().equals("DEMONYM")) {
          continue; // facets list what an article names, not its adjectives
        }
        byName
            .computeIfAbsent(f.type() + "\t" + f.canonical(), k -> new Listed(id, f.type(), f.canonical(), new LinkedHashSet<>()))
            .spellings()
            .add(f.matched());
      }
      listed.addAll(byName.values());
    }
    Map<String, Score> moniker = score(labels, listed);
    Map<String, Score> reference = score(labels, reference(folder));
    StringBuilder report = new StringBuilder();
    report.append("| type | Moniker recall | Moniker precision | compromise recall | compromise precision |\n")
        .append("| --- | --- | --- | --- | --- |\n");
    for (String t : TYPES) {
      report.append("| ").append(t).append(" | ").append(moniker.get(t).recall()).append(" | ")
          .append(moniker.get(t).precision()).append(" | ").append(reference.get(t).recall()).append(" | ")
          .append(reference.get(t).precision()).append(" |\n");
    }
    Files.createDirectories(Path.of("target"));
    String set = folder.contains("heldout") ? "heldout" : "entities";
    Files.writeString(Path.of("target", "realtext-" + set + "-report.md"), report);
    System.out.println(folder + "\n" + report);
    printMistakes(labels, listed);
    for (String t : TYPES) {
      Score m = moniker.get(t);
      Score c = reference.get(t);
      // Never worse than the off-the-shelf recogniser on either measure.
      assertTrue((double) m.right / m.listed >= (double) c.right / c.listed, t + " precision " + m.precision());
    }
  }

  private static Map<String, Score> score(List<Label> labels, List<Listed> listed) {
    Map<String, Score> out = new LinkedHashMap<>();
    TYPES.forEach(t -> out.put(t, new Score()));
    for (Label l : labels) {
      Score s = out.get(l.type());
      s.labels++;
      if (listed.stream().anyMatch(x -> matches(l, x))) {
        s.found++;
      }
    }
    for (Listed x : listed) {
      Score s = out.get(x.type());
      if (s == null) {
        continue;
      }
      s.listed++;
      if (labels.stream().anyMatch(l -> matches(l, x))) {
        s.right++;
      }
    }
    return out;
  }

  private static boolean matches(Label l, Listed x) {
    if (!l.id().equals(x.id()) || !l.type().equals(x.type())) {
      return false;
    }
    Set<String> names = new HashSet<>();
    names.add(norm(l.canonical()));
    l.forms().forEach(f -> names.add(norm(f)));
    if (names.contains(norm(x.canonical()))) {
      return true;
    }
    return x.spellings().stream().anyMatch(s -> names.contains(norm(s)));
  }

  private static final Set<String> TITLES =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "gov", "governor", "president", "judge",
          "mayor", "rep", "prime", "minister", "premier", "chairman", "gen", "general", "col", "capt", "rev");

  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N} ]", " ")
        .replaceAll("\\s+", " ").strip();
    boolean changed = true;
    while (changed) {
      changed = false;
      int space = n.indexOf(' ');
      if (space > 0 && TITLES.contains(n.substring(0, space))) {
        n = n.substring(space + 1);
        changed = true;
      }
    }
    if (n.startsWith("the ")) {
      n = n.substring(4);
    }
    return n;
  }

  private static void printMistakes(List<Label> labels, List<Listed> listed) {
    for (Label l : labels) {
      if (listed.stream().noneMatch(x -> matches(l, x))) {
        System.out.println("  missed " + l.type() + " " + l.canonical() + " " + l.forms() + " in " + l.id());
      }
    }
    for (Listed x : listed) {
      if (labels.stream().noneMatch(l -> matches(l, x))) {
        System.out.println("  unlabelled " + x.type() + " " + x.canonical() + " " + x.spellings() + " in " + x.id());
      }
    }
  }

  private static Map<String, JsonNode> articles(String folder) throws IOException {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : lines(folder, "articles.jsonl")) {
      JsonNode n = json.readTree(line);
      out.put(n.get("id").asText(), n);
    }
    return out;
  }

  private static List<Label> labels(String folder) throws IOException {
    List<Label> out = new ArrayList<>();
    List<String> lines = lines(folder, "labels.tsv");
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      out.add(new Label(c[0], c[1], c[2], new LinkedHashSet<>(List.of(c[3].split("\\|")))));
    }
    return out;
  }

  private static List<Listed> reference(String folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Listed> out = new LinkedHashMap<>();
    for (String line : lines(folder, "reference-compromise.jsonl")) {
      JsonNode n = json.readTree(line);
      String type = switch (n.get("type").asText()) {
        case "person", "people" -> "person";
        case "place", "places" -> "place";
        default -> "org";
      };
      String text = n.get("text").asText();
      out.putIfAbsent(n.get("id").asText() + "\t" + type + "\t" + norm(text),
          new Listed(n.get("id").asText(), type, text, Set.of(text)));
    }
    return new ArrayList<>(out.values());
  }

  private static List<String> lines(String folder, String file) throws IOException {
    try (InputStream in = RealTextEntitiesTest.class.getResourceAsStream(folder + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }
}
