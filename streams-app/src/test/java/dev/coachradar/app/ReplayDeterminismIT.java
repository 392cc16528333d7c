package dev.coachradar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.producer.ArticlePublisher;
import dev.coachradar.producer.PublishOptions;
import dev.coachradar.producer.PublishSummary;
import dev.coachradar.schema.Topics;
import dev.coachradar.topology.CoachRadarTopology;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay, reset and replay again give identical outputs on a real broker: the same final
 * coach.status and the same sequence of status changes; publishing the same articles again changes
 * nothing.
 */
class ReplayDeterminismIT {
  private static final String APP = "determinism-it";
  private static EmbeddedKafka kafka;

  @TempDir static Path dir;

  @BeforeAll
  static void startBroker() throws Exception {
    kafka = EmbeddedKafka.start();
    try (Admin admin = kafka.admin()) {
      // One article partition: a single extraction task, so the order of signals per coach (and
      // with it the live change sequence) is the order of publication.
      admin
          .createTopics(
              List.of(
                  new NewTopic(Topics.ARTICLES.name(), 1, (short) 1)
                      .configs(Topics.ARTICLES.configs())))
          .all()
          .get();
    }
    kafka.createTopics(2);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    kafka.close();
  }

  @Test
  void replayResetReplayGivesIdenticalOutputs() throws Exception {
    final Path corpus = dir.resolve("articles.jsonl");
    Files.writeString(corpus, corpusText());
    final AppConfig cfg =
        AppConfig.defaults(
            Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "application.id", APP,
                "state.dir", dir.resolve("state").toString()));

    publish(corpus);
    final Outputs first = runToEnd(cfg);
    assertThat(first.changes()).isNotEmpty();

    publish(corpus); // the same articles again: deduplicated by the fold
    final Outputs again = runToEnd(cfg);
    assertThat(again).isEqualTo(first);

    try (Admin admin = kafka.admin()) {
      final Resetter resetter = new Resetter(admin, cfg);
      final Resetter.Plan plan = resetter.plan();
      assertThat(plan.internalTopics()).contains(APP + "-coach-history-changelog");
      resetter.execute(plan);
    }
    assertThat(readOutputs().changes()).isEmpty();

    final Outputs afterReset = runToEnd(cfg);
    assertThat(afterReset).isEqualTo(first);
  }

  @Test
  void resetRefusesWhileTheApplicationRuns() throws Exception {
    final AppConfig cfg =
        AppConfig.defaults(
            Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "application.id", "running-app",
                "state.dir", dir.resolve("state2").toString()));
    try (StreamsRunner runner = StreamsRunner.create(cfg, topology());
        Admin admin = kafka.admin()) {
      runner.start(Duration.ofSeconds(60));
      assertThatThrownBy(() -> new Resetter(admin, cfg).plan())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is running");
    }
  }

  /** Final table and change sequence, the parts a subscriber sees. */
  record Outputs(Map<String, CoachStatus> table, List<String> changes) {}

  private static Outputs runToEnd(final AppConfig cfg) throws Exception {
    try (StreamsRunner runner = StreamsRunner.create(cfg, topology())) {
      runner.start(Duration.ofSeconds(60));
      try (Admin admin = kafka.admin()) {
        new ProcessingMonitor(admin, APP)
            .awaitCaughtUp(
                Set.of(Topics.ARTICLES.name()),
                Set.of(
                    Topics.SIGNALS.name(),
                    APP + "-" + CoachRadarTopology.BENCH_REPARTITION + "-repartition"),
                Duration.ofMillis(300),
                Duration.ofSeconds(60));
      }
    }
    return readOutputs();
  }

  private static Outputs readOutputs() {
    final Map<String, CoachStatus> table = new LinkedHashMap<>();
    for (final ConsumerRecord<String, CoachStatus> r :
        TopicReader.readAll(
            kafka.bootstrapServers(),
            Topics.STATUS.name(),
            Topics.STATUS.valueSerde().deserializer(),
            Duration.ofSeconds(30))) {
      table.put(r.key(), r.value());
    }
    final List<String> changes = new ArrayList<>();
    final List<ConsumerRecord<String, StatusChange>> records =
        new ArrayList<>(
            TopicReader.readAll(
                kafka.bootstrapServers(),
                Topics.STATUS_CHANGES.name(),
                Topics.STATUS_CHANGES.valueSerde().deserializer(),
                Duration.ofSeconds(30)));
    // Order is defined per partition (per coach), not across partitions.
    records.sort(
        java.util.Comparator.comparingInt((ConsumerRecord<String, StatusChange> r) -> r.partition())
            .thenComparingLong(ConsumerRecord::offset));
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
    return new Outputs(new java.util.TreeMap<>(table), changes);
  }

  private static org.apache.kafka.streams.Topology topology() {
    return TestTopologies.standIn();
  }

  private static void publish(final Path corpus) throws Exception {
    final Map<String, Object> config = new java.util.HashMap<>();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    final PublishSummary summary =
        ArticlePublisher.publish(
            config,
            corpus,
            PublishOptions.defaults().withDeadLetterFile(dir.resolve("rejected.jsonl")),
            new PrintStream(OutputStream.nullOutputStream()));
    assertThat(summary.clean()).as(summary.toString()).isTrue();
  }

  private static String corpusText() {
    return TestTopologies.SAGA_JSONL;
  }
}
