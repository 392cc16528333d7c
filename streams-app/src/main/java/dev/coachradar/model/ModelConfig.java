package dev.coachradar.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The tunables of the status model, with the defaults documented in docs/status-model.md. One
 * record so that a replay and the live pipeline can be shown to run with the same parameters.
 *
 * @param halfLife recency half-life in event time: a link this old counts half (default 30 days)
 * @param linkedWeight weight of a LINKED signal (default 1)
 * @param agreedWeight weight of an AGREED signal: a done deal outweighs many rumours (default 8)
 * @param openBenchWeight factor on a LINKED signal whose article reports the team's bench open (its
 *     coach sacked, gone or leaving): a club that has to hire weighs its candidates more than a
 *     club with a coach in place (default 2: one plain fresh candidacy for a vacancy outweighs a
 *     settled coach's 1.5 for staying)
 * @param stayWeight weight of "stays where he is" for an employed, settled coach (default 1.5: one
 *     plain fresh link does not move him, two independent ones do)
 * @param atRiskStayWeight weight of staying when his job is at risk (default 0.5)
 * @param leavingStayWeight weight of staying when he is reported leaving (default 0.25)
 * @param nowhereWeight weight of "no new bench yet" for a free or unknown coach (default 0.5)
 * @param duplicateDistance articles whose fingerprints differ in at most this many bits are one
 *     source (default 3)
 * @param minCandidateScore candidates scoring below this are dropped as stale (default 0.01)
 * @param maxEvidence at most this many evidence sentences in a state (default 5)
 * @param agreedNeedsEmployment when true (default), an AGREED makes him the team's coach at once
 *     only if he has no team and the article shows nobody else holding that bench ({@link
 *     Signal#benchHeld()}); otherwise the deal is pending, his settled destination, until the news
 *     says he is employed or ties him to the team. When false, every AGREED takes effect at once
 * @param nonBenchTeams team ids that are markets, not benches (arabia-saudita, premier-league):
 *     they stay in the candidate list but can never be the likely destination (default empty)
 * @param historyWindow retention of {@link CoachHistory}: signals older than this before the newest
 *     event time are dropped (default 730 days)
 * @param historyMaxSignals retention of {@link CoachHistory}: at most this many signals, the newest
 *     in canonical order (default 500)
 */
public record ModelConfig(
    Duration halfLife,
    double linkedWeight,
    double agreedWeight,
    double openBenchWeight,
    double stayWeight,
    double atRiskStayWeight,
    double leavingStayWeight,
    double nowhereWeight,
    int duplicateDistance,
    double minCandidateScore,
    int maxEvidence,
    boolean agreedNeedsEmployment,
    Set<String> nonBenchTeams,
    Duration historyWindow,
    int historyMaxSignals) {

  /** The documented defaults. */
  public static final ModelConfig DEFAULTS =
      new ModelConfig(
          Duration.ofDays(30),
          1.0,
          8.0,
          2.0,
          1.5,
          0.5,
          0.25,
          0.5,
          3,
          0.01,
          5,
          true,
          Set.of(),
          Duration.ofDays(730),
          500);

  /** Validates the parameters. */
  public ModelConfig {
    Objects.requireNonNull(halfLife, "halfLife");
    Objects.requireNonNull(historyWindow, "historyWindow");
    if (halfLife.isNegative() || halfLife.isZero()) {
      throw new IllegalArgumentException("halfLife must be positive");
    }
    if (!(linkedWeight > 0 && agreedWeight > 0 && openBenchWeight > 0 && stayWeight > 0)) {
      throw new IllegalArgumentException("weights must be positive");
    }
    if (!(atRiskStayWeight > 0 && leavingStayWeight > 0 && nowhereWeight > 0)) {
      throw new IllegalArgumentException("stay weights must be positive");
    }
    if (historyMaxSignals < 1 || maxEvidence < 0 || duplicateDistance < 0) {
      throw new IllegalArgumentException("bad bounds");
    }
    nonBenchTeams = nonBenchTeams == null ? Set.of() : Set.copyOf(nonBenchTeams);
  }

  /** A copy with these market team ids, which are never a likely destination. */
  public ModelConfig withNonBenchTeams(Set<String> teams) {
    return new ModelConfig(
        halfLife,
        linkedWeight,
        agreedWeight,
        openBenchWeight,
        stayWeight,
        atRiskStayWeight,
        leavingStayWeight,
        nowhereWeight,
        duplicateDistance,
        minCandidateScore,
        maxEvidence,
        agreedNeedsEmployment,
        teams,
        historyWindow,
        historyMaxSignals);
  }

  /** A copy with another AGREED rule (see {@link #agreedNeedsEmployment()}). */
  public ModelConfig withAgreedNeedsEmployment(boolean needs) {
    return new ModelConfig(
        halfLife,
        linkedWeight,
        agreedWeight,
        openBenchWeight,
        stayWeight,
        atRiskStayWeight,
        leavingStayWeight,
        nowhereWeight,
        duplicateDistance,
        minCandidateScore,
        maxEvidence,
        needs,
        nonBenchTeams,
        historyWindow,
        historyMaxSignals);
  }

  /** A copy with another retention for {@link CoachHistory}. */
  public ModelConfig withHistory(Duration window, int maxSignals) {
    return new ModelConfig(
        halfLife,
        linkedWeight,
        agreedWeight,
        openBenchWeight,
        stayWeight,
        atRiskStayWeight,
        leavingStayWeight,
        nowhereWeight,
        duplicateDistance,
        minCandidateScore,
        maxEvidence,
        agreedNeedsEmployment,
        nonBenchTeams,
        window,
        maxSignals);
  }
}
