package dev.coachradar.cli;

import dev.coachradar.app.CorpusEvaluation;
import dev.coachradar.eval.EvalReport;
import dev.coachradar.eval.GoldCorpus;
import dev.coachradar.extract.KnowledgeBase;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores extraction and the status model against a labelled corpus by driving the real topology
 * (through {@link CorpusEvaluation}): signals are read from coach.signals, checkpoint verdicts from
 * the coach-status store after replaying the articles published up to each checkpoint.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the pipeline on a labelled corpus (ANNOTATION.md format).",
      "Prints every false positive and false negative; with --summary only their counts by kind;",
      "with --json, one JSON object last."
    })
final class EvalCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", required = true, description = "Labelled JSONL corpus.")
  Path corpus;

  @Option(names = "--checkpoints", description = "Checkpoints JSONL (reader's verdicts).")
  Path checkpoints;

  @Option(names = "--json", description = "Print only the scores, as one JSON line.")
  boolean json;

  @Option(
      names = "--summary",
      description =
          "Print the scores and the count of each error kind, no article text (for held-out"
              + " corpora), then the JSON line.")
  boolean summary;

  @Option(
      names = "--forget-coaches",
      paramLabel = "SHARE",
      defaultValue = "0",
      description =
          "Make the knowledge base forget this share (0 to 1) of its coaches before extracting:"
              + " they become unknown people (players, presidents and teams stay). Measures"
              + " extraction on coaches it does not know. Default: ${DEFAULT-VALUE} (none).")
  double forgetCoaches;

  @Option(
      names = "--forget-seed",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Which coaches --forget-coaches forgets: the same seed forgets the same ones."
              + " Default: ${DEFAULT-VALUE}.")
  long forgetSeed;

  @Override
  public Integer call() throws Exception {
    if (!(forgetCoaches >= 0.0 && forgetCoaches <= 1.0)) {
      throw new IllegalArgumentException(
          "--forget-coaches must be a share from 0 to 1, not " + forgetCoaches);
    }
    final GoldCorpus gold = GoldCorpus.read(corpus);
    final EvalReport report =
        CorpusEvaluation.evaluate(
            gold,
            checkpoints == null ? null : GoldCorpus.readCheckpoints(checkpoints),
            forgetCoaches > 0.0
                ? KnowledgeBase.forgettingCoaches(forgetCoaches, forgetSeed)
                : null);

    final PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson());
    } else if (summary) {
      out.println(report.toSummary());
      out.println(report.toJson());
    } else {
      out.println(report.toText());
      out.println(report.toJson());
    }
    out.flush();
    return 0;
  }
}
