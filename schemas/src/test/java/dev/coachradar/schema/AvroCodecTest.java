package dev.coachradar.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coachradar.avro.Article;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

class AvroCodecTest {
  private final AvroCodec<Article> codec = AvroCodec.of(Article.class);

  private static Article article() {
    return Article.newBuilder()
        .setId("a-1")
        .setPublishedAt(Instant.parse("2025-02-01T00:00:00Z"))
        .setSource("test")
        .setLang("it")
        .setTitle("Allegri")
        .setBody("Allegri nel mirino della Roma.")
        .build();
  }

  @Test
  void roundTripsWithSingleObjectEncoding() {
    final byte[] bytes = codec.encode(article());
    assertThat(bytes[0] & 0xFF).isEqualTo(0xC3);
    assertThat(bytes[1] & 0xFF).isEqualTo(0x01);
    assertThat(codec.decode(bytes)).isEqualTo(article());
  }

  @Test
  void rejectsGarbageWithAReason() {
    assertThatThrownBy(() -> codec.decode(new byte[] {1, 2, 3}))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("not an Avro single-object record");
    assertThatThrownBy(() -> codec.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}))
        .hasMessageContaining("header 01 02");
  }

  @Test
  void rejectsAnUnknownSchemaFingerprint() {
    final Schema other =
        SchemaBuilder.record("Unknown")
            .namespace("elsewhere")
            .fields()
            .requiredString("x")
            .endRecord();
    final GenericRecord r = new GenericData.Record(other);
    r.put("x", "y");
    final byte[] bytes;
    try {
      bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), other).encode(r).array();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("unknown schema fingerprint");
  }

  @Test
  void decodesWithoutGeneratedClasses() {
    assertThat(DecodeTool.toJson(codec.encode(article())))
        .contains("\"id\": \"a-1\"")
        .contains("Allegri nel mirino");
  }

  /** What Avro's own single-object encoder writes for a record. */
  private static byte[] avroEncoded(final Article a) throws java.io.IOException {
    final java.nio.ByteBuffer b =
        new BinaryMessageEncoder<Article>(
                org.apache.avro.specific.SpecificData.getForClass(Article.class),
                Article.getClassSchema())
            .encode(a);
    final byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }

  @Test
  void encodesTheSameBytesAsAvrosMessageEncoder() throws Exception {
    final java.util.Random random = new java.util.Random(7);
    for (final int size : new int[] {0, 1, 100, 2047, 2048, 5000, 9000, 70_000, 2_000_000, 10}) {
      final StringBuilder body = new StringBuilder();
      while (body.length() < size) {
        body.append(random.nextBoolean() ? "Allegri è nel mirino della Roma. " : "niet ");
      }
      final Article a = Article.newBuilder(article()).setBody(body.toString()).build();
      assertThat(codec.encode(a)).as("body of %d chars", size).isEqualTo(avroEncoded(a));
      assertThat(codec.decode(codec.encode(a))).isEqualTo(a);
    }
  }

  @Test
  void aFailedEncodingLeavesNothingBehind() throws Exception {
    final Article broken = new Article(); // required fields null: the writer throws midway
    broken.setId("a-2");
    broken.setBody("x".repeat(3000));
    assertThatThrownBy(() -> codec.encode(broken)).isInstanceOf(RuntimeException.class);
    assertThat(codec.encode(article())).isEqualTo(avroEncoded(article()));
  }
}
