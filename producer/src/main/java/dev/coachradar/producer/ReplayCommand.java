package dev.coachradar.producer;

import dev.coachradar.producer.replay.Pacing;
import dev.coachradar.producer.replay.ProgressBar;
import dev.coachradar.producer.replay.TimeWindow;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code replay}: publishes a period of news in event-time order, optionally paced. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Publishes the articles of a period in published_at order (undated first, ties by id),"
          + " as fast as possible or paced to a multiple of real time.",
      "Reads the same inputs as publish; bad records go to the dead-letter file. The whole input"
          + " is read and sorted before the first send: up to 256 MiB of articles (at most a"
          + " quarter of the heap) in memory, beyond that in temporary files.",
      "Undated articles are replayed only when --from is not given.",
      "Progress goes to standard error (a bar on a terminal, a line a second elsewhere; nothing"
          + " for runs under 1000 articles that are not paced); the summary to standard output."
          + " Exit status: 0 all published, 1 could not run, 2 usage error, 3 some records"
          + " rejected or failed.",
      PublishArgs.BOOTSTRAP_HELP
    })
final class ReplayCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin private PublishArgs args;

  @Option(
      names = "--from",
      paramLabel = "T1",
      description =
          "First instant to replay: ISO-8601 instant or date YYYY-MM-DD (UTC, start of day).")
  private String from;

  @Option(
      names = "--to",
      paramLabel = "T2",
      description =
          "Last instant to replay, inclusive: ISO-8601 instant or date YYYY-MM-DD (the whole day).")
  private String to;

  @Option(
      names = "--speed",
      paramLabel = "N|max",
      description =
          "Event time per second of wall-clock time: 86400 replays one day of news per second;"
              + " no single wait is longer than 2 s. Default: ${DEFAULT-VALUE} (no waiting).")
  private String speed = "max";

  @Option(
      names = "--resume",
      description =
          "Skip articles whose id is already on the topic: reads the topic's keys first"
              + " (committed records only; every id is held in memory).")
  private boolean resume;

  @Override
  public Integer call() {
    final ReplayOptions base;
    try {
      base =
          ReplayOptions.defaults()
              .withWindow(
                  new TimeWindow(
                      from == null ? null : TimeWindow.parseBound(from, false),
                      to == null ? null : TimeWindow.parseBound(to, true)))
              .withSpeed(Pacing.parseSpeed(speed))
              .withResume(resume);
    } catch (IllegalArgumentException e) {
      return usageError(e);
    }
    return args.execute(
        spec.commandLine(),
        (producerConfig, opts, progress) -> {
          final ReplaySummary summary =
              ArticleReplayer.replay(producerConfig, args.input, base.withPublish(opts), progress);
          spec.commandLine().getOut().println(describe(summary));
          return PublishArgs.exitStatus(summary.rejected(), summary.failed());
        });
  }

  /** {@code 3.2 s} under a minute, {@code 4:05} (m:ss) above. */
  static String elapsed(final double seconds) {
    return seconds < 60
        ? String.format(java.util.Locale.ROOT, "%.1f s", seconds)
        : ProgressBar.duration(seconds);
  }

  private String describe(final ReplaySummary summary) {
    final StringBuilder line =
        new StringBuilder("read ")
            .append(summary.read())
            .append(", in window ")
            .append(summary.inWindow());
    if (resume) {
      line.append(", skipped as already published ").append(summary.skipped());
    }
    return line.append(", ")
        .append(args.describe(summary.asPublishSummary()))
        .append(", in ")
        .append(elapsed(summary.elapsed().toMillis() / 1000.0))
        .toString();
  }

  private int usageError(final IllegalArgumentException e) {
    spec.commandLine().getErr().println("error: " + e.getMessage());
    return CommandLine.ExitCode.USAGE;
  }
}
