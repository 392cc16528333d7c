package dev.coachradar.cli;

import dev.coachradar.app.Components;
import dev.coachradar.app.ProcessingMonitor;
import dev.coachradar.app.TopicReader;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.extract.Extractor;
import dev.coachradar.producer.ArticlePublisher;
import dev.coachradar.producer.PublishOptions;
import dev.coachradar.producer.PublishSummary;
import dev.coachradar.schema.Topics;
import dev.coachradar.serve.ServedStreams;
import dev.coachradar.topology.CoachRadarTopology;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The whole pipeline in one process: an in-process KRaft broker, the topology, the seed articles
 * (or {@code --input}), then the final coach table and the status changes; with {@code --serve},
 * the query API and web page stay up afterwards.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start an in-process Kafka broker, run the topology, publish the seed articles (or --input),",
      "wait until everything is processed and print the coach table and the status changes.",
      "With --serve, keep serving the query API and web page until Ctrl-C."
    })
final class DemoCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      description = "JSONL file, seed .txt file or directory to publish instead of the seeds.")
  Path input;

  @Option(
      names = "--keep-running",
      description = "Leave the broker and the app up after printing; print the bootstrap address.")
  boolean keepRunning;

  @Mixin PartitionsOption topics;

  @Option(
      names = "--timeout",
      defaultValue = "PT5M",
      description = "How long to wait for processing, ISO-8601 (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(
      names = "--serve",
      description =
          "After the replay keep serving the query API and the web page until Ctrl-C; prints the"
              + " URL.")
  boolean serve;

  @Option(
      names = "--port",
      description =
          "HTTP port with --serve (default: coach-radar.http.port, 7070; 0 picks a free one).")
  Integer port;

  private final Supplier<Extractor> extractor;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  /** The demo with the production extractor. */
  DemoCommand() {
    this(Components::extractor);
  }

  /** The demo around another extractor (tests run it with a stand-in). */
  DemoCommand(final Supplier<Extractor> extractor) {
    this.extractor = extractor;
  }

  /** Ends a demo that keeps running (what Ctrl-C does). */
  void stop() {
    stop.countDown();
  }

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final Path work = Files.createTempDirectory("coach-radar-demo-");
    final Path articles = input != null ? input : copySeeds(work.resolve("seeds"));
    out.println("Starting an in-process Kafka broker (KRaft)...");
    final EmbeddedKafka kafka = EmbeddedKafka.start();
    ServedStreams app = null;
    try {
      kafka.createTopics(topics.partitions);
      final Map<String, String> settings = new HashMap<>();
      settings.put("bootstrap.servers", kafka.bootstrapServers());
      settings.put("application.id", "coach-radar-demo");
      settings.put("state.dir", work.resolve("state").toString());
      if (!serve) {
        settings.put(ServedStreams.HTTP_PORT, "-1");
      } else if (port != null) {
        settings.put(ServedStreams.HTTP_PORT, String.valueOf(port));
      }
      final AppConfig cfg = AppConfig.defaults(settings);
      app = ServedStreams.start(cfg, extractor.get(), Duration.ofMinutes(2));
      out.println("Broker at " + kafka.bootstrapServers() + "; topology running.");

      final Map<String, Object> producerConfig = new HashMap<>();
      producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
      producerConfig.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      final PublishSummary published =
          ArticlePublisher.publish(
              producerConfig,
              articles,
              PublishOptions.defaults().withDeadLetterFile(work.resolve("rejected.jsonl")),
              System.err);
      out.printf(
          "Published %d articles from %s (%d rejected).%n",
          published.published(), input != null ? input : "the seeds", published.rejected());

      try (Admin admin = kafka.admin()) {
        new ProcessingMonitor(admin, cfg.applicationId())
            .awaitCaughtUp(
                Set.of(Topics.ARTICLES.name()),
                Set.of(
                    Topics.SIGNALS.name(),
                    cfg.applicationId()
                        + "-"
                        + CoachRadarTopology.BENCH_REPARTITION
                        + "-repartition"),
                Duration.ofMillis(300),
                timeout);
      }
      printReport(out, kafka.bootstrapServers());
      out.flush();
      if (keepRunning || serve) {
        out.println();
        out.println("Still running. Bootstrap servers: " + kafka.bootstrapServers());
        if (serve) {
          out.println("Serving " + app.http().url() + " (API: " + app.http().url() + "coaches)");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        awaitStop();
      }
      return published.rejected() > 0 || published.failed() > 0 ? 3 : 0;
    } finally {
      try {
        if (app != null) {
          app.close();
        }
        kafka.close();
      } finally {
        closed.countDown();
      }
    }
  }

  /** Waits for {@link #stop} or Ctrl-C; on Ctrl-C, the hook waits a little for the clean-up. */
  private void awaitStop() throws InterruptedException {
    final Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                closed.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "coach-radar-demo-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stop.await();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running
      }
    }
  }

  private static void printReport(final PrintWriter out, final String bootstrap) {
    final Map<String, CoachStatus> table =
        TopicReader.table(
            bootstrap,
            Topics.STATUS.name(),
            Topics.STATUS.valueSerde().deserializer(),
            Duration.ofSeconds(30));
    final List<ConsumerRecord<String, StatusChange>> changes =
        new ArrayList<>(
            TopicReader.readAll(
                bootstrap,
                Topics.STATUS_CHANGES.name(),
                Topics.STATUS_CHANGES.valueSerde().deserializer(),
                Duration.ofSeconds(30)));
    changes.sort(
        Comparator.comparingLong((ConsumerRecord<String, StatusChange> r) -> r.timestamp())
            .thenComparing(ConsumerRecord::key)
            .thenComparingLong(ConsumerRecord::offset));
    out.println();
    out.println(Report.coachTable(table.values()));
    out.println();
    out.println("Status changes (" + changes.size() + ", in event-time order):");
    for (final ConsumerRecord<String, StatusChange> r : changes) {
      out.println("  " + Report.changeLine(r.value()));
    }
  }

  private static Path copySeeds(final Path dir) throws IOException {
    Files.createDirectories(dir);
    for (final String name : resourceLines("/demo/seeds/index.lst")) {
      try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/seeds/" + name)) {
        if (in == null) {
          throw new IllegalStateException("seed " + name + " missing from the jar");
        }
        Files.copy(in, dir.resolve(name));
      }
    }
    return dir;
  }

  private static List<String> resourceLines(final String path) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " missing from the jar");
      }
      final List<String> lines = new ArrayList<>();
      for (final String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!l.isBlank()) {
          lines.add(l.strip());
        }
      }
      return lines;
    }
  }
}
