package dev.moniker.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads a web archive ({@code .warc}, {@code .warc.gz}; ISO 28500) record by record: every
 * {@code response} or {@code resource} record that holds an HTML page becomes an article whose id
 * and url are the captured URL, whose source is the URL's host, and whose date is the page's own
 * or else the capture's {@code WARC-Date}.
 *
 * <p>Memory is bounded by one page ({@link Ingester#MAX_ARTICLE_FILE_BYTES}), whatever the
 * archive's size. A damaged record (a truncated gzip member, a broken header) or one claiming a
 * size beyond that limit costs only itself: reading resumes at the next record found in the
 * file. Records that hold no page (requests, metadata) are counted in a notice; responses that
 * are not HTML, or not a successful capture, are counted and skipped, one line per reason.
 */
final class WarcArticles {

  /** Progress is reported about this often, in bytes of the archive file. */
  private static final long PROGRESS_BYTES = 1 << 20;

  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  /**
   * Archive bytes the reader may read to parse one record's header (and the trailer and read-ahead
   * around it). Real headers are a few hundred bytes and the reader reads 8 KiB at a time; a
   * gzip member inflates at most about 1000 times, so a compressed header stays under 16 MiB, an
   * uncompressed one under 1 MiB.
   */
  private static final long HEADER_BUDGET_PLAIN = 1 << 20;

  private static final long HEADER_BUDGET_GZIP = 16 << 10;

  private final Path file;
  private final String input;
  private final Charset forced;
  private final IngestSink sink;
  private final Map<String, Integer> noPage = new TreeMap<>();
  private final Map<String, Integer> notArticles = new TreeMap<>();
  private final UnreadableDates dates = new UnreadableDates();
  /** Pages per charset and basis; only the first of each is reported whole, to bound memory. */
  private final Map<String, Integer> decoded = new TreeMap<>();
  private int repaired;
  private String firstRepair;
  private long reported;

  private WarcArticles(Path file, String input, Charset forced, IngestSink sink) {
    this.file = file;
    this.input = input;
    this.forced = forced;
    this.sink = sink;
  }

  static void read(Path file, String input, Charset forced, IngestSink sink) throws IOException {
    new WarcArticles(file, input, forced, sink).read();
  }

  private void read() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        HeaderBudgetChannel guarded = new HeaderBudgetChannel(channel);
        WarcReader reader = new WarcReader(guarded)) {
      boolean gzip = reader.compression() == WarcCompression.GZIP;
      long headerBudget = gzip ? HEADER_BUDGET_GZIP : HEADER_BUDGET_PLAIN;
      long size = channel.size();
      long handled = -1; // where the last record read whole starts
      while (true) {
        long at = reader.position();
        try {
          Optional<WarcRecord> next;
          guarded.limit(headerBudget);
          try {
            next = reader.next();
          } finally {
            guarded.unlimited();
          }
          if (next.isEmpty()) {
            break;
          }
          at = reader.position();
          WarcRecord record = next.get();
          if (record.body().size() > Ingester.MAX_ARTICLE_FILE_BYTES + (1 << 16)) {
            sink.skipped(
                new Skipped(
                    where(record, at),
                    "record too large ("
                        + (record.body().size() >> 20)
                        + " MiB; limit "
                        + (Ingester.MAX_ARTICLE_FILE_BYTES >> 20)
                        + " MiB)"));
            if (!resync(reader, channel, at, gzip)) {
              break;
            }
            continue;
          }
          handle(record, at);
          handled = at;
          record.body().consume(); // now, so that the header budget covers only the next header
        } catch (IOException | RuntimeException e) {
          if (at != handled) { // else the damage is past a record already indexed
            sink.skipped(new Skipped(input + "@" + at, "damaged record: " + message(e)));
          }
          if (!resync(reader, channel, at, gzip)) {
            break;
          }
        }
        progress(Math.min(reader.position(), size));
      }
      if (size > reported) {
        sink.fileDone(input, size - reported);
      }
    }
    dates.report(input, sink);
    if (decoded.values().stream().anyMatch(n -> n > 1)) {
      sink.notice(new Notice(input, "pages not in UTF-8: " + counts(decoded)));
    }
    if (repaired > 0) {
      sink.notice(
          new Notice(input, "invalid UTF-8 repaired in " + repaired + (repaired == 1 ? " page (" : " pages (first: ") + firstRepair + ")"));
    }
    if (!noPage.isEmpty()) {
      sink.notice(new Notice(input, "records without a page, not indexed: " + counts(noPage)));
    }
    notArticles.forEach((reason, n) -> sink.skipped(new Skipped(input, n + " × " + reason)));
  }

  private void handle(WarcRecord record, long at) throws IOException {
    if (!(record instanceof WarcResponse || record instanceof WarcResource)) {
      noPage.merge(record.type(), 1, Integer::sum);
      return;
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        notArticles.merge("response records that are not HTTP", 1, Integer::sum);
        return;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        notArticles.merge("responses with HTTP status " + http.status() + " (not a page)", 1, Integer::sum);
        return;
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else {
      type = record.contentType();
      body = record.body();
    }
    byte[] page;
    try (InputStream in = body.stream()) {
      page = in.readNBytes((int) Ingester.MAX_ARTICLE_FILE_BYTES + 1);
    }
    if (!isHtml(type, page)) {
      notArticles.merge("responses of type " + type.base() + " (not HTML)", 1, Integer::sum);
      return;
    }
    String where = where(record, at);
    if (page.length > Ingester.MAX_ARTICLE_FILE_BYTES) {
      sink.skipped(
          new Skipped(
              where,
              "page larger than " + (Ingester.MAX_ARTICLE_FILE_BYTES >> 20) + " MiB once decompressed"));
      return;
    }
    String uri = target.target();
    try {
      TextDecoding.Decoded text =
          TextDecoding.decode(
              where, page, new TextDecoding.Hints(forced, true, type.parameters().get("charset")));
      Article article = HtmlArticles.parse(uri, text.text(), where, dates);
      tally(text, where);
      if (article.date() == null) {
        article = article.withDate(record.date());
      }
      if (article.url() == null) {
        article = article.withUrl(uri);
      }
      Ingester.deliver(article.withSource(host(uri)), where, sink);
    } catch (TextDecoding.NotText e) {
      sink.skipped(new Skipped(where, e.getMessage()));
    }
  }

  /**
   * Counts how a page was decoded. A large archive has many pages in the same legacy charset:
   * the first of each charset is reported as a {@link Decoding}, the rest counted in a notice.
   */
  private void tally(TextDecoding.Decoded text, String where) {
    Decoding d = text.decoding();
    if (d != null && decoded.merge(d.charset() + " (" + d.basis() + ")", 1, Integer::sum) == 1) {
      sink.decoded(d);
    }
    if (text.notice() != null && repaired++ == 0) {
      firstRepair = where + ": " + text.notice();
    }
  }

  private static boolean isHtml(MediaType type, byte[] page) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return true;
    }
    if (!base.isEmpty() && !base.equals("application/octet-stream") && !base.equals("unknown/unknown")) {
      return false;
    }
    String start = new String(page, 0, Math.min(page.length, 512), StandardCharsets.ISO_8859_1)
        .stripLeading()
        .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  /**
   * Moves the reader to the first record that starts after {@code from}: the next gzip member, or
   * the next {@code WARC/1.x} line. False when there is none.
   */
  private static boolean resync(WarcReader reader, FileChannel channel, long from, boolean gzip)
      throws IOException {
    byte[] magic = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : WARC_MAGIC;
    long found = find(channel, from + 1, magic);
    if (found < 0) {
      return false;
    }
    reader.position(found);
    return true;
  }

  private static long find(FileChannel channel, long from, byte[] magic) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    long base = from;
    while (base < channel.size()) {
      buf.clear();
      int n = channel.read(buf, base);
      if (n <= 0) {
        return -1;
      }
      byte[] a = buf.array();
      for (int i = 0; i + magic.length <= n; i++) {
        if (matches(a, i, magic)
            && (magic == WARC_MAGIC ? base + i == 0 || (i > 0 && a[i - 1] == '\n') : true)) {
          return base + i;
        }
      }
      if (n < magic.length) {
        return -1;
      }
      base += n - magic.length + 1;
    }
    return -1;
  }

  private static boolean matches(byte[] a, int at, byte[] magic) {
    for (int j = 0; j < magic.length; j++) {
      if (a[at + j] != magic[j]) {
        return false;
      }
    }
    return true;
  }

  private void progress(long position) {
    if (position - reported >= PROGRESS_BYTES) {
      sink.fileDone(input, position - reported);
      reported = position;
    }
  }

  private String where(WarcRecord record, long at) {
    if (record instanceof WarcTargetRecord t && t.target() != null) {
      return input + ":" + t.target();
    }
    return input + "@" + at;
  }

  private static String host(String uri) {
    try {
      String host = URI.create(uri).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String counts(Map<String, Integer> byType) {
    StringBuilder sb = new StringBuilder();
    byType.forEach((type, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(n).append(' ').append(type));
    return sb.toString();
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
    m = m.replaceAll("\\s+", " ").trim();
    return m.length() > 160 ? m.substring(0, 160) + "…" : m;
  }
}
