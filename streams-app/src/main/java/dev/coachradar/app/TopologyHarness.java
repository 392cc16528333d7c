package dev.coachradar.app;

import dev.coachradar.avro.Article;
import dev.coachradar.avro.CoachDestination;
import dev.coachradar.avro.CoachSignal;
import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.config.AppConfig;
import dev.coachradar.extract.Extractor;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.schema.Topics;
import dev.coachradar.topology.AvroMapping;
import dev.coachradar.topology.CoachRadarTopology;
import dev.coachradar.topology.HistoryKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Runs the real coach-radar topology in-process with {@link TopologyTestDriver}, without a broker:
 * what {@code eval} and offline queries use, so that they measure the same code that runs in
 * production rather than a re-implementation of it.
 */
public final class TopologyHarness implements AutoCloseable {
  private final TopologyTestDriver driver;
  private final StatusFolder folder;
  private final Path stateDir;
  private final TestInputTopic<String, Article> articles;
  private final TestOutputTopic<String, CoachSignalBatch> signals;
  private final TestOutputTopic<String, StatusChange> changes;
  private final TestOutputTopic<String, CoachDestination> destinations;
  private final TestOutputTopic<String, CoachStatus> statusTopic;

  /** Builds the topology around these components. */
  public TopologyHarness(
      final Extractor extractor,
      final StatusFolder folder,
      final ModelConfig config,
      final ChangeDetector detector) {
    this.folder = folder;
    try {
      this.stateDir = Files.createTempDirectory("coach-radar-harness-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    final Properties props =
        AppConfig.defaults(
                Map.of(
                    "application.id", "coach-radar-harness",
                    "bootstrap.servers", "in-process:9092",
                    "state.dir", stateDir.toString()))
            .streamsProperties();
    driver =
        new TopologyTestDriver(
            CoachRadarTopology.build(extractor, folder, config, detector), props);
    articles =
        driver.createInputTopic(
            Topics.ARTICLES.name(),
            new StringSerializer(),
            Topics.ARTICLES.valueSerde().serializer());
    signals =
        driver.createOutputTopic(
            Topics.SIGNALS.name(),
            new StringDeserializer(),
            Topics.SIGNALS.valueSerde().deserializer());
    changes =
        driver.createOutputTopic(
            Topics.STATUS_CHANGES.name(),
            new StringDeserializer(),
            Topics.STATUS_CHANGES.valueSerde().deserializer());
    destinations =
        driver.createOutputTopic(
            Topics.DESTINATION.name(),
            new StringDeserializer(),
            Topics.DESTINATION.valueSerde().deserializer());
    statusTopic =
        driver.createOutputTopic(
            Topics.STATUS.name(),
            new StringDeserializer(),
            Topics.STATUS.valueSerde().deserializer());
  }

  /** Orders articles as a replay publishes them: by published_at (undated first), then id. */
  public static final Comparator<Article> REPLAY_ORDER =
      Comparator.comparing(
              Article::getPublishedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(Article::getId);

  /** Publishes one article with its publication time as the record timestamp. */
  public void publish(final Article article) {
    articles.pipeInput(article.getId(), article, AvroMapping.eventMillis(article.getPublishedAt()));
  }

  /** Signals emitted since the last call, grouped by article id (in emission order). */
  public Map<String, List<Signal>> drainSignals() {
    final Map<String, List<Signal>> byArticle = new LinkedHashMap<>();
    for (final KeyValue<String, CoachSignalBatch> kv : signals.readKeyValuesToList()) {
      for (final CoachSignal s : kv.value.getSignals()) {
        byArticle
            .computeIfAbsent(kv.value.getArticleId(), k -> new ArrayList<>())
            .add(AvroMapping.toModel(s));
      }
    }
    return byArticle;
  }

  /** Status changes emitted since the last call, in emission order. */
  public List<StatusChange> drainChanges() {
    return changes.readValuesToList();
  }

  /** Coach states published on coach.status since the last call, in emission order. */
  public List<CoachStatus> drainStatuses() {
    return statusTopic.readValuesToList();
  }

  /** Likely-destination updates emitted since the last call, in emission order. */
  public List<CoachDestination> drainDestinations() {
    return destinations.readValuesToList();
  }

  /** A coach's current status in the coach-status store, or null if unknown. */
  public CoachStatus status(final String coach) {
    final KeyValueStore<String, CoachStatus> store =
        driver.getKeyValueStore(CoachRadarTopology.STATUS_STORE);
    return store.get(coach);
  }

  /** Every coach's current status, by coach id. */
  public Map<String, CoachStatus> statuses() {
    final KeyValueStore<String, CoachStatus> store =
        driver.getKeyValueStore(CoachRadarTopology.STATUS_STORE);
    final Map<String, CoachStatus> all = new LinkedHashMap<>();
    try (KeyValueIterator<String, CoachStatus> it = store.all()) {
      it.forEachRemaining(kv -> all.put(kv.key, kv.value));
    }
    return all;
  }

  /** A harness around the production components ({@link Components}) with default settings. */
  public static TopologyHarness production() {
    return production(Components.extractor());
  }

  /** The production harness around another extractor (one over a KB that forgets coaches). */
  public static TopologyHarness production(final Extractor extractor) {
    final ModelConfig config = Components.modelConfig(AppConfig.defaults(Map.of()));
    return new TopologyHarness(extractor, Components.folder(config), config, Components.detector());
  }

  /** Time travel: the coach's state as of {@code asOf}, folded from his retained history. */
  public CoachState asOf(final String coach, final Instant asOf) {
    final KeyValueStore<String, CoachSignal> store =
        driver.getKeyValueStore(CoachRadarTopology.HISTORY_STORE);
    return folder.fold(coach, HistoryKeys.read(store, coach), asOf);
  }

  @Override
  public void close() {
    driver.close();
    try (var files = Files.walk(stateDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary directory
    }
  }
}
