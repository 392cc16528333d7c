package dev.coachradar.schema;

import dev.coachradar.avro.Alert;
import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.CoachDestination;
import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.avro.TeamBench;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one registry of coach-radar's external topics: name, key and value serde, and the topic
 * settings they are created with. The producer, the topology, the commands and the tests all take
 * names and serdes from here.
 */
public final class Topics {

  /**
   * A topic with its typed serdes.
   *
   * @param name topic name
   * @param keySerde key serde (keys are plain UTF-8 ids)
   * @param valueSerde value serde
   * @param compacted whether the topic is a compacted table rather than an event log
   * @param <V> value type
   */
  public record Topic<V>(
      String name, Serde<String> keySerde, Serde<V> valueSerde, boolean compacted) {

    /**
     * Settings used when the topic is created. Event times are historical (articles from years
     * ago), so time-based retention would delete fresh records at once: logs are kept forever and
     * tables are compacted. Timestamps up to a year ahead are accepted (an article dated in the
     * future is the extractor's business, not a broker error).
     *
     * <p>A segment spans 30 days of record time ({@code segment.ms}, 7 days by default). The broker
     * measures a segment's age in record timestamps (the newest minus the first), so replaying two
     * years of news rolled a new segment per partition for every week of news: on the bench (10k
     * articles) about a fifth of the broker's request-handler samples were segment rolls (new
     * files, index mmaps, snapshot fsyncs). Live, where record time is wall time, a compacted table
     * is compacted up to a month behind instead of a week.
     */
    public Map<String, String> configs() {
      return Map.of(
          "cleanup.policy",
          compacted ? "compact" : "delete",
          "retention.ms",
          "-1",
          "message.timestamp.after.max.ms",
          String.valueOf(365L * 24 * 3600 * 1000),
          "segment.ms",
          String.valueOf(SEGMENT_MS));
    }
  }

  /** Record time spanned by a topic segment: 30 days (see {@link Topic#configs()}). */
  public static final long SEGMENT_MS = 30L * 24 * 3600 * 1000;

  /** Articles in (key = article id, timestamp = published_at). */
  public static final Topic<Article> ARTICLES = of("news.articles", Article.class, false);

  /** Records the topology could not read or extract, with the reason in the headers. */
  public static final Topic<byte[]> ARTICLES_DLQ =
      new Topic<>("news.articles.dlq", Serdes.String(), Serdes.ByteArray(), false);

  /**
   * Extracted signals, one record per (article, coach), keyed by coach id (also the fold's input
   * partitioning).
   */
  public static final Topic<CoachSignalBatch> SIGNALS =
      of("coach.signals", CoachSignalBatch.class, false);

  /** Every coach's current state; the changelog of the coach-status table. */
  public static final Topic<CoachStatus> STATUS = of("coach.status", CoachStatus.class, true);

  /** Real changes only, for alerts. */
  public static final Topic<StatusChange> STATUS_CHANGES =
      of("coach.status-changes", StatusChange.class, false);

  /** Latest likely destination per coach. */
  public static final Topic<CoachDestination> DESTINATION =
      of("coach.destination", CoachDestination.class, true);

  /** Current coach and candidates per team. */
  public static final Topic<TeamBench> TEAM_BENCH = of("team.bench", TeamBench.class, true);

  /**
   * Alert subscriptions, keyed by subscription id; a tombstone removes one. Read whole by every
   * instance (a global table), so that each matches its own changes against all of them.
   */
  public static final Topic<AlertSubscription> ALERT_SUBSCRIPTIONS =
      of("alert.subscriptions", AlertSubscription.class, true);

  /** Status changes that matched a subscription, keyed by subscription id. */
  public static final Topic<Alert> ALERTS = of("alerts", Alert.class, false);

  /** All topics the application needs to exist before it starts. */
  public static final List<Topic<?>> ALL =
      List.of(
          ARTICLES,
          ARTICLES_DLQ,
          SIGNALS,
          STATUS,
          STATUS_CHANGES,
          DESTINATION,
          TEAM_BENCH,
          ALERT_SUBSCRIPTIONS,
          ALERTS);

  private Topics() {}

  private static <V extends SpecificRecord> Topic<V> of(
      final String name, final Class<V> type, final boolean compacted) {
    return new Topic<>(name, Serdes.String(), AvroSerde.of(type), compacted);
  }
}
