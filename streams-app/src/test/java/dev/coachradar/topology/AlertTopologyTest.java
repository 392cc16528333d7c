package dev.coachradar.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.Alert;
import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.ChangeKind;
import dev.coachradar.config.AppConfig;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.schema.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alert matching in the topology: subscription in, change produced, alert out; tombstones. */
class AlertTopologyTest {

  @TempDir Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> articles;
  private TestInputTopic<String, AlertSubscription> subscriptions;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void setUp() {
    driver =
        new TopologyTestDriver(
            CoachRadarTopology.build(
                FakeModel.EXTRACTOR, FakeModel.FOLDER, ModelConfig.DEFAULTS, new ChangeDetector()),
            AppConfig.defaults(
                    Map.of(
                        "application.id", "alert-test",
                        "bootstrap.servers", "unused:9092",
                        "state.dir", stateDir.toString()))
                .streamsProperties());
    articles =
        driver.createInputTopic(
            Topics.ARTICLES.name(),
            new StringSerializer(),
            Topics.ARTICLES.valueSerde().serializer());
    subscriptions =
        driver.createInputTopic(
            Topics.ALERT_SUBSCRIPTIONS.name(),
            new StringSerializer(),
            Topics.ALERT_SUBSCRIPTIONS.valueSerde().serializer());
    alerts =
        driver.createOutputTopic(
            Topics.ALERTS.name(),
            new StringDeserializer(),
            Topics.ALERTS.valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void publish(final String id, final String day, final String body) {
    final Instant t = Instant.parse(day + "T10:00:00Z");
    articles.pipeInput(
        new TestRecord<>(
            id,
            Article.newBuilder()
                .setId(id)
                .setPublishedAt(t)
                .setTitle("t " + id)
                .setBody(body)
                .build(),
            t));
  }

  private void subscribe(
      final String id, final String coach, final String team, final List<ChangeKind> kinds) {
    subscriptions.pipeInput(
        id,
        AlertSubscription.newBuilder()
            .setId(id)
            .setCoach(coach)
            .setTeam(team)
            .setKinds(kinds)
            .setMinConfidence(0.5)
            .build());
  }

  @Test
  void emitsOneAlertPerMatchingSubscriptionKeyedBySubscription() {
    subscribe("s-allegri", "allegri", null, List.of());
    subscribe("s-roma", null, "roma", List.of(ChangeKind.DESTINATION));
    subscribe("s-milan-team", null, "milan", List.of(ChangeKind.TEAM));

    publish("a1", "2025-01-10", "allegri|roma|LINKED"); // destination roma (confidence 0.6)
    publish("a2", "2025-02-01", "ranieri|roma|COACHES"); // team change, not a destination
    publish("a3", "2025-03-01", "allegri|milan|AGREED"); // allegri now coaches milan

    final List<KeyValue<String, Alert>> out = alerts.readKeyValuesToList();
    assertThat(out)
        .extracting(kv -> kv.key + ":" + kv.value.getChange().getCausedBy().get(0))
        .containsExactlyInAnyOrder("s-allegri:a1", "s-roma:a1", "s-allegri:a3", "s-milan-team:a3");
    assertThat(out).allSatisfy(kv -> assertThat(kv.value.getSubscriptionId()).isEqualTo(kv.key));
    assertThat(out.get(0).value.getLine()).startsWith("2025-01-10  ").endsWith("[a1]");
  }

  @Test
  void aTombstoneRemovesTheSubscription() {
    subscribe("s1", "allegri", null, List.of());
    publish("a1", "2025-01-10", "allegri|roma|LINKED");
    assertThat(alerts.readKeyValuesToList()).hasSize(1);

    subscriptions.pipeInput("s1", (AlertSubscription) null);
    publish("a2", "2025-02-01", "allegri|milan|AGREED");

    assertThat(alerts.readKeyValuesToList()).isEmpty();
  }
}
