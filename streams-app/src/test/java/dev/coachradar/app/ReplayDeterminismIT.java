package dev.coachradar.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coachradar.config.AppConfig;
import dev.coachradar.model.DefaultStatusFolder;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.reliability.RadarBroker;
import dev.coachradar.reliability.RadarFixture;
import dev.coachradar.reliability.RadarFixture.Outputs;
import dev.coachradar.topology.AvroMapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay, reset and replay again give identical outputs on a real broker: the same final
 * coach.status and the same sequence of status changes; publishing the same articles again changes
 * nothing.
 */
class ReplayDeterminismIT {
  private static final String APP = "determinism-it";
  @RegisterExtension static final RadarBroker BROKER = new RadarBroker();

  @TempDir static Path dir;

  @Test
  void replayResetReplayGivesIdenticalOutputs() throws Exception {
    final Path corpus = dir.resolve("articles.jsonl");
    Files.writeString(corpus, corpusText());
    final AppConfig cfg =
        AppConfig.defaults(
            Map.of(
                "bootstrap.servers", BROKER.kafka().bootstrapServers(),
                "application.id", APP,
                "state.dir", dir.resolve("state").toString()));

    publish(corpus);
    final Outputs first = runToEnd(cfg);
    assertThat(first.changes()).isNotEmpty();
    // Time travel reads the history store's changelog (one record per signal, deletes as
    // tombstones): folded now, each coach's history gives his live status.
    final DefaultStatusFolder folder = new DefaultStatusFolder(ModelConfig.DEFAULTS);
    first
        .table()
        .forEach(
            (coach, status) ->
                assertThat(
                        AvroMapping.toAvro(
                            folder.fold(coach, HistoryReader.read(cfg, coach), null)))
                    .as(coach)
                    .isEqualTo(status));

    publish(corpus); // the same articles again: deduplicated by the fold
    final Outputs again = runToEnd(cfg);
    assertThat(again).isEqualTo(first);

    try (Admin admin = BROKER.kafka().admin()) {
      final Resetter resetter = new Resetter(admin, cfg);
      final Resetter.Plan plan = resetter.plan();
      assertThat(plan.internalTopics()).contains(APP + "-coach-signal-history-changelog");
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
                "bootstrap.servers", BROKER.kafka().bootstrapServers(),
                "application.id", "running-app",
                "state.dir", dir.resolve("state2").toString()));
    try (StreamsRunner runner = StreamsRunner.create(cfg, topology());
        Admin admin = BROKER.kafka().admin()) {
      runner.start(Duration.ofSeconds(60));
      assertThatThrownBy(() -> new Resetter(admin, cfg).plan())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is running");
    }
  }

  private static Outputs runToEnd(final AppConfig cfg) throws Exception {
    try (StreamsRunner runner = StreamsRunner.create(cfg, topology())) {
      runner.start(Duration.ofSeconds(60));
      RadarFixture.awaitCaughtUp(BROKER.kafka(), APP, Duration.ofSeconds(60));
    }
    return readOutputs();
  }

  private static Outputs readOutputs() {
    return RadarFixture.readOutputs(BROKER.kafka().bootstrapServers());
  }

  private static org.apache.kafka.streams.Topology topology() {
    return TestTopologies.standIn();
  }

  private static void publish(final Path corpus) throws Exception {
    RadarFixture.publish(BROKER.kafka().bootstrapServers(), corpus, dir.resolve("rejected.jsonl"));
  }

  private static String corpusText() {
    return TestTopologies.SAGA_JSONL;
  }
}
