package dev.coachradar.app;

import dev.coachradar.config.AppConfig;
import dev.coachradar.schema.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;

/**
 * Prepares a reprocessing from the earliest offset: refuses while an instance runs, rewinds the
 * application's input offsets, deletes its internal topics and local state, and empties the output
 * topics by recreating them (compacted topics cannot be truncated with DeleteRecords), so the next
 * run writes the outputs anew, exactly as a first run would.
 */
public final class Resetter {

  /**
   * What a reset does (or would do, on a dry run).
   *
   * @param rewound input partitions whose committed offset goes back to the start
   * @param internalTopics internal topics deleted
   * @param outputTopics output topics emptied (deleted and recreated with the same settings)
   * @param localState local state directory deleted, or null if none
   */
  public record Plan(
      List<String> rewound,
      List<String> internalTopics,
      List<String> outputTopics,
      Path localState) {

    /** Readable lines. */
    public List<String> describe() {
      final List<String> lines = new ArrayList<>();
      lines.add(
          "rewind offsets to the start: "
              + (rewound.isEmpty() ? "(none committed)" : String.join(", ", rewound)));
      lines.add(
          "delete internal topics: "
              + (internalTopics.isEmpty() ? "(none)" : String.join(", ", internalTopics)));
      lines.add("empty output topics (delete and recreate): " + String.join(", ", outputTopics));
      lines.add("delete local state: " + (localState == null ? "(none)" : localState));
      return lines;
    }
  }

  private final Admin admin;
  private final AppConfig cfg;

  /** Works on the cluster the admin client talks to, for the application in {@code cfg}. */
  public Resetter(final Admin admin, final AppConfig cfg) {
    this.admin = admin;
    this.cfg = cfg;
  }

  /** The topics the application reads and must re-read from the start. */
  static final List<String> INPUTS = List.of(Topics.ARTICLES.name(), Topics.SIGNALS.name());

  /**
   * The topics it writes; coach.signals is both (it is rewritten on reprocessing). Alerts are
   * emitted again on reprocessing, so they are emptied too; alert.subscriptions is users' input and
   * is left alone.
   */
  static final List<Topics.Topic<?>> OUTPUTS =
      List.of(
          Topics.SIGNALS,
          Topics.STATUS,
          Topics.STATUS_CHANGES,
          Topics.DESTINATION,
          Topics.TEAM_BENCH,
          Topics.ALERTS,
          Topics.ARTICLES_DLQ);

  /** Works out what a reset would do; fails if an instance of the application is running. */
  public Plan plan() throws InterruptedException, ExecutionException {
    final String app = cfg.applicationId();
    refuseWhileRunning(app);
    final Set<String> topics = admin.listTopics().names().get();
    final List<String> internal =
        topics.stream()
            .filter(t -> t.startsWith(app + "-"))
            .filter(t -> t.endsWith("-changelog") || t.endsWith("-repartition"))
            .sorted()
            .toList();
    final List<String> rewound = new ArrayList<>();
    for (final TopicPartition tp : committed(app).keySet()) {
      if (INPUTS.contains(tp.topic())) {
        rewound.add(tp.toString());
      }
    }
    rewound.sort(Comparator.naturalOrder());
    final List<String> outputs =
        OUTPUTS.stream().map(Topics.Topic::name).filter(topics::contains).toList();
    final Path state = Path.of(cfg.get("state.dir", "state")).resolve(app);
    return new Plan(rewound, internal, outputs, Files.exists(state) ? state : null);
  }

  /** Carries the plan out. */
  public void execute(final Plan plan) throws InterruptedException, ExecutionException {
    final String app = cfg.applicationId();
    refuseWhileRunning(app);
    final Map<TopicPartition, OffsetAndMetadata> committed = committed(app);
    if (!committed.isEmpty()) {
      // Deleting the group's offsets makes the next run start from auto.offset.reset=earliest.
      admin.deleteConsumerGroupOffsets(app, committed.keySet()).all().get();
    }
    final List<String> toDelete = new ArrayList<>(plan.internalTopics());
    toDelete.addAll(plan.outputTopics());
    if (!toDelete.isEmpty()) {
      final Map<String, TopicDescription> shapes =
          admin.describeTopics(plan.outputTopics()).allTopicNames().get();
      admin.deleteTopics(toDelete).all().get();
      awaitGone(toDelete);
      final List<NewTopic> recreate = new ArrayList<>();
      for (final Topics.Topic<?> t : OUTPUTS) {
        final TopicDescription d = shapes.get(t.name());
        if (d != null) {
          recreate.add(
              new NewTopic(
                      t.name(),
                      d.partitions().size(),
                      (short) d.partitions().get(0).replicas().size())
                  .configs(t.configs()));
        }
      }
      admin.createTopics(recreate).all().get();
    }
    if (plan.localState() != null) {
      deleteRecursively(plan.localState());
    }
  }

  private void refuseWhileRunning(final String app)
      throws InterruptedException, ExecutionException {
    try {
      final ConsumerGroupDescription group =
          admin.describeConsumerGroups(List.of(app)).all().get().get(app);
      if (group != null && !group.members().isEmpty()) {
        throw new IllegalStateException(
            "application "
                + app
                + " is running ("
                + group.members().size()
                + " member(s), group state "
                + group.groupState()
                + "): stop every instance before a reset");
      }
      if (group != null && group.groupState() == GroupState.PREPARING_REBALANCE) {
        throw new IllegalStateException("application " + app + " is rebalancing: stop it first");
      }
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof GroupIdNotFoundException)) {
        throw e;
      }
    }
  }

  private Map<TopicPartition, OffsetAndMetadata> committed(final String app)
      throws InterruptedException, ExecutionException {
    final Map<TopicPartition, OffsetAndMetadata> all =
        admin.listConsumerGroupOffsets(app).partitionsToOffsetAndMetadata().get();
    return all == null ? new HashMap<>() : all;
  }

  private void awaitGone(final List<String> deleted)
      throws InterruptedException, ExecutionException {
    final long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      final Set<String> names = admin.listTopics().names().get();
      if (deleted.stream().noneMatch(names::contains)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("topics still present 60 s after deletion: " + deleted);
  }

  private static void deleteRecursively(final Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (final Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete local state " + dir + ": " + e.getMessage(), e);
    }
  }
}
