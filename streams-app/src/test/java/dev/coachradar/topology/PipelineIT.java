package dev.coachradar.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.app.ProcessingMonitor;
import dev.coachradar.app.StreamsRunner;
import dev.coachradar.app.TopicReader;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on a real in-process KRaft broker with exactly-once: producer -> topology ->
 * coach.status-changes read with read_committed, and a poison pill in the dead-letter topic.
 */
class PipelineIT {
  private static EmbeddedKafka kafka;

  @TempDir Path stateDir;

  @BeforeAll
  static void startBroker() throws Exception {
    kafka = EmbeddedKafka.start();
    kafka.createTopics(2);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    kafka.close();
  }

  @Test
  void articlesBecomeCommittedStatusChangesAndPoisonPillsGoToTheDeadLetterTopic() throws Exception {
    // configure
    final AppConfig cfg =
        AppConfig.defaults(
            Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "application.id", "pipeline-it",
                "state.dir", stateDir.toString()));
    try (StreamsRunner runner =
        StreamsRunner.create(
            cfg,
            CoachRadarTopology.build(
                FakeModel.EXTRACTOR,
                FakeModel.FOLDER,
                dev.coachradar.model.ModelConfig.DEFAULTS,
                new dev.coachradar.model.ChangeDetector()))) {
      runner.start(Duration.ofSeconds(60));

      // produce
      final Properties props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      try (KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
        send(producer, "a1", "2024-12-01", "allegri|juventus|LEFT\nallegri|west-ham|LINKED");
        send(producer, "a2", "2025-02-01", "allegri|roma|LINKED");
        producer.send(
            new ProducerRecord<>(
                Topics.ARTICLES.name(),
                null,
                1_000L,
                "poison",
                "not avro at all".getBytes(StandardCharsets.UTF_8)));
        send(producer, "a3", "2025-05-30", "allegri|milan|AGREED");
        producer.flush();
      }

      try (Admin admin = kafka.admin()) {
        new ProcessingMonitor(admin, "pipeline-it")
            .awaitCaughtUp(
                Set.of(Topics.ARTICLES.name()),
                Set.of(
                    Topics.SIGNALS.name(),
                    "pipeline-it-" + CoachRadarTopology.BENCH_REPARTITION + "-repartition"),
                Duration.ofMillis(300),
                Duration.ofSeconds(60));
      }
    }

    // verify
    final List<ConsumerRecord<String, StatusChange>> changes =
        TopicReader.readAll(
            kafka.bootstrapServers(),
            Topics.STATUS_CHANGES.name(),
            Topics.STATUS_CHANGES.valueSerde().deserializer(),
            Duration.ofSeconds(30));
    assertThat(changes)
        .extracting(r -> r.value().getCausedBy().get(0))
        .containsExactly("a1", "a2", "a3");
    assertThat(changes.get(2).value().getAfter().getCurrentTeam()).isEqualTo("milan");
    assertThat(changes.get(2).timestamp())
        .isEqualTo(Instant.parse("2025-05-30T10:00:00Z").toEpochMilli());

    final List<ConsumerRecord<String, byte[]>> dead =
        TopicReader.readAll(
            kafka.bootstrapServers(),
            Topics.ARTICLES_DLQ.name(),
            new ByteArrayDeserializer(),
            Duration.ofSeconds(30));
    assertThat(dead).extracting(ConsumerRecord::key).containsExactly("poison");
    assertThat(
            new String(
                dead.get(0).headers().lastHeader("__streams.errors.message").value(),
                StandardCharsets.UTF_8))
        .contains("not an Avro single-object record");
  }

  private static void send(
      final KafkaProducer<String, byte[]> producer,
      final String id,
      final String day,
      final String body) {
    final Instant t = Instant.parse(day + "T10:00:00Z");
    final Article a =
        Article.newBuilder().setId(id).setPublishedAt(t).setTitle(id).setBody(body).build();
    producer.send(
        new ProducerRecord<>(
            Topics.ARTICLES.name(),
            null,
            t.toEpochMilli(),
            id,
            Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), a)));
  }
}
