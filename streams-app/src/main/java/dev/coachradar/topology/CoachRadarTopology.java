package dev.coachradar.topology;

import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.CoachSignal;
import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.extract.Extractor;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.schema.AvroSerde;
import dev.coachradar.schema.Topics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Builds the coach-radar topology: the one place that knows Kafka Streams.
 *
 * <pre>
 * news.articles -> extract-signals -> coach.signals -> fold-status -+-> coach.status
 *       (bad records -> news.articles.dlq)                         +-> coach.status-changes
 *                                                                  +-> coach.destination
 *                                                                  +-> bench-entries (by team) -> team-bench -> team.bench
 * coach.status-changes (in-stream) -> match-alerts (x alert.subscriptions, global) -> alerts
 * </pre>
 *
 * Every processor, store and internal topic has an explicit name (pinned by a test of {@link
 * Topology#describe()}), so the topology can change without orphaning state.
 */
public final class CoachRadarTopology {

  /**
   * Store of each coach's retained signals (the input of folding and of time travel), one record
   * per signal under a {@link HistoryKeys} key. Not "coach-history" any more: that store held one
   * record per coach (his whole history), so its changelog cannot be restored into this one.
   */
  public static final String HISTORY_STORE = "coach-signal-history";

  /** Store of each coach's current status: the coach.status table. */
  public static final String STATUS_STORE = "coach-status";

  /**
   * Store of each team's bench entries (the team.bench table), one record per (team, coach) under a
   * {@link BenchKeys} key. Not "team-bench-entries" any more: that store held one record per team
   * (its whole list), so its changelog cannot be restored into this one.
   */
  public static final String BENCH_STORE = "team-bench-coaches";

  /** Global store of alert subscriptions (the alert.subscriptions table, on every instance). */
  public static final String SUBSCRIPTIONS_STORE = "alert-subscriptions";

  /** Name of the internal repartition topic of bench entries (prefixed by the application id). */
  public static final String BENCH_REPARTITION = "bench-entries";

  private CoachRadarTopology() {}

  /**
   * Builds the topology around an extractor and a folder (both plain Java); {@code config} gives
   * the history retention and {@code detector} decides which updates are changes.
   */
  public static Topology build(
      final Extractor extractor,
      final StatusFolder folder,
      final ModelConfig config,
      final ChangeDetector detector) {
    final StreamsBuilder builder = new StreamsBuilder();

    // 1. Articles -> signals keyed by coach, published on coach.signals.
    final KStream<String, Article> articles =
        builder.stream(
            Topics.ARTICLES.name(),
            Consumed.with(Topics.ARTICLES.keySerde(), Topics.ARTICLES.valueSerde())
                .withName("articles-source"));
    articles
        .flatMap(
            (articleId, article) -> extract(extractor, articleId, article),
            Named.as("extract-signals"))
        .to(
            Topics.SIGNALS.name(),
            Produced.with(Topics.SIGNALS.keySerde(), Topics.SIGNALS.valueSerde())
                .withName("signals-sink"));

    // 2. Signals -> fold per coach, order-free. The status store and the coach.status sink share
    // one serde, so a new status is encoded once for both (see EncodeOnceSerde).
    final EncodeOnceSerde<CoachStatus> statusSerde =
        new EncodeOnceSerde<>(Topics.STATUS.valueSerde());
    builder.addStateStore(historyStore());
    builder.addStateStore(statusStore(statusSerde));
    final KStream<String, FoldOutput> folded =
        builder.stream(
                Topics.SIGNALS.name(),
                Consumed.with(Topics.SIGNALS.keySerde(), Topics.SIGNALS.valueSerde())
                    .withName("signals-source"))
            .process(
                () -> new FoldProcessor(folder, config, detector),
                Named.as("fold-status"),
                HISTORY_STORE,
                STATUS_STORE);

    // 3. Fold output -> the published tables and the change stream.
    folded
        .filter((coach, out) -> out.status() != null, Named.as("status-changed"))
        .mapValues(FoldOutput::status, Named.as("status-value"))
        .to(
            Topics.STATUS.name(),
            Produced.with(Topics.STATUS.keySerde(), statusSerde).withName("status-sink"));
    final KStream<String, StatusChange> changes =
        folded
            .filter((coach, out) -> out.change() != null, Named.as("real-changes"))
            .mapValues(FoldOutput::change, Named.as("change-value"));
    changes.to(
        Topics.STATUS_CHANGES.name(),
        Produced.with(Topics.STATUS_CHANGES.keySerde(), Topics.STATUS_CHANGES.valueSerde())
            .withName("status-changes-sink"));
    folded
        .filter((coach, out) -> out.destination() != null, Named.as("destination-changed"))
        .mapValues(FoldOutput::destination, Named.as("destination-value"))
        .to(
            Topics.DESTINATION.name(),
            Produced.with(Topics.DESTINATION.keySerde(), Topics.DESTINATION.valueSerde())
                .withName("destination-sink"));

    // 4. Bench entries re-keyed by team -> team.bench.
    builder.addStateStore(benchStore());
    folded
        .flatMap(
            (coach, out) -> {
              final List<KeyValue<String, BenchEntry>> entries = new ArrayList<>();
              for (final BenchEntry e : out.benchEntries()) {
                entries.add(KeyValue.pair(e.getTeam(), e));
              }
              return entries;
            },
            Named.as("bench-entries-by-team"))
        .repartition(
            Repartitioned.with(Serdes.String(), AvroSerde.of(BenchEntry.class))
                .withName(BENCH_REPARTITION))
        .process(BenchProcessor::new, Named.as("team-bench"), BENCH_STORE)
        .to(
            Topics.TEAM_BENCH.name(),
            Produced.with(Topics.TEAM_BENCH.keySerde(), Topics.TEAM_BENCH.valueSerde())
                .withName("team-bench-sink"));

    // 5. Changes matched against every subscription (a global table: all of them on every
    // instance) -> one alert per match, keyed by subscription id.
    builder.globalTable(
        Topics.ALERT_SUBSCRIPTIONS.name(),
        Consumed.with(
                Topics.ALERT_SUBSCRIPTIONS.keySerde(), Topics.ALERT_SUBSCRIPTIONS.valueSerde())
            .withName("subscriptions"),
        Materialized.<String, AlertSubscription, KeyValueStore<Bytes, byte[]>>as(
                SUBSCRIPTIONS_STORE)
            .withKeySerde(Topics.ALERT_SUBSCRIPTIONS.keySerde())
            .withValueSerde(Topics.ALERT_SUBSCRIPTIONS.valueSerde()));
    changes
        .process(AlertProcessor::new, Named.as("match-alerts"))
        .to(
            Topics.ALERTS.name(),
            Produced.with(Topics.ALERTS.keySerde(), Topics.ALERTS.valueSerde())
                .withName("alerts-sink"));

    return builder.build();
  }

  private static List<KeyValue<String, CoachSignalBatch>> extract(
      final Extractor extractor, final String key, final Article article) {
    final String id = article.getId() == null || article.getId().isBlank() ? key : article.getId();
    if (id == null || id.isBlank()) {
      throw new InvalidArticleException("(none)", "no article id in key or value");
    }
    if (article.getBody().isBlank() && article.getTitle().isBlank()) {
      throw new InvalidArticleException(id, "empty article: no title and no body");
    }
    final NewsArticle model = AvroMapping.toModel(article);
    final Map<String, List<CoachSignal>> byCoach = new LinkedHashMap<>();
    for (final Signal signal : extractor.extract(model)) {
      byCoach
          .computeIfAbsent(signal.coachId(), c -> new ArrayList<>())
          .add(AvroMapping.toAvro(signal));
    }
    final List<KeyValue<String, CoachSignalBatch>> out = new ArrayList<>(byCoach.size());
    byCoach.forEach(
        (coach, signals) ->
            out.add(
                KeyValue.pair(
                    coach, new CoachSignalBatch(coach, id, article.getPublishedAt(), signals))));
    return out;
  }

  /**
   * One record per retained signal (see {@link HistoryKeys}): a batch writes the signals it adds
   * and deletes those retention drops, a few hundred bytes, instead of the coach's whole history.
   * Not cached: each key is written about once (added, later dropped), so a cache would only copy.
   */
  private static StoreBuilder<KeyValueStore<String, CoachSignal>> historyStore() {
    return Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(HISTORY_STORE),
        Serdes.String(),
        AvroSerde.of(CoachSignal.class));
  }

  /**
   * Cached (statestore.cache.max.bytes): a busy coach's status, rewritten on every change, reaches
   * RocksDB and its changelog once per commit instead of once per change.
   */
  private static StoreBuilder<KeyValueStore<String, CoachStatus>> statusStore(
      final Serde<CoachStatus> serde) {
    return Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(STATUS_STORE), Serdes.String(), serde)
        .withCachingEnabled();
  }

  /**
   * One record per (team, coach) (see {@link BenchKeys}): an entry encodes and writes only its own
   * record. Cached, like the status store: a coach's entry on a busy team, rewritten as his score
   * moves, reaches RocksDB and its changelog once per commit.
   */
  static StoreBuilder<KeyValueStore<String, BenchEntry>> benchStore() {
    return Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(BENCH_STORE),
            Serdes.String(),
            AvroSerde.of(BenchEntry.class))
        .withCachingEnabled();
  }
}
