package dev.moniker.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares before any non-ASCII text: {@code <meta charset>}, {@code <meta
 * http-equiv="Content-Type" content="...; charset=...">} or an XHTML page's XML declaration, read
 * from the page's first bytes as browsers' pre-scan does.
 */
final class HtmlCharset {

  /** Browsers scan 1024 bytes; real pages put long scripts first, so look a little further. */
  private static final int PRESCAN_BYTES = 4096;

  private static final Pattern META =
      Pattern.compile(
          "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_DECLARATION =
      Pattern.compile("^\\s*<\\?xml[^>]*?\\bencoding\\s*=\\s*[\"']([A-Za-z0-9_.:\\-]+)[\"']");

  private HtmlCharset() {}

  /** The charset an XML declaration names (as an XML parser reads it), or {@code null}. */
  static Charset xmlDeclared(byte[] document) {
    String head = new String(document, 0, Math.min(document.length, 256), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    return xml.find() ? CharsetLabels.lookup(xml.group(1)) : null;
  }

  /** The declared charset, or {@code null} when the page declares none Java knows. */
  static Charset declared(byte[] page) {
    String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher xml = XML_DECLARATION.matcher(head);
    Matcher meta = META.matcher(head);
    String label = xml.find() ? xml.group(1) : meta.find() ? meta.group(1) : null;
    Charset charset = CharsetLabels.lookup(label);
    if (charset != null && charset.name().startsWith("UTF-16")) {
      return StandardCharsets.UTF_8; // a page readable as ASCII to find this is not UTF-16
    }
    return charset;
  }
}
