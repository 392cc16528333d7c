package dev.coachradar.cli;

import dev.coachradar.app.Components;
import dev.coachradar.app.StreamsRunner;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the streams application against an existing cluster until stopped. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run the topology against a Kafka cluster until interrupted (Ctrl-C).")
final class RunCommand implements Callable<Integer> {

  @Option(
      names = "--config",
      description = "Properties file (Kafka Streams settings and coach-radar.* settings).")
  Path config;

  @Option(names = "--bootstrap-server", description = "Overrides bootstrap.servers.")
  String bootstrap;

  @Option(
      names = "--create-topics",
      negatable = true,
      defaultValue = "true",
      description = "Create missing topics at start (default: ${DEFAULT-VALUE}).")
  boolean createTopics;

  @Option(
      names = "--partitions",
      defaultValue = "6",
      description = "Partitions of topics it creates (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Override
  public Integer call() throws Exception {
    final Map<String, String> overrides = new HashMap<>();
    if (bootstrap != null) {
      overrides.put("bootstrap.servers", bootstrap);
    }
    final AppConfig cfg = AppConfig.load(config, System.getenv(), overrides);
    if (createTopics) {
      try (Admin admin = Admin.create(cfg.adminProperties())) {
        EmbeddedKafka.createTopics(
            admin, partitions, Short.parseShort(cfg.get("replication.factor", "1")));
      }
    }
    try (StreamsRunner runner = StreamsRunner.create(cfg, Components.topology(cfg))) {
      Runtime.getRuntime().addShutdownHook(new Thread(runner::close, "coach-radar-shutdown"));
      runner.start(Duration.ofMinutes(5));
      System.err.println("coach-radar running on " + cfg.bootstrapServers() + " (Ctrl-C to stop)");
      runner.awaitFailure();
      return 1;
    }
  }
}
