package dev.moniker.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The web page and JSON API over one {@link Moniker}: read-only, one virtual thread per request.
 *
 * <pre>{@code
 * try (Moniker moniker = Moniker.open(Path.of("news-index"));
 *     MonikerServer server = MonikerServer.start(moniker, new InetSocketAddress("127.0.0.1", 8080))) {
 *   System.out.println(server.uri());
 *   Thread.currentThread().join();
 * }
 * }</pre>
 *
 * <p>Built on the JDK's own HTTP server: no dependency, and it takes an executor, so requests run
 * on virtual threads. It only answers GET and HEAD, refuses addresses longer than {@value
 * #MAX_URI_CHARS} characters, and never reads a request body. Searches see new commits of other
 * processes within a second ({@link Moniker}).
 */
public final class MonikerServer implements AutoCloseable {

  /** Longest address accepted; a query may be 10,000 characters, escaped up to three times longer. */
  public static final int MAX_URI_CHARS = 32_768;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Map<String, Handler> exact = new LinkedHashMap<>();
  private final Map<String, Handler> prefixed = new LinkedHashMap<>();
  private final PrintStream log;

  private MonikerServer(HttpServer server, Moniker moniker, PrintStream log) {
    this.server = server;
    this.log = log;
    // The site map.
    exact.put("/", new SearchPage(moniker));
    prefixed.put("/entity/", new EntityPage(moniker));
    exact.put("/article", new ArticlePageHandler(moniker));
    exact.put("/api/search", Api.search(moniker));
    prefixed.put("/api/entity/", Api.entity(moniker));
    exact.put("/api/article", Api.article(moniker));
    exact.put("/api/analyze", Api.analyze(moniker));
    prefixed.put("/static/", new StaticAssets());
    this.executor = Executors.newVirtualThreadPerTaskExecutor();
    server.setExecutor(executor);
    server.createContext("/", this::dispatch);
  }

  /** Starts serving {@code moniker} on {@code address} (port 0: any free port); errors go to stderr. */
  public static MonikerServer start(Moniker moniker, InetSocketAddress address) throws IOException {
    return start(moniker, address, System.err);
  }

  /**
   * Responses leave without waiting for the client's acknowledgement (TCP_NODELAY): the JDK's
   * server writes a response's head and body apart, and with Nagle's algorithm the body then
   * waits for the client's delayed ACK, about 40 ms on Linux, on every keep-alive request. On
   * the 100k-article load test that wait was most of a page's median (48 ms with it, 20 ms
   * without; benchmarks/README.md). Read once, when the JDK's server first loads; a value the
   * user set on the command line is kept.
   */
  static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  public static MonikerServer start(Moniker moniker, InetSocketAddress address, PrintStream log)
      throws IOException {
    HttpServer http = HttpServer.create(address, 128);
    MonikerServer s = new MonikerServer(http, moniker, log);
    http.start();
    return s;
  }

  /** The address of the search page, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + "/");
  }

  /** Stops accepting requests and waits up to a second for running ones. */
  @Override
  public void close() {
    server.stop(1);
    executor.close();
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    boolean api = path.startsWith("/api/");
    try {
      if (ex.getRequestURI().toString().length() > MAX_URI_CHARS) {
        fail(ex, api, 414, "The address is too long", "shorten the query");
        return;
      }
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        fail(ex, api, 405, "Read-only", "this server only answers GET requests");
        return;
      }
      Request r = Request.of(path, ex.getRequestURI().getRawQuery());
      Handler h = route(r.path());
      if (h == null) {
        throw new NotFound("nothing lives at this address; start from the search page");
      }
      h.handle(ex, r);
    } catch (NotFound e) {
      fail(ex, api, 404, "Not found", e.getMessage());
    } catch (MonikerException e) {
      if (isBadInput(e)) {
        fail(ex, api, 400, "Bad request", e.getMessage());
      } else {
        log.println("moniker serve: " + ex.getRequestURI() + ": " + e.getMessage());
        fail(ex, api, 500, "The index could not be read", "the server's log says why");
      }
    } catch (RuntimeException e) {
      log.println("moniker serve: " + ex.getRequestURI() + ": unexpected " + e);
      fail(ex, api, 500, "Something went wrong", "the server's log says what");
    }
  }

  private Handler route(String path) {
    Handler h = exact.get(path);
    if (h != null) {
      return h;
    }
    for (Map.Entry<String, Handler> e : prefixed.entrySet()) {
      if (path.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  static boolean isBadInput(MonikerException e) {
    return e.kind() == MonikerException.Kind.INVALID_QUERY
        || e.kind() == MonikerException.Kind.INVALID_ARGUMENT;
  }

  private static void fail(HttpExchange ex, boolean api, int status, String heading, String message)
      throws IOException {
    try {
      if (api) {
        Responses.json(ex, status, WebJson.error(message));
      } else {
        Responses.html(ex, status, Templates.render("error.jte", new Views.ErrorView(status, heading, message)));
      }
    } catch (IOException | RuntimeException e) {
      ex.close(); // the client went away, or headers were sent already
    }
  }
}
