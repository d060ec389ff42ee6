package dev.moniker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code moniker serve} from the shaded jar, as the launcher runs it: with no arguments but a
 * free port it fills the default index with the samples, prints the address, and serves the
 * compiled templates, the style sheet and the API from inside the jar.
 */
class ServeIT {

  @TempDir Path tmp;

  @Test
  void servesTheSamplesFromTheJar() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(java, "--add-modules", "jdk.incubator.vector", "-jar", "target/moniker-cli.jar",
                    "serve", "--port", "0"))
            .redirectError(tmp.resolve("err.txt").toFile());
    pb.environment().put("MONIKER_INDEX", tmp.resolve("default-index").toString());
    Process p = pb.start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String url = null;
      String line;
      while (url == null && (line = out.readLine()) != null) {
        if (line.startsWith("Open ")) {
          url = line.substring(5, line.indexOf(' ', 5));
        }
      }
      assertNotNull(url, "no address printed");
      assertTrue(url.startsWith("http://127.0.0.1:"), url);
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page =
          http.send(HttpRequest.newBuilder(URI.create(url + "?q=Kim+Jong+Eun")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<span class=\"n\">2</span> articles"), page.body());
      HttpResponse<String> css =
          http.send(HttpRequest.newBuilder(URI.create(url + "static/moniker.css")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, css.statusCode());
      HttpResponse<String> api =
          http.send(HttpRequest.newBuilder(URI.create(url + "api/entity/person/Kim%20Jong-un")).build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(api.body().contains("\"canonical\":\"Kim Jong-un\""), api.body());
    } finally {
      p.destroy();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
    }
  }
}
