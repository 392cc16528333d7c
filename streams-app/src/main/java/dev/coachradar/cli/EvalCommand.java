package dev.coachradar.cli;

import dev.coachradar.app.TopologyHarness;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.eval.EvalReport;
import dev.coachradar.eval.GoldCorpus;
import dev.coachradar.eval.Verdict;
import dev.coachradar.model.Employment;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores extraction and the status model against a labelled corpus by driving the real topology
 * (through {@link TopologyHarness}): signals are read from coach.signals, checkpoint verdicts from
 * the coach-status store after replaying the articles published up to each checkpoint.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score the pipeline on a labelled corpus (ANNOTATION.md format).",
      "Prints every false positive and false negative; with --json, one JSON object last."
    })
final class EvalCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", required = true, description = "Labelled JSONL corpus.")
  Path corpus;

  @Option(names = "--checkpoints", description = "Checkpoints JSONL (reader's verdicts).")
  Path checkpoints;

  @Option(names = "--json", description = "Print only the scores, as one JSON line.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    final GoldCorpus gold = GoldCorpus.read(corpus);
    final List<GoldCorpus.Checkpoint> verdictsWanted =
        checkpoints == null ? null : GoldCorpus.readCheckpoints(checkpoints);

    final List<Article> articles = new ArrayList<>();
    for (final GoldCorpus.GoldArticle ga : gold.articles()) {
      articles.add(toAvro(ga.article()));
    }
    articles.sort(TopologyHarness.REPLAY_ORDER);

    final Map<String, List<Signal>> predicted;
    try (TopologyHarness harness = TopologyHarness.production()) {
      articles.forEach(harness::publish);
      predicted = harness.drainSignals();
    }

    final Map<Instant, Map<String, CoachStatus>> statesAsOf = new HashMap<>();
    if (verdictsWanted != null) {
      for (final GoldCorpus.Checkpoint c : verdictsWanted) {
        statesAsOf.computeIfAbsent(
            c.asOf() == null ? Instant.MAX : c.asOf(), asOf -> replayUpTo(articles, asOf));
      }
    }
    final EvalReport report =
        EvalReport.score(
            gold,
            predicted,
            verdictsWanted,
            verdictsWanted == null
                ? null
                : (coach, asOf) ->
                    verdict(statesAsOf.get(asOf == null ? Instant.MAX : asOf), coach));

    final PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(report.toJson());
    } else {
      out.println(report.toText());
      out.println(report.toJson());
    }
    out.flush();
    return 0;
  }

  /** The coach table after replaying, in order, every article published up to {@code asOf}. */
  private static Map<String, CoachStatus> replayUpTo(
      final List<Article> sorted, final Instant asOf) {
    try (TopologyHarness harness = TopologyHarness.production()) {
      for (final Article a : sorted) {
        if (a.getPublishedAt() == null || !a.getPublishedAt().isAfter(asOf)) {
          harness.publish(a);
        }
      }
      return harness.statuses();
    }
  }

  private static Verdict verdict(final Map<String, CoachStatus> table, final String coach) {
    final CoachStatus s = table == null ? null : table.get(coach);
    if (s == null) {
      return new Verdict(null, Employment.UNKNOWN, null);
    }
    return new Verdict(
        s.getCurrentTeam(), Employment.valueOf(s.getEmployment().name()), s.getLikelyDestination());
  }

  static Article toAvro(final NewsArticle a) {
    return Article.newBuilder()
        .setId(Objects.requireNonNull(a.id()))
        .setPublishedAt(a.publishedAt())
        .setSource(a.source())
        .setLang(a.lang())
        .setTitle(a.title())
        .setBody(a.body())
        .build();
  }
}
