package dev.coachradar.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exactly-once under SIGKILL: 20,000 generated articles processed once cleanly (in this JVM), then
 * again by {@code coach-radar run} in its own process, killed with {@code kill -9} three times at
 * seeded random points of its progress and restarted each time. The final coach.status and the
 * committed coach.status-changes (per partition, in order) must equal the clean run's.
 */
class CrashRecoveryIT {
  private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryIT.class);
  private static final long SEED = 20_251_122L;
  private static final int ARTICLES = 20_000;
  private static final int KILLS = 3;
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

  @RegisterExtension static final RadarBroker BROKER = new RadarBroker();

  @TempDir static Path dir;

  @Test
  void killedThreeTimesTheAppEndsWithTheCleanRunsStateAndChanges() throws Exception {
    final EmbeddedKafka kafka = BROKER.kafka();
    // configure
    final long t0 = System.nanoTime();
    final Path corpus = RadarFixture.generate(dir.resolve("articles.jsonl"), SEED, ARTICLES);
    final AppConfig clean =
        RadarFixture.config(kafka, "crash-clean", dir.resolve("clean-state"), Map.of());

    // produce
    RadarFixture.publish(kafka.bootstrapServers(), corpus, dir.resolve("rejected.jsonl"));

    // the clean run, then a reset that empties the outputs
    final long cleanStart = System.nanoTime();
    final RadarFixture.Outputs expected = RadarFixture.cleanRunThenReset(kafka, clean);
    final Duration cleanTime = Duration.ofNanos(System.nanoTime() - cleanStart);
    assertThat(expected.changes()).hasSizeGreaterThan(100);

    // the crashing run: its own process, killed at seeded random points of its progress
    final String app = "crash-killed";
    final Path config = dir.resolve("killed.properties");
    Files.writeString(
        config,
        String.join(
            "\n",
            "bootstrap.servers=" + kafka.bootstrapServers(),
            "application.id=" + app,
            "state.dir=" + dir.resolve("killed-state"),
            // A killed member leaves the group only when its session expires: keep that short.
            "session.timeout.ms=6000",
            "heartbeat.interval.ms=1000",
            ""));
    final List<Long> killAt = killPoints();
    final long crashStart = System.nanoTime();
    try (AppProcess process = AppProcess.run(config, dir.resolve("killed.log"));
        Admin admin = kafka.admin()) {
      for (final long offset : killAt) {
        process.start();
        await("committed offset " + offset)
            .atMost(RUN_TIMEOUT)
            .pollInterval(Duration.ofMillis(20))
            .until(() -> RadarFixture.committedArticles(admin, app) >= offset);
        process.kill();
        LOG.info(
            "kill -9 at committed offset {} (wanted {})",
            RadarFixture.committedArticles(admin, app),
            offset);
      }
      process.start();
      RadarFixture.awaitCaughtUp(kafka, app, RUN_TIMEOUT);
      process.stop();
    }
    final Duration crashTime = Duration.ofNanos(System.nanoTime() - crashStart);

    // verify
    final RadarFixture.Outputs actual = RadarFixture.readOutputs(kafka.bootstrapServers());
    assertThat(actual.table()).isEqualTo(expected.table());
    assertThat(actual.changes()).hasSameSizeAs(expected.changes());
    assertThat(actual.changes()).containsExactlyInAnyOrderElementsOf(expected.changes());
    assertThat(actual.changes()).containsExactlyElementsOf(expected.changes());
    LOG.info(
        "crash test: {} articles, {} coaches, {} status changes; {} kills at offsets {};"
            + " clean run {} s, killed run {} s, whole test {} s",
        ARTICLES,
        expected.table().size(),
        expected.changes().size(),
        KILLS,
        killAt,
        cleanTime.toSeconds(),
        crashTime.toSeconds(),
        Duration.ofNanos(System.nanoTime() - t0).toSeconds());
  }

  /** Three increasing offsets between 10% and 90% of the articles, from the seed. */
  private static List<Long> killPoints() {
    final SplittableRandom random = new SplittableRandom(SEED);
    final List<Long> points = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      final long low = ARTICLES / 10 + (long) i * ARTICLES * 8 / 10 / KILLS;
      final long high = low + ARTICLES * 8 / 10 / KILLS;
      points.add(random.nextLong(low, high));
    }
    return points;
  }
}
