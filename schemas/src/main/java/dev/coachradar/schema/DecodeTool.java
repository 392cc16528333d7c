package dev.coachradar.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DecoderFactory;

/**
 * Decodes single-object encoded records to JSON with nothing but this jar: {@code java -jar
 * coach-radar-schemas.jar FILE...} (one record per file, or {@code -} for standard input).
 *
 * <p>It reads generically (no generated classes), by the writer schema named in the fingerprint.
 */
public final class DecodeTool {
  private DecodeTool() {}

  /** Entry point; exit status 1 if any input could not be decoded. */
  public static void main(final String[] args) throws IOException {
    final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int failures = 0;
    for (final String arg : args) {
      final byte[] bytes = "-".equals(arg) ? readAll(System.in) : Files.readAllBytes(Path.of(arg));
      try {
        out.println(toJson(bytes));
      } catch (InvalidRecordException e) {
        System.err.println(arg + ": " + e.getMessage());
        failures++;
      }
    }
    if (args.length == 0) {
      System.err.println("usage: java -jar coach-radar-schemas.jar FILE... (- for stdin)");
      failures = 1;
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  /** Decodes one single-object encoded record generically and renders it as JSON. */
  public static String toJson(final byte[] bytes) {
    if (bytes.length < 10 || (bytes[0] & 0xFF) != 0xC3 || (bytes[1] & 0xFF) != 0x01) {
      throw new InvalidRecordException("not an Avro single-object record");
    }
    final long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    final Schema writer = SchemaCatalog.store().findByFingerprint(fingerprint);
    if (writer == null) {
      throw new InvalidRecordException(
          "unknown schema fingerprint " + Long.toHexString(fingerprint));
    }
    try {
      final Object datum =
          new GenericDatumReader<>(writer, writer, GenericData.get())
              .read(null, DecoderFactory.get().binaryDecoder(bytes, 10, bytes.length - 10, null));
      return GenericData.get().toString(datum);
    } catch (IOException | RuntimeException e) {
      throw new InvalidRecordException("cannot decode " + writer.getFullName() + ": " + e, e);
    }
  }

  private static byte[] readAll(final InputStream in) throws IOException {
    return in.readAllBytes();
  }
}
