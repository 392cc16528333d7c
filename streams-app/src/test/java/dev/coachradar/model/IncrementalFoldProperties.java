package dev.coachradar.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link DefaultStatusFolder#fold(CoachHistory)}, which resumes its previous fold of a history when
 * the history only grew at its end, gives after every batch exactly the full fold of the retained
 * signals: on random sequences of articles that come after the newest, at its event time, before it
 * (late), replayed or re-extracted, with retention bounds that drop signals.
 */
class IncrementalFoldProperties {

  private static final String[] TEAMS = {"milan", "roma", "inter", "lazio", "market"};

  private static final long[] PRINTS = {
    0L, 0xA5A5_0000_FFFFL, 0xA5A5_0000_FFFEL, 0xA5A5_0000_FFFCL, 0x3C3C_3C3CL, 0x7777_0000L
  };

  /**
   * One article of a sequence: where its day falls (0 after the newest, 1 at the newest, 2 some
   * days before it, 3 undated, 4 a replay of an earlier article), its id, fingerprint and signals.
   */
  record Article(int when, int back, int id, int print, List<Integer> signals, boolean strong) {}

  @Provide
  Arbitrary<Article> article() {
    return Combinators.combine(
            Arbitraries.integers()
                .between(0, 19)
                .map(w -> w < 12 ? 0 : w < 14 ? 1 : (w - 14) / 2 + 2),
            Arbitraries.integers().between(1, 60),
            Arbitraries.integers().between(0, 999),
            Arbitraries.integers().between(0, PRINTS.length - 1),
            Arbitraries.integers().between(0, 200).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(true, true, false))
        .as(Article::new);
  }

  @Provide
  Arbitrary<ModelConfig> config() {
    ModelConfig base = ModelConfig.DEFAULTS.withNonBenchTeams(java.util.Set.of("market"));
    return Arbitraries.of(
        base,
        base.withHistory(Duration.ofDays(30), 500),
        base.withHistory(Duration.ofDays(730), 6),
        base.withHistory(Duration.ofDays(90), 20),
        base.withAgreedNeedsEmployment(false));
  }

  /** Articles that all come after the newest, so that nearly every fold resumes. */
  @Provide
  Arbitrary<Article> inOrder() {
    return article().map(a -> new Article(0, a.back(), a.id(), a.print(), a.signals(), a.strong()));
  }

  @Property(tries = 500)
  void resumedFoldEqualsFullFoldAfterEveryBatch(
      @ForAll @Size(min = 1, max = 60) List<@From("article") Article> articles,
      @ForAll("config") ModelConfig config) {
    replay(articles, config);
  }

  /**
   * In time order a run resumes fold after fold while resets and deals elsewhere void the links it
   * has kept per team; the scoring then reads only the links still live. After every batch the
   * result is that of the folder before any speed-up ({@link ReferenceStatusFolder}).
   */
  @Property(tries = 300)
  void resumedFoldWhoseLinksTurnVoidEqualsReferenceFold(
      @ForAll @Size(min = 20, max = 120) List<@From("inOrder") Article> articles,
      @ForAll("config") ModelConfig config) {
    replay(articles, config);
  }

  /**
   * Sends the articles in turn to one history and, after every batch that changed it (and some that
   * did not), checks the resumed fold against a second folder's full fold and the reference folder.
   */
  private static void replay(List<Article> articles, ModelConfig config) {
    DefaultStatusFolder folder = new DefaultStatusFolder(config);
    DefaultStatusFolder full = new DefaultStatusFolder(config);
    ReferenceStatusFolder reference = new ReferenceStatusFolder(config);
    CoachHistory history = new CoachHistory(S.COACH, config);
    List<List<Signal>> sent = new ArrayList<>();
    int newest = 0;
    List<Signal> folded = List.of();
    int resumed = 0;
    int voided = 0;
    for (Article a : articles) {
      List<Signal> batch;
      if (a.when() == 4 && !sent.isEmpty()) {
        batch = sent.get(a.id() % sent.size()); // replayed as it was
      } else {
        int day =
            switch (a.when()) {
              case 0 -> newest + 1 + a.back() % 5;
              case 1 -> newest;
              case 2 -> Math.max(0, newest - a.back());
              default -> -1;
            };
        newest = Math.max(newest, day);
        batch = signals(a, day);
        sent.add(batch);
      }
      boolean changed = false;
      for (Signal s : batch) {
        changed |= history.add(s);
      }
      if (changed || a.id() % 3 == 0) {
        List<Signal> now = history.signals();
        boolean resumes = appendedAfter(folded, now);
        int before = DefaultStatusFolder.resumedFolds(history);
        CoachState state = folder.fold(history);
        assertThat(state).isEqualTo(full.fold(S.COACH, now, null));
        assertThat(state).isEqualTo(reference.fold(S.COACH, now, null));
        voided = Math.max(voided, DefaultStatusFolder.voidLinksDropped(history));
        // it resumed exactly when the history only grew at its end, in a later event time
        assertThat(DefaultStatusFolder.resumedFolds(history)).isEqualTo(resumes ? before + 1 : 0);
        resumed += resumes ? 1 : 0;
        folded = now;
      }
    }
    Statistics.label("resumed folds").collect(resumed == 0 ? "none" : resumed < 5 ? "1-4" : "5+");
    Statistics.label("void links dropped by a run")
        .collect(voided == 0 ? "none" : voided < 5 ? "1-4" : "5+");
  }

  /** Whether {@code now} is {@code before} followed by signals of a later event time. */
  private static boolean appendedAfter(List<Signal> before, List<Signal> now) {
    int n = before.size();
    return n > 0
        && now.size() >= n
        && now.subList(0, n).equals(before)
        && (now.size() == n
            || !Objects.equals(now.get(n).publishedAt(), before.get(n - 1).publishedAt()));
  }

  private static List<Signal> signals(Article a, int day) {
    String id = "a" + a.id();
    List<Signal> out = new ArrayList<>();
    for (int code : a.signals()) {
      double strength = a.strong() ? 1.0 : 0.5;
      if (code >= 180) {
        out.add(
            new Signal(
                S.COACH,
                "Max",
                null,
                null,
                code % 2 == 0 ? Employment.EMPLOYED : Employment.FREE,
                strength,
                id,
                S.day(day),
                "s",
                PRINTS[a.print()],
                null));
        continue;
      }
      int team = code % TEAMS.length;
      Relation relation = Relation.values()[(code / TEAMS.length) % Relation.values().length];
      out.add(
          new Signal(
              S.COACH,
              code % 7 == 0 ? "Massimiliano" : "Max",
              TEAMS[team],
              relation,
              null,
              strength,
              id,
              S.day(day),
              "s",
              PRINTS[a.print()],
              code % 5 == 0 ? null : new Evidence(id, "t", "x" + code, code % 40, 50),
              code % 4 == 0,
              code % 6 == 0));
    }
    return out;
  }
}
