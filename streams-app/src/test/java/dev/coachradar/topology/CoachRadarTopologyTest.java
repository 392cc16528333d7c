package dev.coachradar.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.Article;
import dev.coachradar.avro.ChangeKind;
import dev.coachradar.avro.CoachDestination;
import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.Employment;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.avro.TeamBench;
import dev.coachradar.config.AppConfig;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.schema.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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

/** The topology's plumbing, driven with explicit event timestamps and a stand-in model. */
class CoachRadarTopologyTest {

  @TempDir Path stateDir;

  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> articles;
  private TestInputTopic<String, byte[]> rawArticles;
  private TestOutputTopic<String, CoachSignalBatch> signals;
  private TestOutputTopic<String, CoachStatus> status;
  private TestOutputTopic<String, StatusChange> changes;
  private TestOutputTopic<String, CoachDestination> destinations;
  private TestOutputTopic<String, TeamBench> benches;

  @BeforeEach
  void setUp() {
    final Properties props =
        AppConfig.defaults(
                Map.of(
                    "application.id", "topology-test",
                    "bootstrap.servers", "unused:9092",
                    "state.dir", stateDir.toString()))
            .streamsProperties();
    driver =
        new TopologyTestDriver(
            CoachRadarTopology.build(
                FakeModel.EXTRACTOR, FakeModel.FOLDER, ModelConfig.DEFAULTS, new ChangeDetector()),
            props);
    articles =
        driver.createInputTopic(
            Topics.ARTICLES.name(),
            new StringSerializer(),
            Topics.ARTICLES.valueSerde().serializer());
    rawArticles =
        driver.createInputTopic(
            Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
    signals = output(Topics.SIGNALS);
    status = output(Topics.STATUS);
    changes = output(Topics.STATUS_CHANGES);
    destinations = output(Topics.DESTINATION);
    benches = output(Topics.TEAM_BENCH);
  }

  private <V> TestOutputTopic<String, V> output(final Topics.Topic<V> topic) {
    return driver.createOutputTopic(
        topic.name(), new StringDeserializer(), topic.valueSerde().deserializer());
  }

  @AfterEach
  void tearDown() {
    driver.close();
  }

  private void publish(final String id, final String day, final String body) {
    publish(id, day, "t " + id, body);
  }

  private void publish(final String id, final String day, final String title, final String body) {
    final Instant t = Instant.parse(day + "T10:00:00Z");
    articles.pipeInput(
        new TestRecord<>(
            id,
            Article.newBuilder().setId(id).setPublishedAt(t).setTitle(title).setBody(body).build(),
            t));
  }

  @Test
  void signalsAreKeyedByCoachAndCarryTheArticleTime() {
    publish("a1", "2025-01-10", "allegri|roma|LINKED\nranieri|roma|COACHES");

    final List<KeyValue<String, CoachSignalBatch>> out = signals.readKeyValuesToList();
    assertThat(out).extracting(kv -> kv.key).containsExactly("allegri", "ranieri");
    assertThat(out.get(0).value.getArticleId()).isEqualTo("a1");
    assertThat(out.get(0).value.getPublishedAt()).isEqualTo(Instant.parse("2025-01-10T10:00:00Z"));
    assertThat(out.get(0).value.getSignals().get(0).getTeam()).isEqualTo("roma");
  }

  @Test
  void foldsIntoStatusAndPublishesDestinationAndBench() {
    publish("a1", "2025-01-10", "allegri|roma|LINKED");

    final CoachStatus s = status.readKeyValuesToMap().get("allegri");
    assertThat(s.getEmployment()).isEqualTo(Employment.FREE);
    assertThat(s.getLikelyDestination()).isEqualTo("roma");
    assertThat(destinations.readKeyValuesToMap().get("allegri").getLikelyDestination())
        .isEqualTo("roma");
    final TeamBench roma = benches.readKeyValuesToMap().get("roma");
    assertThat(roma.getCandidates()).extracting(c -> c.getCoach()).containsExactly("allegri");
    assertThat(roma.getCurrentCoach()).isNull();
  }

  @Test
  void emitsOnlyRealChangesWithTheirCause() {
    publish("a1", "2025-01-10", "allegri|roma|LINKED");
    publish("a2", "2025-01-11", "allegri|roma|LINKED"); // same stance: no change
    publish("a3", "2025-02-01", "allegri|milan|AGREED");

    final List<StatusChange> out = changes.readValuesToList();
    assertThat(out).hasSize(2);
    assertThat(out.get(1).getKinds()).contains(ChangeKind.EMPLOYMENT, ChangeKind.TEAM);
    assertThat(out.get(1).getCausedBy()).containsExactly("a3");
    assertThat(out.get(1).getAfter().getCurrentTeam()).isEqualTo("milan");
    assertThat(out.get(1).getEventTime()).isEqualTo(Instant.parse("2025-02-01T10:00:00Z"));
  }

  @Test
  void oneArticleCausesAtMostOneChangePerCoach() {
    publish("a1", "2024-12-01", "allegri|juventus|LEFT\nallegri|west-ham|LINKED");

    final List<StatusChange> out = changes.readValuesToList();
    assertThat(out).hasSize(1);
    assertThat(out.get(0).getAfter().getLikelyDestination()).isEqualTo("west-ham");
  }

  @Test
  void aReplayedArticleChangesNothing() {
    publish("a1", "2025-01-10", "allegri|roma|LINKED");
    changes.readValuesToList();
    status.readValuesToList();

    publish("a1", "2025-01-10", "allegri|roma|LINKED");

    assertThat(changes.isEmpty()).isTrue();
    assertThat(status.isEmpty()).isTrue();
  }

  @Test
  void aLateArticleIsFlaggedAsCorrectingThePast() {
    publish("a2", "2025-03-01", "allegri|roma|LINKED");
    publish("a1", "2025-01-01", "allegri|juventus|COACHES");

    final List<StatusChange> out = changes.readValuesToList();
    assertThat(out).hasSize(2);
    assertThat(out.get(1).getLate()).isTrue();
    assertThat(out.get(1).getEventTime()).isEqualTo(Instant.parse("2025-01-01T10:00:00Z"));
  }

  @Test
  void benchFollowsTheCoachWhenHeMoves() {
    publish("a1", "2025-01-10", "allegri|juventus|COACHES");
    publish("a2", "2025-06-10", "allegri|milan|AGREED");

    final Map<String, TeamBench> latest = benches.readKeyValuesToMap();
    assertThat(latest.get("milan").getCurrentCoach()).isEqualTo("allegri");
    assertThat(latest.get("juventus").getCurrentCoach()).isNull();
  }

  @Test
  void undecodableBytesDoNotStopProcessing() {
    // TopologyTestDriver does not route deserialization failures to the dead-letter topic; the
    // integration test on a real broker checks that they land there with the reason.
    rawArticles.pipeInput("bad-1", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, 1000L);
    publish("a1", "2025-01-10", "allegri|roma|LINKED");

    assertThat(status.readKeyValuesToMap()).containsKey("allegri");
  }

  @Test
  void emptyArticlesAndExtractorFailuresGoToTheDeadLetterTopic() {
    publish("empty", "2025-01-10", "", " ");
    publish("boom", "2025-01-11", "BOOM");
    publish("a1", "2025-01-12", "allegri|roma|LINKED");

    final TestOutputTopic<String, byte[]> dlq =
        driver.createOutputTopic(
            Topics.ARTICLES_DLQ.name(),
            new StringDeserializer(),
            new org.apache.kafka.common.serialization.ByteArrayDeserializer());
    final List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
    assertThat(dead).extracting(TestRecord::key).containsExactly("empty", "boom");
    assertThat(new String(dead.get(0).headers().lastHeader("__streams.errors.message").value()))
        .contains("empty article");
    assertThat(status.readKeyValuesToMap()).containsKey("allegri");
  }
}
