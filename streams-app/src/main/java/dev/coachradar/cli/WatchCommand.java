package dev.coachradar.cli;

import dev.coachradar.alert.AlertMatcher;
import dev.coachradar.avro.Alert;
import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.config.AppConfig;
import dev.coachradar.schema.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Tails the alerts topic in the terminal, one readable line per alert. Reads committed records only
 * (alerts of aborted transactions never show) and joins no consumer group, so any number of
 * watchers can run without disturbing each other.
 */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description = {
      "Print alerts as they arrive, one line each (Ctrl-C stops).",
      "--coach/--team keep the alerts about that coach or team; --from-beginning starts with",
      "the alerts already published."
    })
final class WatchCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ClusterOptions cluster;

  @Option(names = "--coach", description = "Only alerts about this coach id.")
  String coach;

  @Option(names = "--team", description = "Only alerts involving this team id.")
  String team;

  @Option(names = "--from-beginning", description = "Start with the alerts already published.")
  boolean fromBeginning;

  private volatile KafkaConsumer<String, Alert> consumer;
  private volatile boolean stopped;
  private final CountDownLatch done = new CountDownLatch(1);

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final AppConfig cfg = cluster.load();
    final Thread hook = new Thread(this::stopAndWait, "coach-radar-watch-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      tail(cfg, out);
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: nothing to remove
      }
    }
    return 0;
  }

  private void tail(final AppConfig cfg, final PrintWriter out) {
    final Properties props = new Properties();
    props.putAll(cfg.clientProperties()); // bootstrap servers and security settings
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    final AlertSubscription filter =
        coach == null && team == null ? null : AlertMatcher.filter(coach, team);
    try (KafkaConsumer<String, Alert> c =
        new KafkaConsumer<>(
            props,
            Topics.ALERTS.keySerde().deserializer(),
            Topics.ALERTS.valueSerde().deserializer())) {
      consumer = c;
      final List<TopicPartition> partitions = new ArrayList<>();
      for (final PartitionInfo p : c.partitionsFor(Topics.ALERTS.name(), Duration.ofSeconds(30))) {
        partitions.add(new TopicPartition(p.topic(), p.partition()));
      }
      c.assign(partitions);
      if (fromBeginning) {
        c.seekToBeginning(partitions);
      } else {
        c.seekToEnd(partitions);
      }
      out.println(
          "Watching "
              + Topics.ALERTS.name()
              + (filter == null ? "" : " for" + (coach == null ? "" : " coach " + coach))
              + (team == null ? "" : " team " + team)
              + " (Ctrl-C to stop)");
      out.flush();
      while (!stopped) {
        for (final ConsumerRecord<String, Alert> r : c.poll(Duration.ofMillis(500))) {
          if (r.value() != null
              && (filter == null || AlertMatcher.matches(filter, r.value().getChange()))) {
            out.println(line(r.value()));
          }
        }
        out.flush();
      }
    } catch (WakeupException stopping) {
      // stop() woke the consumer up
    }
  }

  /** The printed line: subscription id, then the alert's own line. */
  static String line(final Alert alert) {
    return "[" + alert.getSubscriptionId() + "] " + alert.getLine();
  }

  /** Stops tailing (from another thread). */
  void stop() {
    stopped = true;
    final KafkaConsumer<String, Alert> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }

  private void stopAndWait() {
    stop();
    try {
      done.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
