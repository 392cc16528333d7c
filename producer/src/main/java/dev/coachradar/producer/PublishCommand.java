package dev.coachradar.producer;

import dev.coachradar.schema.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code publish}: reads files and publishes the articles, reporting what it could not. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes articles from a file or directory (*.jsonl, *.json, seed *.txt) to the articles"
          + " topic.",
      "Bootstrap servers: --bootstrap-server, else $"
          + ProducerSettings.BOOTSTRAP_ENV
          + ", else --config, else localhost:9092."
    })
final class PublishCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "File or directory to read (directories recursively, in name order).")
  private Path input;

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
  private Path deadLetter = PublishOptions.DEFAULT_DEAD_LETTER_FILE;

  @Option(
      names = "--create-topic",
      description = "Create the topic with coach-radar's settings if it is missing.")
  private boolean createTopic;

  @Override
  public Integer call() {
    final PrintWriter out = spec.commandLine().getOut();
    final PrintWriter err = spec.commandLine().getErr();
    final PrintStream progress = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    final PublishOptions opts = new PublishOptions(topic, deadLetter, createTopic);
    final PublishSummary summary;
    try {
      final Map<String, Object> producerConfig =
          ProducerSettings.load(config, System.getenv(), bootstrapServer);
      summary = ArticlePublisher.publish(producerConfig, input, opts, progress);
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
    out.println(describe(summary));
    return summary.rejected() > 0 || summary.failed() > 0 ? ProducerMain.EXIT_INCOMPLETE : 0;
  }

  private String describe(final PublishSummary summary) {
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
}
