package dev.coachradar.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coachradar.app.Components;
import dev.coachradar.app.HistoryReader;
import dev.coachradar.app.TopologyHarness;
import dev.coachradar.avro.Article;
import dev.coachradar.config.AppConfig;
import dev.coachradar.model.Candidate;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Signal;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.producer.io.ArticleReader;
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
 * coach-history store's changelog on a cluster, or an offline replay of {@code --input}); no replay
 * of the topic is needed on a cluster.
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
    final Instant when = asOf == null ? null : parseInstant(asOf);
    final CoachState state;
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
      final List<Signal> history = HistoryReader.read(cfg, coach);
      state = Components.folder(Components.modelConfig(cfg)).fold(coach, history, when);
    }
    final PrintWriter out = spec.commandLine().getOut();
    out.println(toJson(state, when));
    out.flush();
    return state.articlesSeen() == 0 ? 4 : 0;
  }

  static Instant parseInstant(final String text) {
    final String t = text.strip();
    if (t.length() == 10) {
      return Instant.parse(t + "T23:59:59Z");
    }
    return Instant.parse(t);
  }

  static ObjectNode toJson(final CoachState s, final Instant asOf) {
    final ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("coach", s.coachId());
    n.put("coach_name", s.coachName());
    n.put("as_of", asOf == null ? null : asOf.toString());
    n.put("employment", s.employment().name());
    n.put("current_team", s.currentTeam());
    n.put("at_risk", s.atRisk());
    n.put("leaving", s.leaving());
    n.put("likely_destination", s.likelyDestination());
    n.put("confidence", Math.round(s.confidence() * 1000) / 1000.0);
    final var articles = n.putArray("destination_articles");
    s.destinationArticles().forEach(articles::add);
    final var candidates = n.putArray("candidates");
    for (final Candidate c : s.candidates()) {
      final ObjectNode cn = candidates.addObject();
      cn.put("team", c.teamId());
      cn.put("probability", Math.round(c.probability() * 1000) / 1000.0);
      cn.put("last_relation", c.lastRelation().name());
    }
    final var evidence = n.putArray("evidence");
    s.evidence()
        .forEach(
            e -> {
              final ObjectNode en = evidence.addObject();
              en.put("article_id", e.articleId());
              en.put("title", e.title());
              en.put("sentence", e.sentence());
            });
    n.put("articles_seen", s.articlesSeen());
    n.put("updated_at", s.updatedAt() == null ? null : s.updatedAt().toString());
    return n;
  }
}
