package dev.coachradar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.coachradar.app.TopicReader;
import dev.coachradar.avro.Alert;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.schema.Topics;
import dev.coachradar.serve.ServeFixtures;
import dev.coachradar.serve.ServedStreams;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.CloseOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Alerts reach a subscriber exactly once: subscriptions made with {@code subscribe}, articles
 * published across a restart of the application, every matching change alerted once (checked on the
 * topic with read_committed and in {@code watch}'s output).
 */
class AlertsIT {
  private static final String APP = "alerts-it";
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

  private static String run(final Object command, final String... args) {
    final StringWriter out = new StringWriter();
    final CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    assertThat(cl.execute(args)).as(String.join(" ", args)).isZero();
    return out.toString();
  }

  private ServedStreams instance() throws Exception {
    return ServeFixtures.instance(kafka, APP, stateDir, -1);
  }

  @Test
  void everyMatchingChangeIsAlertedExactlyOnce() throws Exception {
    // configure: two subscriptions, one removed again; a watcher from the beginning
    final String bs = kafka.bootstrapServers();
    assertThat(
            run(
                new SubscribeCommand(),
                "--bootstrap-server",
                bs,
                "--coach",
                "allegri",
                "--id",
                "s-allegri"))
        .isEqualTo("s-allegri" + System.lineSeparator());
    run(
        new SubscribeCommand(),
        "--bootstrap-server",
        bs,
        "--team",
        "roma",
        "--kinds",
        "TEAM",
        "--id",
        "s-roma");
    run(new SubscribeCommand(), "--bootstrap-server", bs, "--coach", "sarri", "--id", "s-gone");
    run(new SubscribeCommand(), "--bootstrap-server", bs, "--remove", "s-gone");
    assertThat(run(new SubscribeCommand(), "--bootstrap-server", bs, "--list"))
        .contains("s-allegri", "s-roma")
        .doesNotContain("s-gone");

    final WatchCommand watch = new WatchCommand();
    final StringWriter watched = new StringWriter();
    final CommandLine watchCl = new CommandLine(watch);
    watchCl.setOut(new PrintWriter(watched, true));
    final CompletableFuture<Integer> watching =
        CompletableFuture.supplyAsync(
            () ->
                watchCl.execute(
                    "--bootstrap-server", bs, "--from-beginning", "--coach", "allegri"));

    // produce, with a restart of the application in the middle
    try (ServedStreams app = instance()) {
      ServeFixtures.publish(
          kafka,
          new String[] {"a1", "2025-01-10", "allegri|roma|LINKED"},
          new String[] {"a2", "2025-02-01", "allegri|juventus|COACHES"},
          new String[] {"a3", "2025-02-02", "sarri|lazio|COACHES"});
      ServeFixtures.awaitProcessed(kafka, APP);
      // Leave the group, so that the restarted instance need not wait for this one to expire.
      app.runner()
          .streams()
          .close(
              CloseOptions.groupMembershipOperation(
                      CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                  .withTimeout(Duration.ofSeconds(30)));
    }
    try (ServedStreams app = instance()) {
      ServeFixtures.publish(
          kafka,
          new String[] {"a4", "2025-03-01", "allegri|juventus|SACKED"},
          new String[] {"a2", "2025-02-01", "allegri|juventus|COACHES"}, // replayed: no change
          new String[] {"a5", "2025-04-01", "ranieri|roma|COACHES\nallegri|milan|COACHES"});
      ServeFixtures.awaitProcessed(kafka, APP);
    }

    // verify: one alert per matching change, none twice
    final List<StatusChange> allegriChanges =
        TopicReader.readAll(
                bs,
                Topics.STATUS_CHANGES.name(),
                Topics.STATUS_CHANGES.valueSerde().deserializer(),
                Duration.ofSeconds(30))
            .stream()
            .map(ConsumerRecord::value)
            .filter(c -> c.getCoach().equals("allegri"))
            .toList();
    assertThat(allegriChanges).hasSizeGreaterThanOrEqualTo(3);
    final List<ConsumerRecord<String, Alert>> alerts =
        TopicReader.readAll(
            bs,
            Topics.ALERTS.name(),
            Topics.ALERTS.valueSerde().deserializer(),
            Duration.ofSeconds(30));
    final List<String> allegriCauses =
        alerts.stream()
            .filter(r -> r.key().equals("s-allegri"))
            .map(r -> String.join("+", r.value().getChange().getCausedBy()))
            .toList();
    assertThat(allegriCauses)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            allegriChanges.stream().map(c -> String.join("+", c.getCausedBy())).toList());
    final List<String> romaAlerts =
        alerts.stream()
            .filter(r -> r.key().equals("s-roma"))
            .map(r -> r.value().getChange().getCoach() + "@" + r.value().getChange().getCausedBy())
            .toList();
    assertThat(romaAlerts).doesNotHaveDuplicates().contains("ranieri@[a5]");
    assertThat(alerts).noneMatch(r -> r.key().equals("s-gone"));

    // the watcher printed each of allegri's alerts once
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> lines(watched, "[s-allegri]") == allegriCauses.size());
    watch.stop();
    assertThat(watching.get()).isZero();
    assertThat(lines(watched, "[s-allegri]")).isEqualTo(allegriCauses.size());
    assertThat(watched.toString()).doesNotContain("ranieri");
  }

  private static long lines(final StringWriter out, final String prefix) {
    return Arrays.stream(out.toString().split("\\R")).filter(l -> l.startsWith(prefix)).count();
  }
}
