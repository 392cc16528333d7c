package dev.coachradar.cli;

import dev.coachradar.app.Components;
import dev.coachradar.config.AppConfig;
import dev.coachradar.embedded.EmbeddedKafka;
import dev.coachradar.serve.ServedStreams;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

  @Option(
      names = "--http",
      negatable = true,
      defaultValue = "true",
      description =
          "Serve the query API and web page on coach-radar.http.host:port (default:"
              + " ${DEFAULT-VALUE}); --no-http runs without HTTP (and without forwarding).")
  boolean http;

  @Option(
      names = "--http-port",
      description = "Overrides coach-radar.http.port (0 picks a free port).")
  Integer httpPort;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    final Map<String, String> overrides = new HashMap<>();
    if (bootstrap != null) {
      overrides.put("bootstrap.servers", bootstrap);
    }
    if (!http) {
      overrides.put(ServedStreams.HTTP_PORT, "-1");
    } else if (httpPort != null) {
      overrides.put(ServedStreams.HTTP_PORT, String.valueOf(httpPort));
    }
    final AppConfig cfg = AppConfig.load(config, System.getenv(), overrides);
    if (createTopics) {
      try (Admin admin = Admin.create(cfg.clientProperties())) {
        EmbeddedKafka.createTopics(
            admin, partitions, Short.parseShort(cfg.get("replication.factor", "1")));
      }
    }
    try (ServedStreams app =
        ServedStreams.start(cfg, Components.extractor(), Duration.ofMinutes(5))) {
      Runtime.getRuntime().addShutdownHook(new Thread(app::close, "coach-radar-shutdown"));
      final PrintWriter err = spec.commandLine().getErr();
      err.println(
          "coach-radar running on "
              + cfg.bootstrapServers()
              + (app.http() == null ? "" : ", serving " + app.http().url())
              + " (Ctrl-C to stop)");
      err.flush();
      app.runner().awaitFailure();
      return 1;
    }
  }
}
