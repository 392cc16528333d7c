package dev.coachradar.producer;

import dev.coachradar.schema.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options and error handling that {@code publish} and {@code replay} share: input, cluster,
 * topic, dead-letter file; a run that cannot start or has to stop prints the reason and the counts
 * so far and ends with {@link ProducerMain#EXIT_ERROR}.
 */
final class PublishArgs {

  /** Help text on where the cluster address comes from, for the commands' descriptions. */
  static final String BOOTSTRAP_HELP =
      "Bootstrap servers: --bootstrap-server, else $"
          + ProducerSettings.BOOTSTRAP_ENV
          + ", else --config, else localhost:9092.";

  /** One run of a command, given its producer settings and publish options. */
  @FunctionalInterface
  interface Action {
    /** Runs and returns the exit status. */
    int run(Map<String, Object> producerConfig, PublishOptions opts, PrintStream progress)
        throws IOException;
  }

  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "File or directory to read (directories recursively, in name order).")
  Path input;

  @Option(
      names = "--bootstrap-server",
      paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers (default: localhost:9092).")
  private String bootstrapServer;

  @Option(
      names = "--topic",
      paramLabel = "TOPIC",
      description = "Topic to publish to (default: ${DEFAULT-VALUE}).")
  private String topic = Topics.ARTICLES.name();

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Producer properties overriding the built-in defaults.")
  private Path config;

  @Option(
      names = "--dead-letter",
      paramLabel = "FILE",
      description = "JSONL file for rejected records (default: ${DEFAULT-VALUE}).")
  Path deadLetter = PublishOptions.DEFAULT_DEAD_LETTER_FILE;

  @Option(
      names = "--create-topic",
      description = "Create the topic with coach-radar's settings if it is missing.")
  private boolean createTopic;

  /**
   * Loads the producer settings and runs {@code action}; reports unreadable input and runs that
   * could not start or had to stop on {@code err}.
   */
  int execute(final CommandLine commandLine, final Action action) {
    final PrintWriter out = commandLine.getOut();
    final PrintWriter err = commandLine.getErr();
    final PrintStream progress = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    try {
      final Map<String, Object> producerConfig =
          ProducerSettings.load(config, System.getenv(), bootstrapServer);
      return action.run(
          producerConfig, new PublishOptions(topic, deadLetter, createTopic), progress);
    } catch (IOException e) {
      err.println("error: cannot read " + e.getMessage());
      return ProducerMain.EXIT_ERROR;
    } catch (PublishException e) {
      err.println("error: " + e.getMessage());
      final PublishSummary partial = e.partial();
      if (partial != null && partial.read() > 0) {
        out.println("stopped: " + describe(partial));
      }
      return ProducerMain.EXIT_ERROR;
    }
  }

  /** {@code published N, rejected M[, failed K][ (see FILE)]}. */
  String describe(final PublishSummary summary) {
    final StringBuilder line =
        new StringBuilder("published ")
            .append(summary.published())
            .append(", rejected ")
            .append(summary.rejected());
    if (summary.failed() > 0) {
      line.append(", failed ").append(summary.failed());
    }
    if (summary.rejected() > 0 || summary.failed() > 0) {
      line.append(" (see ").append(deadLetter).append(')');
    }
    return line.toString();
  }

  /** The exit status of a finished run: 0 when clean, {@link ProducerMain#EXIT_INCOMPLETE} else. */
  static int exitStatus(final long rejected, final long failed) {
    return rejected > 0 || failed > 0 ? ProducerMain.EXIT_INCOMPLETE : 0;
  }
}
