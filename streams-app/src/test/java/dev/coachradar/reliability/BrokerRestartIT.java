package dev.coachradar.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coachradar.app.Components;
import dev.coachradar.app.StreamsRunner;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker goes down for a while in the middle of processing and comes back: the application
 * recovers by itself (no restart, never ERROR) and ends with the clean run's outputs.
 */
class BrokerRestartIT {
  private static final Logger LOG = LoggerFactory.getLogger(BrokerRestartIT.class);
  private static final int ARTICLES = 5_000;
  private static final Duration OUTAGE = Duration.ofSeconds(5);

  @RegisterExtension static final RadarBroker BROKER = new RadarBroker();

  @TempDir static Path dir;

  @Test
  void theAppRidesOutABrokerRestartAndEndsWithTheCleanRunsOutputs() throws Exception {
    final EmbeddedKafka kafka = BROKER.kafka();
    // configure
    final Path corpus = RadarFixture.generate(dir.resolve("articles.jsonl"), 4242L, ARTICLES);
    RadarFixture.publish(kafka.bootstrapServers(), corpus, dir.resolve("rejected.jsonl"));
    final RadarFixture.Outputs expected =
        RadarFixture.cleanRunThenReset(
            kafka, RadarFixture.config(kafka, "restart-clean", dir.resolve("clean"), Map.of()));
    final String app = "restart-it";
    final AppConfig cfg = RadarFixture.config(kafka, app, dir.resolve("state"), Map.of());

    try (StreamsRunner runner = StreamsRunner.create(cfg, Components.topology(cfg))) {
      runner.start(Duration.ofSeconds(60));

      // produce an outage a third of the way through
      try (Admin admin = kafka.admin()) {
        await("a third processed")
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> RadarFixture.committedArticles(admin, app) >= ARTICLES / 3);
      }
      final long down = System.nanoTime();
      kafka.stopBroker();
      Thread.sleep(OUTAGE.toMillis()); // the outage itself, not a synchronisation
      kafka.startBroker();
      LOG.info("broker down for {} ms", (System.nanoTime() - down) / 1_000_000);

      // verify: caught up without help, never failed
      RadarFixture.awaitCaughtUp(kafka, app, Duration.ofMinutes(3));
      assertThat(runner.hasFailed()).isFalse();
      assertThat(runner.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
    }
    final RadarFixture.Outputs actual = RadarFixture.readOutputs(kafka.bootstrapServers());
    assertThat(actual.table()).isEqualTo(expected.table());
    assertThat(actual.changes()).containsExactlyElementsOf(expected.changes());
  }
}
