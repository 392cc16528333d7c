package dev.coachradar.schema;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/**
 * Encodes and decodes one record type with Avro's single-object encoding ({@code C3 01}, the writer
 * schema's 8-byte fingerprint, then the binary body).
 *
 * <p>The decoder resolves any released writer version through {@link SchemaCatalog#store()}, so old
 * records stay readable. Instances are thread-safe (Avro keeps per-thread buffers).
 *
 * <p>Encoding writes the same bytes as Avro's {@code BinaryMessageEncoder} (a test compares them),
 * without its costs: that encoder writes every field straight into a synchronized {@code
 * ByteArrayOutputStream} (a lock per small write; ~4% of the Kafka Streams thread in a 100k bench)
 * and copies the result twice. Here a buffered {@link BinaryEncoder} writes into a per-thread,
 * unsynchronized buffer, copied once into the returned array.
 */
public final class AvroCodec<T extends SpecificRecord> {

  static {
    Trust.ourPackage();
  }

  /** Single-object encoding's marker, before the schema fingerprint. */
  private static final byte[] V1_MARKER = {(byte) 0xC3, (byte) 0x01};

  /** Per-thread output buffer and encoder, reused by every codec (encoding is not reentrant). */
  private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

  private final Class<T> type;
  private final byte[] header;
  private final SpecificDatumWriter<T> writer;
  private final BinaryMessageDecoder<T> decoder;

  private AvroCodec(final Class<T> type, final Schema schema) {
    this.type = type;
    final SpecificData model = SpecificData.getForClass(type);
    this.header = header(schema);
    this.writer = new SpecificDatumWriter<>(schema, model);
    this.decoder = new BinaryMessageDecoder<>(model, schema, SchemaCatalog.store());
  }

  /** C3 01 and the schema's CRC-64-AVRO fingerprint, as BinaryMessageEncoder writes them. */
  private static byte[] header(final Schema schema) {
    try {
      final byte[] fingerprint = SchemaNormalization.parsingFingerprint("CRC-64-AVRO", schema);
      final byte[] out = Arrays.copyOf(V1_MARKER, V1_MARKER.length + fingerprint.length);
      System.arraycopy(fingerprint, 0, out, V1_MARKER.length, fingerprint.length);
      return out;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("CRC-64-AVRO is built into Avro", e);
    }
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
    final Output out = OUTPUT.get();
    // The encoder is made once per thread, not reconfigured per record: reconfiguring allocates a
    // new sink and channel around the stream every time (BufferedBinaryEncoder.configure; ~95 MB
    // of a 100k bench's eos phase). After a success flush() has emptied its buffer; after a
    // failure it may hold part of the failed record, so it is dropped and made again.
    if (out.encoder == null) {
      out.encoder = EncoderFactory.get().binaryEncoder(out, null);
    }
    out.reset();
    boolean done = false;
    try {
      out.write(header, 0, header.length);
      writer.write(record, out.encoder);
      out.encoder.flush();
      done = true;
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode " + type.getSimpleName(), e);
    } finally {
      if (!done) {
        out.encoder = null;
      }
      out.release();
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

  /** A growable byte buffer without locks, and the encoder that writes into it. */
  private static final class Output extends OutputStream {
    /** A buffer grown beyond this by one large record is dropped after use, not kept. */
    private static final int KEEP = 1 << 20;

    private byte[] buf = new byte[8192];
    private int count;
    BinaryEncoder encoder;

    void reset() {
      count = 0;
    }

    void release() {
      if (buf.length > KEEP) {
        buf = new byte[8192];
      }
    }

    @Override
    public void write(final int b) {
      ensure(1);
      buf[count++] = (byte) b;
    }

    @Override
    public void write(final byte[] b, final int off, final int len) {
      ensure(len);
      System.arraycopy(b, off, buf, count, len);
      count += len;
    }

    private void ensure(final int more) {
      if (count + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + more));
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, count);
    }
  }
}
