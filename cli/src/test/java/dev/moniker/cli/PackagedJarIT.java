package dev.moniker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as the launcher runs it, in a JVM of its own: catches what in-process tests
 * cannot, such as a dependency missing from the jar or service files overwritten by shading.
 */
class PackagedJarIT {

  private static final Path JAR = Path.of("target", "moniker-cli.jar");

  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), List.of(), args);
  }

  private Run runWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    return run(Map.of(), jvmOptions, args);
  }

  private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return run(env, List.of(), args);
  }

  /** Runs the jar with extra environment variables and JVM options, as the launcher does. */
  private Run run(Map<String, String> env, List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector"));
    command.addAll(jvmOptions);
    if (!env.isEmpty()) {
      command.add("-Dmoniker.stdout.tty=true"); // what the launcher says when stdout is a terminal
    }
    command.addAll(List.of("-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("MONIKER_INDEX", tmp.resolve("default-index").toString());
    pb.environment().remove("NO_COLOR");
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the jar did not finish");
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        withoutJvmNotice(Files.readString(err, StandardCharsets.UTF_8)));
  }

  /** The JVM announces incubator modules on stderr; the launcher filters that line out too. */
  private static String withoutJvmNotice(String err) {
    return String.join(
        "\n", err.lines().filter(l -> !l.startsWith("WARNING: Using incubator modules")).toList());
  }

  @Test
  void firstSearchIndexesTheBundledSamplesAndFindsEverySpelling() throws Exception {
    Run r = run("search", "--json", "Kim Jong Eun");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals(2, json.get("total").asInt(), r.out());
    assertTrue(json.get("facets").get("person").size() > 0, r.out());
  }

  /**
   * The class-data archive built with the jar maps (-Xshare:on fails otherwise) with the options
   * the launcher gives, and the JVM's notes about it stay off stdout, where --json goes.
   */
  @Test
  void theClassDataArchiveBuiltWithTheJarIsUsableAndQuiet() throws Exception {
    Path archive = Path.of("target", "moniker-cli.jsa");
    assertTrue(Files.size(archive) > 1_000_000, "no class-data archive beside the jar");
    List<String> launcherOptions = List.of(
        "--enable-native-access=ALL-UNNAMED", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off",
        "-XX:TieredStopAtLevel=1");
    Run r = runWith(concat(List.of("-Xshare:on"), launcherOptions), "search", "--json", "Kim Jong Eun");
    assertEquals(0, r.exit(), r.err());
    assertEquals(2, new ObjectMapper().readTree(r.out()).get("total").asInt(), r.out());
    assertFalse(r.err().contains("[cds]"), r.err());
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The default index is opened once per search, and a samples-only default index made with other
   * dictionary files is rebuilt silently, while the user's own index is refused and kept.
   */
  @Test
  void aSamplesOnlyDefaultIndexFromAnotherDictionaryIsRebuiltButTheUsersOwnIsKept() throws Exception {
    Path extra = tmp.resolve("extra.tsv");
    Files.writeString(extra, "person\t-\tJane Placeholder-Doe\t\t\n");
    Run seeded = run("search", "--entities", extra.toString(), "--json", "Kim Jong Eun");
    assertEquals(0, seeded.exit(), seeded.err());
    assertTrue(seeded.err().contains("First run"), seeded.err());

    Run rebuilt = run("search", "--json", "Kim Jong Eun");
    assertEquals(0, rebuilt.exit(), rebuilt.err());
    assertTrue(rebuilt.err().contains("First run"), "rebuilt with the bundled dictionary: " + rebuilt.err());
    assertEquals(2, new ObjectMapper().readTree(rebuilt.out()).get("total").asInt(), rebuilt.out());

    Run again = run("search", "--json", "Kim Jong Eun");
    assertEquals(0, again.exit(), again.err());
    assertFalse(again.err().contains("First run"), again.err());

    Path own = tmp.resolve("own-index");
    assertEquals(0, run("index", "--index", own.toString(), Path.of("..", "seeds").toString()).exit());
    Run refused = run("search", "--index", own.toString(), "--entities", extra.toString(), "Kim Jong Eun");
    assertEquals(1, refused.exit(), refused.err());
    assertEquals(0, run("search", "--index", own.toString(), "Kim Jong Eun").exit(), "the user's index is kept");
  }

  @Test
  void badInputIsOneLineAndADocumentedExitCode() throws Exception {
    Run missing = run("index", "--index", tmp.resolve("idx").toString(), tmp.resolve("nope").toString());
    assertEquals(2, missing.exit());
    assertEquals(1, missing.err().strip().lines().count(), missing.err());
    // on an index that exists, so it is the query that is refused, not the missing folder
    assertEquals(0, run("search", "Kim").exit(), "filling the default index with the samples");
    Run query = run("search", "\"unbalanced");
    assertEquals(2, query.exit(), query.err());
    assertEquals(1, query.err().strip().lines().count(), query.err());
    assertTrue(query.err().contains("quotation marks"), query.err());
  }

  @Test
  void boldOnATerminalUnlessNoColorIsSet() throws Exception {
    // CLICOLOR_FORCE stands in for a terminal picocli can see; NO_COLOR must win over it
    Run bold = run(Map.of("CLICOLOR_FORCE", "1"), "search", "Kim Jong Eun");
    assertEquals(0, bold.exit(), bold.err());
    assertTrue(bold.out().contains("\u001b[1m"), bold.out());
    Run plain = run(Map.of("CLICOLOR_FORCE", "1", "NO_COLOR", "1"), "search", "Kim Jong Eun");
    assertEquals(0, plain.exit(), plain.err());
    assertTrue(plain.out().contains("Kim Jong"), plain.out());
    assertFalse(plain.out().contains("\u001b["), plain.out());
  }

  @Test
  void analyzeNamesTheEntityAndTheReason() throws Exception {
    Run r = run("analyze", "Gim Jeong-eun met 朴槿惠.");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("ROMANIZATION"), r.out());
    assertTrue(r.out().contains("NATIVE_SCRIPT"), r.out());
  }
}
