package dev.coachradar.app;

import dev.coachradar.avro.CoachSignal;
import dev.coachradar.config.AppConfig;
import dev.coachradar.model.Signal;
import dev.coachradar.schema.AvroSerde;
import dev.coachradar.topology.AvroMapping;
import dev.coachradar.topology.CoachRadarTopology;
import dev.coachradar.topology.HistoryKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.utils.Utils;

/**
 * Reads one coach's retained signals from the history store's changelog topic, scanning only the
 * partition that holds his key: the store keeps one record per signal (see {@link HistoryKeys}), so
 * the coach's history is the last value of each of his keys, deleted ones (tombstones) left out, in
 * canonical order. Used for time travel from outside the application.
 */
public final class HistoryReader {
  private HistoryReader() {}

  /** The coach's latest retained history; empty when the coach is unknown. */
  public static List<Signal> read(final AppConfig cfg, final String coach) {
    final String topic =
        cfg.applicationId() + "-" + CoachRadarTopology.HISTORY_STORE + "-changelog";
    final Properties props = new Properties();
    props.putAll(cfg.clientProperties()); // bootstrap servers and security settings
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    final AvroSerde<CoachSignal> serde = AvroSerde.of(CoachSignal.class);
    // Partitioned like coach.signals (by coach id): the task of his partition writes his keys.
    final byte[] key = coach.getBytes(StandardCharsets.UTF_8);
    final Map<String, byte[]> latest = new LinkedHashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      final int partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).size();
      if (partitions == 0) {
        throw new IllegalStateException("no changelog topic " + topic + ": is the app running?");
      }
      final TopicPartition tp =
          new TopicPartition(topic, Utils.toPositive(Utils.murmur2(key)) % partitions);
      consumer.assign(List.of(tp));
      consumer.seekToBeginning(List.of(tp));
      final long end = consumer.endOffsets(List.of(tp)).get(tp);
      final long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (consumer.position(tp) < end && System.nanoTime() < deadline) {
        for (final ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          if (HistoryKeys.belongsTo(r.key(), coach)) {
            final String k = new String(r.key(), StandardCharsets.UTF_8);
            if (r.value() == null) {
              latest.remove(k);
            } else {
              latest.put(k, r.value());
            }
          }
        }
      }
    }
    final List<Signal> out = new ArrayList<>(latest.size());
    latest.values().forEach(v -> out.add(AvroMapping.toModel(serde.deserialize(topic, v))));
    out.sort(Signal.CANONICAL);
    return out;
  }
}
