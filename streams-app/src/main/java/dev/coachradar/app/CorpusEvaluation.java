package dev.coachradar.app;

import dev.coachradar.avro.Article;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.eval.EvalReport;
import dev.coachradar.eval.GoldCorpus;
import dev.coachradar.eval.Verdict;
import dev.coachradar.extract.Extractor;
import dev.coachradar.extract.KnowledgeBase;
import dev.coachradar.extract.RuleExtractor;
import dev.coachradar.model.Employment;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a labelled corpus through the production topology (TopologyTestDriver): the signals of
 * every article, and the coach table after replaying, in publication order, the articles up to each
 * checkpoint. The one implementation behind {@code coach-radar eval} and the corpus tests.
 */
public final class CorpusEvaluation {
  private CorpusEvaluation() {}

  /** The report for {@code gold}; {@code checkpoints} may be null (signals only). */
  public static EvalReport evaluate(
      final GoldCorpus gold, final List<GoldCorpus.Checkpoint> checkpoints) {
    return evaluate(gold, checkpoints, null);
  }

  /**
   * The report for {@code gold} with extraction over {@code kb} ({@link
   * KnowledgeBase#forgettingCoaches}), or over the shipped KB when {@code kb} is null.
   */
  public static EvalReport evaluate(
      final GoldCorpus gold,
      final List<GoldCorpus.Checkpoint> checkpoints,
      final KnowledgeBase kbOrNull) {
    final Extractor extractor =
        kbOrNull == null ? Components.extractor() : new RuleExtractor(kbOrNull);
    final List<Article> articles = new ArrayList<>();
    for (final GoldCorpus.GoldArticle ga : gold.articles()) {
      articles.add(toAvro(ga.article()));
    }
    articles.sort(TopologyHarness.REPLAY_ORDER);

    final Map<String, List<Signal>> predicted;
    try (TopologyHarness harness = TopologyHarness.production(extractor)) {
      articles.forEach(harness::publish);
      predicted = harness.drainSignals();
    }
    final KnowledgeBase kb = kbOrNull == null ? KnowledgeBase.fromClasspath() : kbOrNull;
    if (checkpoints == null) {
      return EvalReport.score(gold, predicted, null, null, kb::namedIn);
    }
    final Map<Instant, Map<String, CoachStatus>> statesAsOf = new HashMap<>();
    for (final GoldCorpus.Checkpoint c : checkpoints) {
      statesAsOf.computeIfAbsent(
          c.asOf() == null ? Instant.MAX : c.asOf(), asOf -> replayUpTo(articles, asOf, extractor));
    }
    return EvalReport.score(
        gold,
        predicted,
        checkpoints,
        (coach, asOf) -> verdict(statesAsOf.get(asOf == null ? Instant.MAX : asOf), coach),
        kb::namedIn);
  }

  /** The coach table after replaying, in order, every article published up to {@code asOf}. */
  private static Map<String, CoachStatus> replayUpTo(
      final List<Article> sorted, final Instant asOf, final Extractor extractor) {
    try (TopologyHarness harness = TopologyHarness.production(extractor)) {
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

  /** The Avro record the producer would publish for this article. */
  public static Article toAvro(final NewsArticle a) {
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
