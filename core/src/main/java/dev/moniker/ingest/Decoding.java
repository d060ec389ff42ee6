package dev.moniker.ingest;

/**
 * How the text of an input that was not plain UTF-8 was decoded, for the index report.
 *
 * @param input the file (or {@code file:line}, {@code file:url} for a line or a record in it)
 * @param charset the Java name of the charset used, e.g. {@code x-windows-949}
 * @param basis why that charset: {@code byte-order mark}, {@code declared} (the page's {@code
 *     <meta>} or the XML declaration), {@code WARC Content-Type}, {@code forced} ({@code
 *     --encoding}) or {@code detected}
 * @param confidence the detector's confidence from 0 to 100 when {@code basis} is {@code
 *     detected}; 100 for the other bases
 */
public record Decoding(String input, String charset, String basis, int confidence) {}
