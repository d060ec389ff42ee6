package dev.moniker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice between the AOT cache and the class-data archive, run on a copy of the
 * launcher in a folder of its own with a stand-in JDK whose {@code release} file each test
 * writes: the cache only for short commands, on JDK 25+, made after the jar by this very JDK
 * build; anything else falls back to the archive. And a cache the JVM cannot use keeps --json
 * output clean.
 */
class LauncherIT {

  private static final Path BUILT = Path.of("target").toAbsolutePath();
  private static final String RUNTIME_25 = "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"";
  private static final String IMPLEMENTOR = "IMPLEMENTOR=\"Eclipse Adoptium\"";

  @TempDir Path tmp;
  Path root;
  Path jdk;
  Path jar;
  Path cache;

  @BeforeEach
  void layOut() throws IOException {
    root = tmp.resolve("checkout");
    Files.createDirectories(root.resolve(".mvn"));
    Files.copy(Path.of("..", "moniker"), root.resolve("moniker"));
    Files.copy(Path.of("..", ".mvn", "find-jdk.sh"), root.resolve(".mvn/find-jdk.sh"));
    Path target = Files.createDirectories(root.resolve("cli/target"));
    jar = Files.copy(BUILT.resolve("moniker-cli.jar"), target.resolve("moniker-cli.jar"));
    cache = target.resolve("moniker-cli.aot");
    jdk = tmp.resolve("jdk");
    Files.createDirectories(jdk.resolve("bin"));
  }

  @Test
  void shortCommandsUseACacheThisJdkMadeAfterTheJar() throws Exception {
    fakeJdk("25", RUNTIME_25);
    madeCache(RUNTIME_25);
    for (String command : List.of("search", "analyze", "entities", "delete", "--help", "-V")) {
      String options = javaOptions(command);
      assertTrue(options.contains("-XX:AOTCache=" + cache), command + ": " + options);
      assertFalse(options.contains("--add-modules"), options);
      assertFalse(options.contains("SharedArchiveFile"), options);
      assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options);
    }
  }

  @Test
  void everythingElseUsesTheClassDataArchive() throws Exception {
    fakeJdk("25", RUNTIME_25);
    madeCache(RUNTIME_25);
    for (String command : List.of("index", "serve", "nonsense")) {
      assertUsesArchive(javaOptions(command), command);
    }
    // another build of JDK 25
    madeCache("JAVA_RUNTIME_VERSION=\"25.0.2+10-LTS\"");
    assertUsesArchive(javaOptions("search"), "cache of another JDK build");
    // a jar newer than the cache
    madeCache(RUNTIME_25);
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    assertUsesArchive(javaOptions("search"), "cache older than the jar");
    // no stamp
    madeCache(RUNTIME_25);
    Files.delete(Path.of(cache + ".jdk"));
    assertUsesArchive(javaOptions("search"), "cache without its stamp");
    // JDK 21 to 24
    fakeJdk("21", "JAVA_RUNTIME_VERSION=\"21.0.5+11-LTS\"");
    madeCache("JAVA_RUNTIME_VERSION=\"21.0.5+11-LTS\"");
    assertUsesArchive(javaOptions("search"), "JDK 21");
  }

  @Test
  void aCacheTheJvmCannotUseLeavesJsonClean() throws Exception {
    assumeTrue(Runtime.version().feature() >= 25, "the AOT cache needs JDK 25");
    String java = ProcessHandle.current().info().command().orElseThrow();
    String runtime = "JAVA_RUNTIME_VERSION=\"" + System.getProperty("java.runtime.version") + "\"";
    fakeJdk("25", runtime, "exec '" + java + "' \"$@\"");
    Files.writeString(cache, "not an AOT cache");
    Files.write(Path.of(cache + ".jdk"), List.of(IMPLEMENTOR, runtime));
    Files.setLastModifiedTime(cache, FileTime.from(Instant.now().plusSeconds(60)));
    Path index = tmp.resolve("index");
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("moniker").toString(), "analyze", "--json", "Kim Jong Un");
    pb.environment().put("JAVA_HOME", jdk.toString());
    pb.environment().put("MONIKER_INDEX", index.toString());
    pb.environment().remove("MONIKER_JAVA_OPTS");
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), stderr);
    assertEquals("", stderr);
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(new ObjectMapper().readTree(stdout).has("entities"), stdout);
  }

  private static void assertUsesArchive(String options, String what) {
    assertFalse(options.contains("AOTCache"), what + ": " + options);
    assertTrue(options.contains("SharedArchiveFile="), what + ": " + options);
    assertTrue(options.contains("--add-modules jdk.incubator.vector"), what + ": " + options);
  }

  /** A JDK whose java runs {@code body} (by default: prints its arguments). */
  private void fakeJdk(String major, String runtime, String... body) throws IOException {
    Files.write(jdk.resolve("release"), List.of("JAVA_VERSION=\"" + major + "\"", runtime, IMPLEMENTOR));
    Path java = jdk.resolve("bin/java");
    String script = body.length == 0 ? "echo \"$*\"" : String.join("\n", body);
    Files.writeString(java, "#!/usr/bin/env bash\n" + script + "\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** A cache made after the jar by the JDK build {@code runtime} names. */
  private void madeCache(String runtime) throws IOException {
    Files.writeString(cache, "cache");
    Files.write(Path.of(cache + ".jdk"), List.of(IMPLEMENTOR, runtime));
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    Files.setLastModifiedTime(cache, FileTime.from(Instant.now()));
  }

  /** The options the launcher starts java with for {@code command}. */
  private String javaOptions(String command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder("bash", root.resolve("moniker").toString(), command);
    pb.environment().put("JAVA_HOME", jdk.toString());
    pb.environment().remove("MONIKER_JAVA_OPTS");
    Path out = tmp.resolve("options.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue());
    return Files.readString(out, StandardCharsets.UTF_8).strip();
  }
}
