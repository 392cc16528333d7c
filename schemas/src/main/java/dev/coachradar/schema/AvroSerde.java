package dev.coachradar.schema;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde over {@link AvroCodec}: single-object encoding, no schema registry.
 *
 * <p>A registry-backed serde can replace it behind the same {@link Serde} interface. Null values
 * (tombstones) pass through as null.
 */
public final class AvroSerde<T extends SpecificRecord>
    implements Serde<T>, Serializer<T>, Deserializer<T> {

  private final AvroCodec<T> codec;

  private AvroSerde(final AvroCodec<T> codec) {
    this.codec = codec;
  }

  /** A serde for a generated record class. */
  public static <T extends SpecificRecord> AvroSerde<T> of(final Class<T> type) {
    return new AvroSerde<>(AvroCodec.of(type));
  }

  /** The codec underneath. */
  public AvroCodec<T> codec() {
    return codec;
  }

  @Override
  public byte[] serialize(final String topic, final T data) {
    return data == null ? null : codec.encode(data);
  }

  @Override
  public T deserialize(final String topic, final byte[] data) {
    if (data == null) {
      return null;
    }
    try {
      return codec.decode(data);
    } catch (InvalidRecordException e) {
      throw new SerializationException(
          "topic " + topic + ": " + e.getMessage(), e.getCause() == null ? e : e.getCause());
    }
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public void configure(final java.util.Map<String, ?> configs, final boolean isKey) {}

  @Override
  public void close() {}
}
