package dev.coachradar.producer;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Command-line entry point of the producer jar. Subcommands: {@code publish} (files to the articles
 * topic, in input order), {@code replay} (a period of news in event-time order, optionally paced)
 * and {@code generate} (reproducible synthetic articles as JSONL).
 *
 * <p>Exit status: 0 all published, 1 could not run (input missing, topic missing, broker
 * unreachable), 2 usage error, 3 some records were rejected or failed.
 */
@Command(
    name = "coach-radar-producer",
    mixinStandardHelpOptions = true,
    description =
        "Publishes news articles to coach-radar's Kafka topics (as they come, or replaying a"
            + " period in event-time order), and generates synthetic ones.",
    subcommands = {
      PublishCommand.class,
      ReplayCommand.class,
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ProducerMain implements Runnable {

  /** Exit status when the run could not be done at all. */
  static final int EXIT_ERROR = 1;

  /** Exit status when some records were rejected or could not be sent. */
  static final int EXIT_INCOMPLETE = 3;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(final String[] args) {
    // Our logging setup, not one that a dependency's jar happens to ship (Kafka's log4j2.yaml
    // would otherwise win and print broker INFO lines on stdout).
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "coach-radar-producer-log4j2.xml");
    }
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests and for embedding. */
  public static CommandLine commandLine() {
    return new CommandLine(new ProducerMain())
        .setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }
}
