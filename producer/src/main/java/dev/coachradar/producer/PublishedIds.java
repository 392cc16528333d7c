package dev.coachradar.producer;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The article ids already on a topic, for {@code replay --resume}: every partition's keys read from
 * the beginning up to the end offset taken at the start, committed records only ({@code
 * read_committed}), with a plain consumer (no group, nothing committed). Values are not decoded.
 * Memory grows with the number of distinct ids (roughly 100 bytes each).
 */
final class PublishedIds {

  private static final Duration POLL = Duration.ofMillis(500);

  private PublishedIds() {}

  /** Assigns every partition of {@code topic} to {@code consumer}, at its beginning. */
  static List<TopicPartition> assignFromBeginning(
      final Consumer<?, ?> consumer, final String topic) {
    final List<TopicPartition> partitions =
        consumer.partitionsFor(topic).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    return partitions;
  }

  /** Reads the keys of {@code topic}; {@code producerConfig} gives the cluster and security. */
  static Set<String> scan(final Map<String, Object> producerConfig, final String topic) {
    final Map<String, Object> config =
        new HashMap<>(ArticlePublisher.clientConfig(producerConfig, ConsumerConfig.configNames()));
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "coach-radar-producer-resume");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    final Set<String> ids = new HashSet<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      final List<TopicPartition> partitions = assignFromBeginning(consumer, topic);
      final Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
      end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      while (!end.isEmpty()) {
        for (final ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          if (record.key() != null) {
            ids.add(record.key());
          }
        }
        end.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
      }
    }
    return ids;
  }
}
