package dev.coachradar.cli;

import dev.coachradar.app.Components;
import dev.coachradar.app.HistoryReader;
import dev.coachradar.app.TopologyHarness;
import dev.coachradar.avro.Article;
import dev.coachradar.config.AppConfig;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Signal;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.producer.io.ArticleReader;
import dev.coachradar.serve.CoachJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Time travel: a coach's state as of any past instant, folded from his retained history (the
 * coach-signal-history store's changelog on a cluster, or an offline replay of {@code --input}); no
 * replay of the topic is needed on a cluster.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Print a coach's state as of an instant (default: now), as JSON.")
final class StatusCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--coach", required = true, description = "Coach id, e.g. massimiliano-allegri.")
  String coach;

  @Option(
      names = "--as-of",
      description = "ISO-8601 instant or date (2025-02-28); default: after all news.")
  String asOf;

  @Option(
      names = "--input",
      description = "Replay this JSONL/seed file or directory offline instead of asking a cluster.")
  Path input;

  @Option(names = "--config", description = "Properties file (for the cluster mode).")
  Path config;

  @Option(names = "--bootstrap-server", description = "Overrides bootstrap.servers.")
  String bootstrap;

  @Override
  public Integer call() throws Exception {
    final Instant when = asOf == null ? null : CoachJson.parseInstant(asOf);
    final CoachState state;
    List<Signal> history = List.of();
    if (input != null) {
      try (TopologyHarness harness = TopologyHarness.production()) {
        final List<Article> articles = new ArrayList<>();
        ArticleReader.read(
            input,
            p -> {
              if (p instanceof Accepted a) {
                articles.add(a.article());
              }
            });
        articles.sort(TopologyHarness.REPLAY_ORDER);
        articles.forEach(harness::publish);
        state = harness.asOf(coach, when);
      }
    } else {
      final Map<String, String> overrides = new HashMap<>();
      if (bootstrap != null) {
        overrides.put("bootstrap.servers", bootstrap);
      }
      final AppConfig cfg = AppConfig.load(config, System.getenv(), overrides);
      history = HistoryReader.read(cfg, coach);
      state = Components.folder(Components.modelConfig(cfg)).fold(coach, history, when);
    }
    final PrintWriter out = spec.commandLine().getOut();
    out.println(CoachJson.coach(state, history, when));
    out.flush();
    return state.articlesSeen() == 0 ? 4 : 0;
  }
}
