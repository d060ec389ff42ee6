package dev.moniker.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** One page or API endpoint: reads the request, calls the library, renders. */
interface Handler {
  void handle(HttpExchange exchange, Request request) throws IOException;
}
