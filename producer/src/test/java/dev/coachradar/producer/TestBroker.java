package dev.coachradar.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.Article;
import dev.coachradar.schema.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The in-process single-node KRaft cluster of an integration test class, started before its tests
 * and closed after them ({@code @RegisterExtension static final TestBroker BROKER = new
 * TestBroker();}), and reading a topic back.
 */
final class TestBroker implements BeforeAllCallback, AfterAllCallback {

  private KafkaClusterTestKit cluster;

  @Override
  public void beforeAll(final ExtensionContext context) throws Exception {
    cluster = start();
  }

  @Override
  public void afterAll(final ExtensionContext context) throws Exception {
    if (cluster != null) {
      cluster.close();
      cluster = null;
    }
  }

  /** The running cluster. */
  KafkaClusterTestKit cluster() {
    return cluster;
  }

  /** Formats and starts a combined broker/controller. */
  private static KafkaClusterTestKit start() throws Exception {
    final TestKitNodes nodes =
        new TestKitNodes.Builder(
                BootstrapMetadata.fromVersions(
                    MetadataVersion.latestProduction(), Map.of(), "test"))
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .build();
    final KafkaClusterTestKit cluster =
        new KafkaClusterTestKit.Builder(nodes)
            .setConfigProp("offsets.topic.replication.factor", "1")
            .setConfigProp("transaction.state.log.replication.factor", "1")
            .setConfigProp("transaction.state.log.min.isr", "1")
            .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    return cluster;
  }

  /**
   * Reads {@code topic} from the beginning until {@code expected} records arrived (30 s at most),
   * polls once more to catch any extra record, and checks the count; records of a partition stay in
   * offset order.
   */
  List<ConsumerRecord<String, Article>> consumeAll(final String topic, final int expected) {
    final Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            cluster.bootstrapServers(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest");
    final List<ConsumerRecord<String, Article>> records = new ArrayList<>();
    try (KafkaConsumer<String, Article> consumer =
        new KafkaConsumer<>(
            config,
            Topics.ARTICLES.keySerde().deserializer(),
            Topics.ARTICLES.valueSerde().deserializer())) {
      PublishedIds.assignFromBeginning(consumer, topic);
      final long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (records.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      // one more short poll: nothing beyond the expected records may be there
      consumer.poll(Duration.ofMillis(500)).forEach(records::add);
    }
    assertThat(records).as("records on %s", topic).hasSize(expected);
    return records;
  }
}
