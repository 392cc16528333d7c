package dev.coachradar.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when the application has processed everything written so far: its committed offsets have
 * reached the end of every input topic and stayed there.
 *
 * <p>Topics written transactionally end with a commit marker the consumer never commits past, so
 * for those one offset short of the end counts as caught up. Topics written by plain producers must
 * be consumed to the end exactly.
 */
public final class ProcessingMonitor {
  private final Admin admin;
  private final String groupId;

  /** Watches the consumer group {@code groupId} (the application id). */
  public ProcessingMonitor(final Admin admin, final String groupId) {
    this.admin = admin;
    this.groupId = groupId;
  }

  /**
   * Waits until caught up on all topics, checked twice in a row {@code settle} apart.
   *
   * @param plainTopics topics written by non-transactional producers (news.articles)
   * @param transactionalTopics topics written by the application itself (coach.signals,
   *     repartition)
   */
  public void awaitCaughtUp(
      final Set<String> plainTopics,
      final Set<String> transactionalTopics,
      final Duration settle,
      final Duration timeout)
      throws InterruptedException, ExecutionException, TimeoutException {
    final long deadline = System.nanoTime() + timeout.toNanos();
    int stableChecks = 0;
    while (stableChecks < 2) {
      if (System.nanoTime() > deadline) {
        throw new TimeoutException(
            "application " + groupId + " did not catch up within " + timeout.toSeconds() + " s");
      }
      if (isCaughtUp(plainTopics, transactionalTopics)) {
        stableChecks++;
      } else {
        stableChecks = 0;
      }
      TimeUnit.MILLISECONDS.sleep(settle.toMillis());
    }
  }

  /** One check, without waiting: whether the application is caught up on all topics right now. */
  public boolean isCaughtUp(final Set<String> plainTopics, final Set<String> transactionalTopics)
      throws InterruptedException, ExecutionException {
    return caughtUp(plainTopics, 0) && caughtUp(transactionalTopics, 1);
  }

  private boolean caughtUp(final Set<String> topics, final long slack)
      throws InterruptedException, ExecutionException {
    if (topics.isEmpty()) {
      return true;
    }
    final Map<String, TopicDescription> descriptions =
        admin.describeTopics(topics).allTopicNames().get();
    final Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    descriptions.forEach(
        (name, d) ->
            d.partitions()
                .forEach(
                    p ->
                        request.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
    final Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
        admin
            .listOffsets(
                request,
                new org.apache.kafka.clients.admin.ListOffsetsOptions(
                    IsolationLevel.READ_COMMITTED))
            .all()
            .get();
    final Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get();
    for (final Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e :
        ends.entrySet()) {
      final long end = e.getValue().offset();
      if (end == 0) {
        continue;
      }
      final OffsetAndMetadata c = committed.get(e.getKey());
      if (c == null || c.offset() < end - slack) {
        return false;
      }
    }
    return true;
  }
}
