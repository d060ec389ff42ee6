package dev.moniker.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * The archive file as the WARC reader sees it, with a budget on the bytes it may read while
 * parsing one record's header. The reader buffers a header whole, so a hostile header (a line of
 * gigabytes, or a small gzip member that inflates to one) would otherwise fill the heap.
 */
final class HeaderBudgetChannel implements SeekableByteChannel {

  private final FileChannel file;
  private long budget = Long.MAX_VALUE;
  private long limit;

  HeaderBudgetChannel(FileChannel file) {
    this.file = file;
  }

  /** From now on, at most {@code bytes} may be read, until {@link #unlimited()}. */
  void limit(long bytes) {
    limit = bytes;
    budget = bytes;
  }

  void unlimited() {
    budget = Long.MAX_VALUE;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (budget <= 0) {
      throw new IOException("WARC header longer than " + (limit >> 10) + " KiB (of archive bytes)");
    }
    int n;
    if (dst.remaining() > budget) {
      ByteBuffer slice = dst.slice(dst.position(), (int) budget);
      n = file.read(slice);
      if (n > 0) {
        dst.position(dst.position() + n);
      }
    } else {
      n = file.read(dst);
    }
    if (n > 0) {
      budget -= n;
    }
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() throws IOException {
    return file.position();
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    file.position(newPosition);
    return this;
  }

  @Override
  public long size() throws IOException {
    return file.size();
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return file.isOpen();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
