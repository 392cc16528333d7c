package dev.coachradar.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The fold and the history depend on the set of signals only: any arrival order, with replays
 * (exact duplicates), re-extractions (same key, other strength) and late articles, gives the same
 * result.
 */
class OrderIndependenceProperties {

  /**
   * Article i: its day (-1 = undated; two share day 0) and its fingerprint (1 and 2 syndicated).
   */
  static final int[] DAYS = {-1, 0, 0, 3, 10, 40, 200, 900};

  static final long[] PRINTS = {
    0x1111L,
    0xA5A5_0000_FFFFL,
    0xA5A5_0000_FFFEL,
    0x3C3C_3C3CL,
    0x7777_0000L,
    0xF0F0L,
    0x1234_5678L,
    0xDEAD_BEEFL
  };

  static final String[] TEAMS = {"milan", "roma", "inter", "lazio", "premier-league"};

  static final DefaultStatusFolder FOLDER =
      new DefaultStatusFolder(
          ModelConfig.DEFAULTS.withNonBenchTeams(java.util.Set.of("premier-league")));

  static Signal make(int article, int team, int relation, int employment, boolean strong) {
    String id = "a" + article;
    Instant at = S.day(DAYS[article]);
    double strength = strong ? 1.0 : 0.5;
    if (employment > 0) {
      Employment e = employment == 1 ? Employment.EMPLOYED : Employment.FREE;
      return new Signal(
          S.COACH, "Max", null, null, e, strength, id, at, "s", PRINTS[article], null);
    }
    return new Signal(
        S.COACH,
        "Max",
        TEAMS[team],
        Relation.values()[relation],
        null,
        strength,
        id,
        at,
        "s",
        PRINTS[article],
        new Evidence(id, "t", "x", team, team + 5));
  }

  @Provide
  Arbitrary<Signal> signal() {
    return Combinators.combine(
            Arbitraries.integers().between(0, DAYS.length - 1),
            Arbitraries.integers().between(0, TEAMS.length - 1),
            Arbitraries.integers().between(0, Relation.values().length - 1),
            Arbitraries.integers().between(0, 5).map(i -> i > 2 ? 0 : i),
            Arbitraries.of(true, true, false))
        .as(OrderIndependenceProperties::make);
  }

  static List<Signal> rearranged(List<Signal> signals, long seed) {
    Random r = new Random(seed);
    List<Signal> out = new ArrayList<>(signals);
    for (Signal s : signals) {
      if (r.nextInt(3) == 0) {
        out.add(s); // replayed
      }
    }
    Collections.shuffle(out, r);
    return out;
  }

  @Property(tries = 1000)
  void foldIgnoresArrivalOrderAndDuplicates(
      @ForAll @Size(max = 30) List<@From("signal") Signal> signals,
      @ForAll long seed,
      @ForAll("asOf") Instant asOf) {
    CoachState expected = FOLDER.fold(S.COACH, signals, asOf);
    assertThat(FOLDER.fold(S.COACH, rearranged(signals, seed), asOf)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void foldIsWellFormed(@ForAll @Size(max = 30) List<@From("signal") Signal> signals) {
    CoachState s = FOLDER.fold(S.COACH, signals, null);
    assertThat(s.confidence()).isBetween(0.0, 1.0);
    double sum = s.candidates().stream().mapToDouble(Candidate::probability).sum();
    assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-9);
    assertThat(s.evidence().size()).isLessThanOrEqualTo(ModelConfig.DEFAULTS.maxEvidence());
    if (s.likelyDestination() == null) {
      assertThat(s.confidence()).isZero();
    } else {
      assertThat(s.likelyDestination())
          .isNotEqualTo(s.currentTeam())
          .isNotEqualTo("premier-league");
      assertThat(s.confidence()).isGreaterThan(0.0);
    }
    if (s.currentTeam() != null) {
      assertThat(s.employment()).isEqualTo(Employment.EMPLOYED);
    }
  }

  @Provide
  Arbitrary<Instant> asOf() {
    return Arbitraries.of(-1, 0, 5, 100, 10_000).map(d -> d < 0 ? null : S.day(d));
  }

  @Property(tries = 1000)
  void historyRetainsTheSameSetWhateverTheOrder(
      @ForAll @Size(max = 40) List<@From("signal") Signal> signals,
      @ForAll long seed,
      @ForAll("window") int windowDays,
      @ForAll("max") int max) {
    List<Signal> expected = history(signals, windowDays, max);
    assertThat(history(rearranged(signals, seed), windowDays, max)).isEqualTo(expected);
    assertThat(expected).isEqualTo(reference(signals, windowDays, max));
  }

  @Provide
  Arbitrary<Integer> window() {
    return Arbitraries.of(5, 50, 730);
  }

  @Provide
  Arbitrary<Integer> max() {
    return Arbitraries.of(1, 3, 8, 500);
  }

  static List<Signal> history(List<Signal> signals, int windowDays, int max) {
    CoachHistory h = new CoachHistory(S.COACH, Duration.ofDays(windowDays), max);
    signals.forEach(h::add);
    return h.signals();
  }

  /**
   * The specification, not incremental: of the deduplicated set, the last {@code max} undated
   * signals, then the newest {@code max} dated ones within the window.
   */
  static List<Signal> reference(List<Signal> signals, int windowDays, int max) {
    List<Signal> set = Signals.canonicalSet(signals);
    Instant newest =
        set.stream()
            .map(Signal::publishedAt)
            .filter(t -> t != null)
            .max(Instant::compareTo)
            .orElse(null);
    List<Signal> undated = new ArrayList<>();
    List<Signal> in = new ArrayList<>();
    for (Signal s : set) {
      if (s.publishedAt() == null) {
        undated.add(s);
      } else if (!s.publishedAt().isBefore(newest.minus(Duration.ofDays(windowDays)))) {
        in.add(s);
      }
    }
    List<Signal> out =
        new ArrayList<>(undated.subList(Math.max(0, undated.size() - max), undated.size()));
    out.addAll(in.subList(Math.max(0, in.size() - max), in.size()));
    return List.copyOf(out);
  }
}
