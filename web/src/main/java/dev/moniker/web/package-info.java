/**
 * The web page and JSON API over a Moniker index ({@code moniker serve}), thin as the CLI: each
 * page is a handler that parses its address, calls the library and renders a view record with a
 * jte template compiled at build time. Entry point: {@link dev.moniker.web.MonikerServer}; the
 * site map is its constructor.
 */
package dev.moniker.web;
