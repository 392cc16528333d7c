package dev.coachradar.embedded;

import dev.coachradar.schema.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft broker (combined broker and controller) running in this JVM, for the
 * {@code demo} command and the integration tests. Not a mock: clients talk to it over TCP on
 * localhost.
 */
public final class EmbeddedKafka implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(final KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats and starts a one-node cluster and waits until the broker accepts requests. */
  public static EmbeddedKafka start() throws Exception {
    return start(Map.of());
  }

  /** Same, with extra broker settings. */
  public static EmbeddedKafka start(final Map<String, String> brokerConfig) throws Exception {
    final Map<String, Short> features = new HashMap<>();
    for (final Feature f : Feature.PRODUCTION_FEATURES) {
      if (f != Feature.KRAFT_VERSION) {
        features.put(f.featureName(), f.latestProduction());
      }
    }
    // The test kit's default bootstrap picks an unstable metadata version; use the production one.
    final BootstrapMetadata bootstrap =
        BootstrapMetadata.fromVersions(
            MetadataVersion.latestProduction(), features, "coach-radar-embedded");
    final TestKitNodes nodes =
        new TestKitNodes.Builder(bootstrap)
            .setCombined(true)
            .setNumBrokerNodes(1)
            .setNumControllerNodes(1)
            .build();
    final KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
    // One broker: internal topics cannot have more replicas than that, or consumers hang.
    builder.setConfigProp("offsets.topic.replication.factor", "1");
    builder.setConfigProp("offsets.topic.num.partitions", "3");
    builder.setConfigProp("transaction.state.log.replication.factor", "1");
    builder.setConfigProp("transaction.state.log.min.isr", "1");
    builder.setConfigProp("transaction.state.log.num.partitions", "3");
    builder.setConfigProp("group.initial.rebalance.delay.ms", "0");
    brokerConfig.forEach(builder::setConfigProp);
    final KafkaClusterTestKit cluster = builder.build();
    try {
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
    return new EmbeddedKafka(cluster);
  }

  /** Formats the storage; the test kit prints progress on stdout, which we keep for the log. */
  private static void formatQuietly(final KafkaClusterTestKit cluster) throws Exception {
    final PrintStream stdout = System.out;
    final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    synchronized (System.class) {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      try {
        cluster.format();
      } finally {
        System.setOut(stdout);
      }
    }
    LOG.debug("format: {}", captured.toString(StandardCharsets.UTF_8).strip());
  }

  /** host:port to give clients. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** An admin client on this broker; the caller closes it. */
  public Admin admin() {
    final Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return Admin.create(props);
  }

  /** Creates coach-radar's topics (see {@link Topics#ALL}) with the given partition count. */
  public void createTopics(final int partitions) throws InterruptedException, ExecutionException {
    try (Admin admin = admin()) {
      createTopics(admin, partitions, (short) 1);
    }
  }

  /** Creates every missing topic of {@link Topics#ALL}; existing ones are left as they are. */
  public static void createTopics(final Admin admin, final int partitions, final short replicas)
      throws InterruptedException, ExecutionException {
    final Set<String> existing = admin.listTopics().names().get();
    final List<NewTopic> missing = new ArrayList<>();
    for (final Topics.Topic<?> t : Topics.ALL) {
      if (!existing.contains(t.name())) {
        missing.add(new NewTopic(t.name(), partitions, replicas).configs(t.configs()));
      }
    }
    try {
      admin.createTopics(missing).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  /**
   * Stops the broker, as in an outage; the controller keeps running. {@link #startBroker} brings it
   * back on the same port with the same logs.
   */
  public void stopBroker() {
    for (final BrokerServer broker : cluster.brokers().values()) {
      broker.shutdown();
      broker.awaitShutdown();
    }
  }

  /** Starts the broker again after {@link #stopBroker} and waits until it accepts requests. */
  public void startBroker() throws ExecutionException, InterruptedException {
    for (final BrokerServer broker : cluster.brokers().values()) {
      broker.startup();
    }
    cluster.waitForReadyBrokers();
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
