package dev.moniker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web archive twice the size of the heap is read whole: records stream, one page at a time is
 * held. Checked in a separate JVM whose heap (32 MB) is smaller than the archive (64 MB).
 */
class WarcMemoryTest {

  @TempDir Path tmp;

  private static final int PAGES = 1100;

  @Test
  void anArchiveLargerThanTheHeapIsReadInBoundedMemory() throws IOException, InterruptedException {
    Path warc = tmp.resolve("big.warc");
    Random random = new Random(3);
    byte[] noise = new byte[48 * 1024];
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(warc))) {
      for (int i = 0; i < PAGES; i++) {
        random.nextBytes(noise);
        String html =
            "<html><head><script>var s='" + Base64.getEncoder().encodeToString(noise) + "';</script></head>"
                + "<body><article><h1>Page " + i + "</h1><p>The zebra" + i + " article.</p></article></body></html>";
        out.write(WarcArticlesTest.htmlResponse("https://example.org/" + i, "utf-8", html));
      }
    }
    assertTrue(Files.size(warc) > 64L << 20, "archive of " + Files.size(warc) + " bytes");
    Path log = tmp.resolve("child.txt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                Child.class.getName(),
                warc.toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "child did not finish");
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), output);
    assertEquals(PAGES + " articles, 0 skipped, " + Files.size(warc) + " bytes", output.strip());
  }

  /** Reads an archive and prints what it found; run with a small heap. */
  public static final class Child {
    public static void main(String[] args) {
      long[] counts = new long[3];
      new Ingester()
          .read(
              List.of(Path.of(args[0])),
              new IngestSink() {
                @Override
                public void article(Article article) {
                  counts[0]++;
                }

                @Override
                public void skipped(Skipped skipped) {
                  counts[1]++;
                  System.out.println(skipped);
                }

                @Override
                public void fileDone(String input, long bytes) {
                  counts[2] += bytes;
                }
              });
      System.out.println(counts[0] + " articles, " + counts[1] + " skipped, " + counts[2] + " bytes");
    }
  }
}
