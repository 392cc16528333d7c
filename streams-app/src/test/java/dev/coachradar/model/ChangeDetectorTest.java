package dev.coachradar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeDetectorTest {

  private final ChangeDetector detector = new ChangeDetector();

  private static CoachState state(
      String name, Employment e, String team, String dest, double conf, int seen, Instant at) {
    return new CoachState(
        "c", name, e, team, false, false, dest, conf, List.of(), List.of(), List.of(), seen, at);
  }

  private static Signal sacked(String article, Instant at) {
    return new Signal(
        "c", "Paulo Fonseca", "milan", Relation.SACKED, null, 1.0, article, at, null, 0L, null);
  }

  @Test
  void twoDecimalsFormatsLikePercentPointTwoF() {
    java.util.List<Double> xs = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 200_000; i++) {
      xs.add(random.nextDouble());
      xs.add(random.nextDouble() * 1000);
    }
    for (int k = 0; k <= 100_000; k++) { // every tie and its neighbours: k/1000 = x.xx5 etc.
      double x = k / 1000.0;
      xs.add(x);
      xs.add(Math.nextUp(x));
      xs.add(Math.nextDown(x));
    }
    xs.addAll(
        List.of(0.0, -0.0, -0.001, -0.5, 1e-300, 5e-3, 0.125, 0.375, 1.005, 2.675, 1e20, 1e300));
    xs.addAll(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    for (double x : xs) {
      assertEquals(
          String.format(java.util.Locale.ROOT, "%.2f", x),
          ChangeDetector.twoDecimals(x),
          () -> Double.toString(x));
    }
  }

  @Test
  void sackingIsATeamAndEmploymentChange() {
    Instant t = Instant.parse("2024-12-30T10:00:00Z");
    CoachState before =
        state("Paulo Fonseca", Employment.EMPLOYED, "milan", null, 0, 3, t.minusSeconds(86400));
    CoachState after = state("Paulo Fonseca", Employment.FREE, null, null, 0, 4, t);
    StatusChangeEvent e = detector.detect(before, after, List.of(sacked("a9", t))).orElseThrow();
    assertEquals(List.of(ChangeKind.EMPLOYMENT, ChangeKind.TEAM), e.kinds());
    assertEquals("Paulo Fonseca sacked by Milan", e.summary());
    assertEquals(List.of("a9"), e.causedBy());
    assertEquals(t, e.eventTime());
    assertFalse(e.late());
  }

  @Test
  void destinationChangeReadsLikeAHeadline() {
    Instant t = Instant.parse("2025-02-01T00:00:00Z");
    CoachState before =
        state("Allegri", Employment.FREE, null, "west-ham", 0.41, 2, t.minusSeconds(86400 * 60));
    CoachState after = state("Allegri", Employment.FREE, null, "roma", 0.63, 3, t);
    StatusChangeEvent e =
        detector
            .detect(before, after, List.of(S.rel("s2", 31, "roma", Relation.LINKED)))
            .orElseThrow();
    assertEquals(List.of(ChangeKind.DESTINATION, ChangeKind.CONFIDENCE_BAND), e.kinds());
    assertEquals(
        "Allegri: likely destination West Ham → Roma, confidence 0.41 → 0.63", e.summary());
  }

  @Test
  void articlesSeenAndScoresAloneAreNotAChange() {
    Instant t = Instant.parse("2025-02-01T00:00:00Z");
    CoachState before = state("X", Employment.FREE, null, "roma", 0.55, 2, t);
    CoachState after = state("X", Employment.FREE, null, "roma", 0.70, 3, t.plusSeconds(60));
    assertEquals(Optional.empty(), detector.detect(before, after, List.of()));
  }

  @Test
  void confidenceBandChangeCounts() {
    assertEquals(0, ChangeDetector.band(0.0));
    assertEquals(1, ChangeDetector.band(0.25));
    assertEquals(2, ChangeDetector.band(0.74));
    assertEquals(3, ChangeDetector.band(0.75));
    assertEquals(3, ChangeDetector.band(1.0));
    CoachState before = state("X", Employment.FREE, null, "roma", 0.55, 2, null);
    CoachState after = state("X", Employment.FREE, null, "roma", 0.80, 3, null);
    assertEquals(
        List.of(ChangeKind.CONFIDENCE_BAND),
        detector.detect(before, after, List.of()).orElseThrow().kinds());
  }

  @Test
  void lateArticleIsFlagged() {
    Instant newest = Instant.parse("2025-03-23T00:00:00Z");
    CoachState before = state("Motta", Employment.FREE, null, null, 0, 4, newest);
    CoachState after = state("Motta", Employment.FREE, null, "tottenham", 0.6, 5, newest);
    Signal late =
        new Signal(
            "c",
            "Motta",
            "tottenham",
            Relation.LINKED,
            null,
            1.0,
            "old",
            newest.minusSeconds(3600),
            null,
            0L,
            null);
    assertTrue(detector.detect(before, after, List.of(late)).orElseThrow().late());
    Signal undated =
        new Signal(
            "c", "Motta", "tottenham", Relation.LINKED, null, 1.0, "u", null, null, 0L, null);
    assertTrue(detector.detect(before, after, List.of(undated)).orElseThrow().late());
  }

  @Test
  void firstSightingWithNothingKnownIsNoChange() {
    CoachState after = state("X", Employment.UNKNOWN, null, null, 0, 1, null);
    assertEquals(Optional.empty(), detector.detect(null, after, List.of()));
    CoachState employed = state("X", Employment.EMPLOYED, "como", null, 0, 1, null);
    assertEquals(
        "X now coaches Como", detector.detect(null, employed, List.of()).orElseThrow().summary());
  }
}
