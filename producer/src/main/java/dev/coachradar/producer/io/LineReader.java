package dev.coachradar.producer.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines and decodes each one as strict UTF-8 on its own, so that one bad
 * line (invalid bytes, or longer than the limit) is reported instead of failing the whole file.
 * Memory stays bounded by the line limit: the bytes of an overlong line beyond it are skipped.
 */
final class LineReader implements Closeable {

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param text the decoded line without its terminator, or null when it could not be decoded
   * @param problem why {@code text} is null (null when it is not)
   * @param raw the start of the line decoded leniently, for reports
   */
  record Line(long number, String text, String problem, String raw) {}

  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final byte[] chunk = new byte[CHUNK];
  private int pos;
  private int limit;
  private byte[] line = new byte[8 * 1024];
  private int length;
  private long number;
  private boolean eof;

  LineReader(final InputStream in, final int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    length = 0;
    long total = 0;
    boolean sawAny = false;
    boolean terminated = false;
    while (!terminated) {
      if (pos == limit) {
        limit = in.read(chunk, 0, CHUNK);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          break;
        }
      }
      sawAny = true;
      int end = pos;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      append(end - pos);
      total += end - pos;
      terminated = end < limit;
      pos = terminated ? end + 1 : end;
    }
    if (!sawAny) {
      return null;
    }
    number++;
    if (total > maxLineBytes) {
      return new Line(
          number,
          null,
          "line of " + total + " bytes is longer than the limit of " + maxLineBytes,
          lenient(Rejected.MAX_RAW_CHARS));
    }
    int size = length;
    if (size > 0 && line[size - 1] == '\r') {
      size--;
    }
    int start = 0;
    if (number == 1
        && size >= 3
        && (line[0] & 0xFF) == 0xEF
        && (line[1] & 0xFF) == 0xBB
        && (line[2] & 0xFF) == 0xBF) {
      start = 3; // a UTF-8 byte order mark is not part of the record
    }
    if (number == 1
        && size >= 2
        && ((line[0] & 0xFF) == 0xFF && (line[1] & 0xFF) == 0xFE
            || (line[0] & 0xFF) == 0xFE && (line[1] & 0xFF) == 0xFF)) {
      return new Line(
          number, null, "UTF-16 byte order mark: the input must be UTF-8", lenient(size));
    }
    for (int i = start; i < size; i++) {
      if (line[i] == 0) {
        // Valid UTF-8, but never in JSON text: the sign of UTF-16 or binary input.
        return new Line(
            number,
            null,
            "NUL byte at byte "
                + (i - start + 1)
                + " of the line: UTF-16 or binary input? (expected UTF-8)",
            lenient(size));
      }
    }
    final ByteBuffer bytes = ByteBuffer.wrap(line, start, size - start);
    final CharBuffer chars = CharBuffer.allocate(size - start);
    decoder.reset();
    CoderResult result = decoder.decode(bytes, chars, true);
    if (!result.isError()) {
      result = decoder.flush(chars);
    }
    if (result.isError()) {
      return new Line(
          number,
          null,
          "invalid UTF-8 at byte " + (bytes.position() - start + 1) + " of the line",
          lenient(size));
    }
    chars.flip();
    return new Line(number, chars.toString(), null, null);
  }

  private void append(final int count) {
    final int room = maxLineBytes + 1 - length; // keep one byte more than the limit at most
    final int copy = Math.min(count, Math.max(room, 0));
    if (copy <= 0) {
      return;
    }
    if (length + copy > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + copy));
    }
    System.arraycopy(chunk, pos, line, length, copy);
    length += copy;
  }

  private String lenient(final int maxBytes) {
    return new String(line, 0, Math.min(length, maxBytes), StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
