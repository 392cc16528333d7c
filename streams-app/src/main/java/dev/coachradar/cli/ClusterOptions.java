package dev.coachradar.cli;

import dev.coachradar.config.AppConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of commands that talk to a cluster: a properties file and the bootstrap servers. */
final class ClusterOptions {
  @Option(names = "--config", description = "Properties file (Kafka and coach-radar.* settings).")
  Path config;

  @Option(names = "--bootstrap-server", description = "Overrides bootstrap.servers.")
  String bootstrap;

  /** Defaults, then the file, then the environment, then the flags. */
  AppConfig load() {
    final Map<String, String> overrides = new HashMap<>();
    if (bootstrap != null) {
      overrides.put("bootstrap.servers", bootstrap);
    }
    return AppConfig.load(config, System.getenv(), overrides);
  }
}
