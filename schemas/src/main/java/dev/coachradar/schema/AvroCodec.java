package dev.coachradar.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes and decodes one record type with Avro's single-object encoding ({@code C3 01}, the writer
 * schema's 8-byte fingerprint, then the binary body).
 *
 * <p>The decoder resolves any released writer version through {@link SchemaCatalog#store()}, so old
 * records stay readable. Instances are thread-safe (Avro keeps per-thread buffers).
 */
public final class AvroCodec<T extends SpecificRecord> {

  static {
    Trust.ourPackage();
  }

  private final Class<T> type;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  private AvroCodec(final Class<T> type, final Schema schema) {
    this.type = type;
    final SpecificData model = SpecificData.getForClass(type);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, SchemaCatalog.store());
  }

  /** A codec for a generated record class. */
  public static <T extends SpecificRecord> AvroCodec<T> of(final Class<T> type) {
    return new AvroCodec<>(type, SpecificData.get().getSchema(type));
  }

  /** The record class this codec reads and writes. */
  public Class<T> type() {
    return type;
  }

  /** Encodes a record; never returns null. */
  public byte[] encode(final T record) {
    try {
      final ByteBuffer buffer = encoder.encode(record);
      final byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + type.getSimpleName(), e);
    }
  }

  /**
   * Decodes a record.
   *
   * @throws InvalidRecordException naming the reason when the bytes are not a single-object encoded
   *     record of a known schema version
   */
  public T decode(final byte[] bytes) {
    if (bytes == null || bytes.length < 10) {
      throw new InvalidRecordException(
          "not an Avro single-object record: "
              + (bytes == null ? "null" : bytes.length + " bytes")
              + " (needs C3 01 + 8-byte fingerprint + body)");
    }
    if ((bytes[0] & 0xFF) != 0xC3 || (bytes[1] & 0xFF) != 0x01) {
      throw new InvalidRecordException(
          String.format(
              "not an Avro single-object record: header %02X %02X instead of C3 01",
              bytes[0] & 0xFF, bytes[1] & 0xFF));
    }
    try {
      return decoder.decode(bytes);
    } catch (org.apache.avro.message.MissingSchemaException e) {
      throw new InvalidRecordException(
          "unknown schema fingerprint for " + type.getSimpleName() + ": " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw new InvalidRecordException(
          "cannot decode " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
