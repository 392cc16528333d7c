package dev.coachradar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.app.Components;
import dev.coachradar.app.ProcessingMonitor;
import dev.coachradar.app.Resetter;
import dev.coachradar.app.StreamsRunner;
import dev.coachradar.app.TopicReader;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.producer.ArticlePublisher;
import dev.coachradar.producer.PublishOptions;
import dev.coachradar.producer.PublishSummary;
import dev.coachradar.producer.generate.ArticleGenerator;
import dev.coachradar.producer.generate.GeneratorOptions;
import dev.coachradar.schema.Topics;
import dev.coachradar.topology.CoachRadarTopology;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * What the reliability tests share: a broker laid out for deterministic change sequences, the
 * generated corpus, publishing it, waiting until an application has caught up, and reading the
 * outputs a subscriber sees.
 */
public final class RadarFixture {
  private RadarFixture() {}

  /**
   * The part of the outputs a subscriber sees: the final coach.status table and every status change
   * as {@code partition/key/timestamp/causedBy/summary}, per partition in offset order.
   */
  public record Outputs(Map<String, CoachStatus> table, List<String> changes) {}

  /**
   * A one-node broker with one news.articles partition (a single extraction task, so the order of
   * signals per coach, and with it the change sequence, is the order of publication) and two
   * partitions for every other topic.
   */
  public static EmbeddedKafka startBroker(final Map<String, String> brokerConfig) throws Exception {
    final EmbeddedKafka kafka = EmbeddedKafka.start(brokerConfig);
    try (Admin admin = kafka.admin()) {
      admin
          .createTopics(
              List.of(
                  new NewTopic(Topics.ARTICLES.name(), 1, (short) 1)
                      .configs(Topics.ARTICLES.configs())))
          .all()
          .get();
    }
    kafka.createTopics(2);
    return kafka;
  }

  /** Application settings on this broker with their own id and state directory. */
  public static AppConfig config(
      final EmbeddedKafka kafka,
      final String applicationId,
      final Path stateDir,
      final Map<String, String> extra) {
    final Map<String, String> all = new HashMap<>(extra);
    all.put("bootstrap.servers", kafka.bootstrapServers());
    all.put("application.id", applicationId);
    all.put("state.dir", stateDir.toString());
    return AppConfig.defaults(all);
  }

  /** Writes {@code count} generated articles from {@code seed} as JSONL. */
  public static Path generate(final Path file, final long seed, final int count)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ArticleGenerator.writeJsonl(seed, GeneratorOptions.of(count), out);
    }
    return file;
  }

  /** Publishes a JSONL file with the project's producer and checks nothing was rejected. */
  public static PublishSummary publish(
      final String bootstrap, final Path corpus, final Path deadLetters) throws IOException {
    final Map<String, Object> config = new HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    final PublishSummary summary =
        ArticlePublisher.publish(
            config,
            corpus,
            PublishOptions.defaults().withDeadLetterFile(deadLetters),
            new PrintStream(OutputStream.nullOutputStream()));
    assertThat(summary.clean()).as(summary.toString()).isTrue();
    return summary;
  }

  /** Waits until application {@code app} has processed everything on its input topics. */
  public static void awaitCaughtUp(
      final EmbeddedKafka kafka, final String app, final Duration timeout) throws Exception {
    try (Admin admin = kafka.admin()) {
      new ProcessingMonitor(admin, app)
          .awaitCaughtUp(
              Set.of(Topics.ARTICLES.name()),
              Set.of(
                  Topics.SIGNALS.name(),
                  app + "-" + CoachRadarTopology.BENCH_REPARTITION + "-repartition"),
              Duration.ofMillis(300),
              timeout);
    }
  }

  /**
   * Runs the production topology in this JVM until it has processed everything on news.articles,
   * reads its outputs, then resets it so that the output topics are empty for the run under test.
   */
  public static Outputs cleanRunThenReset(final EmbeddedKafka kafka, final AppConfig clean)
      throws Exception {
    try (StreamsRunner runner = StreamsRunner.create(clean, Components.topology(clean))) {
      runner.start(Duration.ofSeconds(60));
      awaitCaughtUp(kafka, clean.applicationId(), Duration.ofMinutes(5));
    }
    final Outputs outputs = readOutputs(kafka.bootstrapServers());
    try (Admin admin = kafka.admin()) {
      final Resetter resetter = new Resetter(admin, clean);
      resetter.execute(resetter.plan());
    }
    assertThat(readOutputs(kafka.bootstrapServers()).changes()).isEmpty();
    return outputs;
  }

  /** The committed offset of {@code app} on news.articles partition 0 (0 before any commit). */
  public static long committedArticles(final Admin admin, final String app) throws Exception {
    final var offsets = admin.listConsumerGroupOffsets(app).partitionsToOffsetAndMetadata().get();
    final var committed =
        offsets.get(new org.apache.kafka.common.TopicPartition(Topics.ARTICLES.name(), 0));
    return committed == null ? 0 : committed.offset();
  }

  /** Reads coach.status and coach.status-changes with read_committed. */
  public static Outputs readOutputs(final String bootstrap) {
    final Map<String, CoachStatus> table =
        TopicReader.table(
            bootstrap,
            Topics.STATUS.name(),
            Topics.STATUS.valueSerde().deserializer(),
            Duration.ofSeconds(60));
    final List<ConsumerRecord<String, StatusChange>> records =
        new ArrayList<>(
            TopicReader.readAll(
                bootstrap,
                Topics.STATUS_CHANGES.name(),
                Topics.STATUS_CHANGES.valueSerde().deserializer(),
                Duration.ofSeconds(60)));
    // Order is defined per partition (per coach), not across partitions.
    records.sort(
        Comparator.comparingInt((ConsumerRecord<String, StatusChange> r) -> r.partition())
            .thenComparingLong(ConsumerRecord::offset));
    final List<String> changes = new ArrayList<>();
    for (final ConsumerRecord<String, StatusChange> r : records) {
      changes.add(
          r.partition()
              + "/"
              + r.key()
              + "/"
              + r.timestamp()
              + "/"
              + r.value().getCausedBy()
              + "/"
              + r.value().getSummary());
    }
    return new Outputs(table, changes);
  }
}
