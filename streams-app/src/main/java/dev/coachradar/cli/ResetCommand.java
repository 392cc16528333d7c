package dev.coachradar.cli;

import dev.coachradar.app.Resetter;
import dev.coachradar.config.AppConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Resets the application for reprocessing from the earliest offset. */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = {
      "Prepare a reprocessing from the earliest offset: rewind input offsets, delete internal",
      "topics and local state, empty the output topics. Refuses while the app is running."
    })
final class ResetCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--config", description = "Properties file.")
  Path config;

  @Option(names = "--bootstrap-server", description = "Overrides bootstrap.servers.")
  String bootstrap;

  @Option(names = "--dry-run", description = "Only say what would be reset and deleted.")
  boolean dryRun;

  @Override
  public Integer call() throws Exception {
    final Map<String, String> overrides = new HashMap<>();
    if (bootstrap != null) {
      overrides.put("bootstrap.servers", bootstrap);
    }
    final AppConfig cfg = AppConfig.load(config, System.getenv(), overrides);
    final PrintWriter out = spec.commandLine().getOut();
    try (Admin admin = Admin.create(cfg.clientProperties())) {
      final Resetter resetter = new Resetter(admin, cfg);
      final Resetter.Plan plan = resetter.plan();
      out.println((dryRun ? "Would reset " : "Resetting ") + cfg.applicationId() + ":");
      plan.describe().forEach(l -> out.println("  " + l));
      out.flush();
      if (!dryRun) {
        resetter.execute(plan);
        out.println("Reset done: the next run reprocesses everything from the earliest offset.");
      }
    }
    out.flush();
    return 0;
  }
}
