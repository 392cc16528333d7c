package dev.coachradar.producer;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code publish}: reads files and publishes the articles, reporting what it could not. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes articles from a file or directory (*.jsonl, *.json, seed *.txt) to the articles"
          + " topic, in input order.",
      PublishArgs.BOOTSTRAP_HELP
    })
final class PublishCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private PublishArgs args;

  @Override
  public Integer call() {
    return args.execute(
        spec.commandLine(),
        (producerConfig, opts, progress) -> {
          final PublishSummary summary =
              ArticlePublisher.publish(producerConfig, args.input, opts, progress);
          spec.commandLine().getOut().println(args.describe(summary));
          return PublishArgs.exitStatus(summary.rejected(), summary.failed());
        });
  }
}
