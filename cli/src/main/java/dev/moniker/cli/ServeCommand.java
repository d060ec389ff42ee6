package dev.moniker.cli;

import dev.moniker.Moniker;
import dev.moniker.MonikerException;
import dev.moniker.cli.CommandSpec.OptionSpec;
import dev.moniker.web.MonikerServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

final class ServeCommand implements Callable<Integer> {

  static final CommandSpec SPEC =
      CommandSpec.of(
          "serve",
          "Serve a search page and JSON API for an index, until interrupted (Ctrl+C).",
          List.of(
              "Open the printed address in a browser: search in any spelling, narrow by people, places,",
              "organisations and dates, open entity pages (every spelling with its count) and articles.",
              "Read-only; another process may run 'moniker index' on the same index meanwhile: new",
              "articles appear within a second of each commit. JSON under /api/ (see the README)."),
          CommonOptions.with(
              OptionSpec.value(null, "port", "PORT", "Port to listen on (default: 8080; 0 picks a free one)."),
              OptionSpec.value(
                  null, "bind", "ADDRESS", "Address to listen on (default: 127.0.0.1, this machine only).")),
          null,
          List.of(
              "  moniker serve",
              "  moniker serve --index ~/news-index --port 9000",
              "  moniker serve --bind 0.0.0.0    # reachable from other machines: mind who can reach it"));

  private final CommonOptions common;
  private final int port;
  private final String bind;
  private final Io io;

  ServeCommand(Args args, Io io) {
    common = new CommonOptions(args);
    port = args.intValue("port", 8080);
    String b = args.value("bind");
    bind = b == null ? "127.0.0.1" : b;
    args.positionals();
    this.io = io;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65_535) {
      throw new MonikerException(MonikerException.Kind.INVALID_ARGUMENT, "--port must be 0 to 65535, got " + port);
    }
    PrintWriter out = io.out();
    PrintWriter err = io.err();
    Path location = common.index != null ? common.index : DefaultIndex.prepareForSearch(err, common.options());
    Moniker moniker = Moniker.open(location, common.options());
    MonikerServer server;
    try {
      int articles = moniker.size(); // a missing or incompatible index fails here, not per page
      server = MonikerServer.start(moniker, new InetSocketAddress(bind, port));
      out.printf("Serving %d article%s from %s%n", articles, articles == 1 ? "" : "s", moniker.path());
      out.println("Open " + server.uri() + "  (Ctrl+C stops)");
      out.flush();
    } catch (BindException e) {
      moniker.close();
      throw new MonikerException(
          MonikerException.Kind.INVALID_ARGUMENT,
          "cannot listen on " + bind + ":" + port + " (" + e.getMessage() + "); pick another with --port",
          e);
    } catch (IOException | RuntimeException e) {
      moniker.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  moniker.close();
                  stopped.countDown();
                }));
    stopped.await();
    return ExitCodes.OK;
  }
}
