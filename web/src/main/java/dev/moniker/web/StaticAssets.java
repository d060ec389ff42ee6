package dev.moniker.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** {@code /static/NAME}: the style sheet and the small script, from the jar. */
final class StaticAssets implements Handler {

  private static final Map<String, String> TYPES =
      Map.of(
          "moniker.css", "text/css; charset=utf-8",
          "moniker.js", "text/javascript; charset=utf-8");

  @Override
  public void handle(HttpExchange ex, Request r) throws IOException {
    String name = r.path().substring("/static/".length());
    String type = TYPES.get(name); // a fixed list: no path from the address reaches the class path
    if (type == null) {
      throw new NotFound("no such file");
    }
    try (InputStream in = StaticAssets.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new NotFound("no such file");
      }
      ex.getResponseHeaders().set("Cache-Control", "max-age=3600");
      Responses.send(ex, 200, type, in.readAllBytes());
    }
  }
}
