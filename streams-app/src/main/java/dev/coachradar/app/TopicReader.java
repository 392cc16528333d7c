package dev.coachradar.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a whole topic from the beginning to its current end with {@code read_committed}, without a
 * consumer group: what the demo prints and what tests check.
 */
public final class TopicReader {
  private TopicReader() {}

  /** Every committed record of the topic, partition by partition in offset order. */
  public static <V> List<ConsumerRecord<String, V>> readAll(
      final String bootstrapServers,
      final String topic,
      final Deserializer<V> valueDeserializer,
      final Duration timeout) {
    return readAll(
        Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
        topic,
        valueDeserializer,
        timeout);
  }

  /** Same, on the cluster that {@code clientConfig} (connection and security settings) reaches. */
  public static <V> List<ConsumerRecord<String, V>> readAll(
      final Map<String, Object> clientConfig,
      final String topic,
      final Deserializer<V> valueDeserializer,
      final Duration timeout) {
    final Properties props = new Properties();
    props.putAll(clientConfig);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    final List<ConsumerRecord<String, V>> out = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), valueDeserializer)) {
      final List<TopicPartition> partitions = new ArrayList<>();
      for (final PartitionInfo p : consumer.partitionsFor(topic, timeout)) {
        partitions.add(new TopicPartition(topic, p.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      final Map<TopicPartition, Long> ends =
          new HashMap<>(consumer.endOffsets(partitions, timeout));
      final long deadline = System.nanoTime() + timeout.toNanos();
      while (!ends.isEmpty()) {
        ends.entrySet().removeIf(e -> consumer.position(e.getKey(), timeout) >= e.getValue());
        if (ends.isEmpty()) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end in " + timeout);
        }
        for (final ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * A compacted topic read as a table: the latest value of every key, tombstones removing keys,
   * sorted by key.
   */
  public static <V> java.util.SortedMap<String, V> table(
      final String bootstrapServers,
      final String topic,
      final Deserializer<V> valueDeserializer,
      final Duration timeout) {
    final java.util.SortedMap<String, V> table = new java.util.TreeMap<>();
    for (final ConsumerRecord<String, V> r :
        readAll(bootstrapServers, topic, valueDeserializer, timeout)) {
      if (r.value() == null) {
        table.remove(r.key());
      } else {
        table.put(r.key(), r.value());
      }
    }
    return table;
  }
}
