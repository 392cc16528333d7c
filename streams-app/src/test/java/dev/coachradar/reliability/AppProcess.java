package dev.coachradar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code coach-radar run} in its own OS process, from the shaded jar built by {@code package}, so
 * that a test can kill it with SIGKILL. Its output goes to a log file.
 */
final class AppProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target", "coach-radar.jar");

  private final List<String> command;
  private final Path log;
  private Process process;

  private AppProcess(final List<String> command, final Path log) {
    this.command = command;
    this.log = log;
  }

  /** {@code coach-radar run --config CONFIG} (not started yet), with extra JVM options. */
  static AppProcess run(final Path config, final Path log, final String... jvmOptions) {
    assertThat(JAR).as("built by mvn package before the integration tests").exists();
    final List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:+UseSerialGC");
    command.addAll(List.of(jvmOptions));
    // No HTTP server: these tests look at Kafka, and a fixed port could clash on a shared machine.
    command.addAll(
        List.of("-jar", JAR.toString(), "run", "--no-http", "--config", config.toString()));
    return new AppProcess(command, log);
  }

  /** Starts (or restarts) the process, appending to the log. */
  void start() throws IOException {
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
  }

  /** SIGKILL: no shutdown hook, no commit, no clean close. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed").isTrue();
  }

  /** SIGTERM: the shutdown hook closes the application cleanly. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      kill();
    }
  }

  /** True while the process runs. */
  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The process output so far, for assertion messages. */
  String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws InterruptedException {
    if (isAlive()) {
      kill();
    }
  }
}
