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
}
