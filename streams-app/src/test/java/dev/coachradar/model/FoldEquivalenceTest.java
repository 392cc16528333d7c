package dev.coachradar.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.app.Components;
import dev.coachradar.config.AppConfig;
import dev.coachradar.extract.Extractor;
import dev.coachradar.producer.generate.ArticleGenerator;
import dev.coachradar.producer.generate.GeneratedArticle;
import dev.coachradar.producer.generate.GeneratorOptions;
import dev.coachradar.topology.AvroMapping;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The production {@link DefaultStatusFolder} gives exactly the result of {@link
 * ReferenceStatusFolder}, the folder before its speed-ups, on random signal sets (near-duplicate
 * fingerprints around the duplicate distance, undated articles, repeated keys, several
 * configurations) and on the histories of the bench's generated articles.
 */
class FoldEquivalenceTest {

  private static final String[] TEAMS = {"roma", "milan", "inter", "napoli", "lazio", "market"};

  @Test
  void sameResultOnRandomSignalSets() {
    final Random random = new Random(20261122L);
    final ModelConfig base = ModelConfig.DEFAULTS.withNonBenchTeams(Set.of("market"));
    final List<ModelConfig> configs = new ArrayList<>();
    for (final int distance : new int[] {0, 1, 3, 4, 7, 64}) {
      configs.add(withDistance(base, distance));
    }
    configs.add(base.withAgreedNeedsEmployment(!base.agreedNeedsEmployment()));
    configs.add(base.withHistory(Duration.ofDays(40), 25));
    int folds = 0;
    for (int round = 0; round < 1_500; round++) {
      final ModelConfig config = configs.get(round % configs.size());
      final List<Signal> signals =
          randomSignals(random, 1 + random.nextInt(round % 5 == 0 ? 400 : 60));
      final DefaultStatusFolder folder = new DefaultStatusFolder(config);
      final ReferenceStatusFolder reference = new ReferenceStatusFolder(config);
      assertThat(folder.fold(S.COACH, signals, null))
          .as("round %d", round)
          .isEqualTo(reference.fold(S.COACH, signals, null));
      final Instant asOf = S.day(random.nextInt(300));
      assertThat(folder.fold(S.COACH, signals, asOf))
          .as("round %d as of %s", round, asOf)
          .isEqualTo(reference.fold(S.COACH, signals, asOf));
      final CoachHistory history = CoachHistory.of(S.COACH, config, signals);
      assertThat(folder.fold(S.COACH, history.signals(), null))
          .as("round %d history", round)
          .isEqualTo(reference.fold(S.COACH, history.signals(), null));
      folds += 3;
    }
    assertThat(folds).isEqualTo(4_500);
  }

  @Test
  void sameResultOnGeneratedHistories() {
    final ModelConfig model = Components.modelConfig(AppConfig.defaults(Map.of()));
    final DefaultStatusFolder folder = new DefaultStatusFolder(model);
    final ReferenceStatusFolder reference = new ReferenceStatusFolder(model);
    final Extractor extractor = Components.extractor();
    final Map<String, CoachHistory> histories = new HashMap<>();
    final Iterator<GeneratedArticle> it =
        ArticleGenerator.standard().iterator(42L, GeneratorOptions.of(4_000));
    int folds = 0;
    int resumed = 0;
    while (it.hasNext()) {
      final Map<String, Boolean> changed = new HashMap<>();
      for (final Signal s : extractor.extract(AvroMapping.toModel(it.next().article()))) {
        final CoachHistory h =
            histories.computeIfAbsent(s.coachId(), c -> new CoachHistory(c, model));
        changed.merge(s.coachId(), h.add(s), Boolean::logicalOr);
      }
      for (final Map.Entry<String, Boolean> e : changed.entrySet()) {
        if (e.getValue()) {
          final CoachHistory history = histories.get(e.getKey());
          final List<Signal> signals = history.signals();
          final CoachState expected = reference.fold(e.getKey(), signals, null);
          assertThat(folder.fold(e.getKey(), signals, null)).isEqualTo(expected);
          // the fold that resumes the previous one of this history (in time order, most do)
          assertThat(folder.fold(history)).isEqualTo(expected);
          resumed += DefaultStatusFolder.resumedFolds(history) > 0 ? 1 : 0;
          folds++;
        }
      }
    }
    assertThat(folds).isGreaterThan(1_000);
    assertThat(resumed).isGreaterThan(folds / 2);
  }

  private static List<Signal> randomSignals(final Random random, final int articles) {
    final long[] bases = new long[1 + random.nextInt(12)];
    for (int i = 0; i < bases.length; i++) {
      bases[i] = random.nextLong();
    }
    final List<Signal> out = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      final String id = "a" + random.nextInt(1_000);
      final int day = random.nextInt(20) == 0 ? -1 : random.nextInt(200);
      long print = 0L;
      if (random.nextInt(10) != 0) {
        print = bases[random.nextInt(bases.length)];
        for (int flips = random.nextInt(7); flips > 0; flips--) {
          print ^= 1L << random.nextInt(64);
        }
      }
      final int count = 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        final double strength = new double[] {1.0, 0.8, 0.5, 0.3}[random.nextInt(4)];
        final Evidence evidence =
            random.nextInt(6) == 0
                ? null
                : new Evidence(id, "t", "s" + random.nextInt(5), random.nextInt(300), 400);
        final Signal s;
        if (random.nextInt(6) == 0) {
          s =
              new Signal(
                  S.COACH,
                  random.nextBoolean() ? "Max Allegri" : "Massimiliano Allegri",
                  null,
                  null,
                  Employment.values()[random.nextInt(Employment.values().length)],
                  strength,
                  id,
                  S.day(day),
                  "src",
                  print,
                  evidence);
        } else {
          s =
              new Signal(
                  S.COACH,
                  "Max Allegri",
                  TEAMS[random.nextInt(TEAMS.length)],
                  Relation.values()[random.nextInt(Relation.values().length)],
                  null,
                  strength,
                  id,
                  S.day(day),
                  "src",
                  print,
                  evidence,
                  random.nextInt(4) == 0,
                  random.nextInt(4) == 0);
        }
        out.add(s);
        if (random.nextInt(15) == 0) {
          out.add(s); // a replayed signal
        }
      }
    }
    return out;
  }

  private static ModelConfig withDistance(final ModelConfig c, final int distance) {
    return new ModelConfig(
        c.halfLife(),
        c.linkedWeight(),
        c.agreedWeight(),
        c.openBenchWeight(),
        c.stayWeight(),
        c.atRiskStayWeight(),
        c.leavingStayWeight(),
        c.nowhereWeight(),
        distance,
        c.minCandidateScore(),
        c.maxEvidence(),
        c.agreedNeedsEmployment(),
        c.nonBenchTeams(),
        c.historyWindow(),
        c.historyMaxSignals());
  }
}
