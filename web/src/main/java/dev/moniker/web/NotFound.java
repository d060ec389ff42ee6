package dev.moniker.web;

/** Nothing at this address: a 404 with a message for the reader. */
final class NotFound extends RuntimeException {
  NotFound(String message) {
    super(message, null, false, false);
  }
}
