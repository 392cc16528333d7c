package dev.coachradar.app;

import dev.coachradar.config.AppConfig;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle of the Kafka Streams application: build from configuration, start, wait until running,
 * close. Keeps {@code main} and the commands free of Kafka Streams plumbing.
 */
public final class StreamsRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);

  private final KafkaStreams streams;
  private final Topology topology;
  private final CountDownLatch failed = new CountDownLatch(1);

  private StreamsRunner(final KafkaStreams streams, final Topology topology) {
    this.streams = streams;
    this.topology = topology;
  }

  /** Creates the client for a topology; nothing runs until {@link #start}. */
  public static StreamsRunner create(final AppConfig config, final Topology topology) {
    final KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
    final StreamsRunner runner = new StreamsRunner(streams, topology);
    streams.setStateListener(
        (now, before) -> {
          LOG.info("streams state {} -> {}", before, now);
          if (now == KafkaStreams.State.ERROR) {
            runner.failed.countDown();
          }
        });
    return runner;
  }

  /** The underlying client, for interactive queries. */
  public KafkaStreams streams() {
    return streams;
  }

  /** The topology it runs. */
  public Topology topology() {
    return topology;
  }

  /** Starts and waits up to {@code timeout} for the RUNNING state. */
  public void start(final Duration timeout) throws InterruptedException {
    streams.start();
    final long deadline = System.nanoTime() + timeout.toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (streams.state() == KafkaStreams.State.ERROR
          || streams.state() == KafkaStreams.State.NOT_RUNNING) {
        throw new IllegalStateException("Kafka Streams stopped while starting: " + streams.state());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "Kafka Streams not running after " + timeout.toSeconds() + " s: " + streams.state());
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  /** Blocks until the application fails or the thread is interrupted. */
  public void awaitFailure() throws InterruptedException {
    failed.await();
  }

  /** True once the client has entered ERROR. */
  public boolean hasFailed() {
    return failed.getCount() == 0;
  }

  /**
   * Closes the client and leaves the consumer group, so that the remaining instances take over at
   * once and a {@code reset} is possible right away (Kafka Streams stays in the group by default,
   * until the session times out).
   */
  @Override
  public void close() {
    streams.close(
        CloseOptions.timeout(Duration.ofSeconds(30))
            .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
  }
}
