package dev.coachradar.model;

import static dev.coachradar.model.Relation.AGREED;
import static dev.coachradar.model.Relation.AT_RISK;
import static dev.coachradar.model.Relation.COACHES;
import static dev.coachradar.model.Relation.LEAVING;
import static dev.coachradar.model.Relation.LEFT;
import static dev.coachradar.model.Relation.LINKED;
import static dev.coachradar.model.Relation.REJECTED;
import static dev.coachradar.model.Relation.SACKED;
import static dev.coachradar.model.S.emp;
import static dev.coachradar.model.S.rel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultStatusFolderTest {

  private final DefaultStatusFolder folder = new DefaultStatusFolder();

  private CoachState fold(Signal... signals) {
    return folder.fold(S.COACH, List.of(signals), null);
  }

  private static double score(CoachState s, String team) {
    return s.candidates().stream()
        .filter(c -> c.teamId().equals(team))
        .mapToDouble(Candidate::score)
        .findFirst()
        .orElse(0);
  }

  @Test
  void noSignalsGiveAnUnknownCoach() {
    CoachState s = fold();
    assertEquals(Employment.UNKNOWN, s.employment());
    assertNull(s.currentTeam());
    assertNull(s.likelyDestination());
    assertEquals(0, s.articlesSeen());
  }

  @Test
  void sackedEndsTheSpellAndTheFlags() {
    CoachState atRisk = fold(rel("a1", 1, "milan", COACHES), rel("a2", 5, "milan", AT_RISK));
    assertEquals("milan", atRisk.currentTeam());
    assertTrue(atRisk.atRisk());
    CoachState sacked =
        fold(
            rel("a1", 1, "milan", COACHES),
            rel("a2", 5, "milan", AT_RISK),
            rel("a3", 9, "milan", SACKED));
    assertNull(sacked.currentTeam());
    assertEquals(Employment.FREE, sacked.employment());
    assertFalse(sacked.atRisk());
  }

  @Test
  void recalledPastSpellDoesNotEndTheCurrentOne() {
    CoachState s = fold(rel("a1", 1, "milan", COACHES), rel("a2", 5, "juventus", LEFT));
    assertEquals("milan", s.currentTeam());
    assertEquals(Employment.EMPLOYED, s.employment());
  }

  @Test
  void laterStaysClearsAtRisk() {
    CoachState s = fold(rel("a1", 1, "milan", AT_RISK), rel("a2", 5, "milan", COACHES));
    assertFalse(s.atRisk());
    CoachState same = fold(rel("a1", 1, "milan", AT_RISK), rel("a2", 1, "milan", COACHES));
    assertTrue(same.atRisk(), "at one instant the more specific relation wins");
  }

  @Test
  void rejectedRemovesTheCandidateUntilNewerNewsRevivesIt() {
    Signal link = rel("a1", 1, "roma", LINKED);
    Signal no = rel("a2", 3, "roma", REJECTED);
    CoachState rejected = fold(emp("a0", 0, Employment.FREE), link, no);
    assertTrue(rejected.candidates().isEmpty());
    assertNull(rejected.likelyDestination());
    CoachState revived =
        fold(emp("a0", 0, Employment.FREE), link, no, rel("a3", 6, "roma", LINKED));
    assertEquals("roma", revived.likelyDestination());
    assertEquals(List.of("a3"), revived.destinationArticles(), "only news after the rejection");
  }

  @Test
  void rejectedAndLinkedAtTheSameInstantIsRejected() {
    CoachState s = fold(rel("a1", 1, "milan", LINKED), rel("a2", 1, "milan", REJECTED));
    assertTrue(s.candidates().isEmpty());
  }

  @Test
  void agreedWithEmploymentSettlesTheMove() {
    CoachState s =
        fold(
            rel("a1", 1, "roma", LINKED),
            rel("a2", 2, "west-ham", LINKED),
            rel("a3", 10, "napoli", AGREED),
            emp("a3", 10, Employment.EMPLOYED));
    assertEquals("napoli", s.currentTeam());
    assertEquals(Employment.EMPLOYED, s.employment());
    assertNull(s.likelyDestination());
    assertTrue(s.candidates().isEmpty(), "links older than the deal are void: " + s.candidates());
    CoachState relinked =
        fold(
            rel("a3", 10, "napoli", AGREED),
            emp("a3", 10, Employment.EMPLOYED),
            rel("a4", 40, "juventus", LINKED),
            rel("a5", 41, "juventus", LINKED));
    assertEquals("napoli", relinked.currentTeam());
    assertEquals("juventus", relinked.likelyDestination(), "newer news links him elsewhere");
  }

  @Test
  void agreedForAFreeSeatTakesEffectAtOnce() {
    CoachState s =
        fold(
            rel("a1", 1, "lazio", LEFT),
            rel("a2", 5, "lazio", AGREED),
            rel("a2", 5, "roma", REJECTED));
    assertEquals("lazio", s.currentTeam(), "free coach, nobody else on that bench: he coaches it");
    assertEquals(Employment.EMPLOYED, s.employment());
    assertNull(s.likelyDestination());
  }

  @Test
  void agreedForAHeldSeatIsASettledDestination() {
    // "Baroni in bilico, Sarri ha dato la sua parola alla Lazio": the seat is not free yet
    CoachState s =
        fold(
            rel("a1", 1, "lazio", LEFT),
            rel("a2", 5, "lazio", AGREED).withBenchHeld(true),
            rel("a2", 5, "roma", REJECTED));
    assertNull(s.currentTeam());
    assertEquals(Employment.FREE, s.employment());
    assertEquals("lazio", s.likelyDestination());
    assertTrue(s.confidence() > 0.9, "a done deal: " + s.confidence());
    CoachState started =
        fold(
            rel("a1", 1, "lazio", LEFT),
            rel("a2", 5, "lazio", AGREED).withBenchHeld(true),
            emp("a3", 8, Employment.EMPLOYED));
    assertEquals("lazio", started.currentTeam());
    assertNull(started.likelyDestination());
    CoachState atOnce =
        new DefaultStatusFolder(ModelConfig.DEFAULTS.withAgreedNeedsEmployment(false))
            .fold(
                S.COACH,
                List.of(
                    rel("a1", 1, "lazio", LEFT), rel("a2", 5, "lazio", AGREED).withBenchHeld(true)),
                null);
    assertEquals("lazio", atOnce.currentTeam(), "agreedNeedsEmployment=false ignores the holder");
  }

  @Test
  void agreedWhileStillLeavingKeepsTheCurrentTeam() {
    CoachState s =
        fold(
            rel("a1", 1, "sporting", COACHES),
            rel("a2", 4, "manchester-united", AGREED),
            rel("a2", 4, "sporting", LEAVING),
            emp("a2", 4, Employment.EMPLOYED));
    assertEquals("sporting", s.currentTeam());
    assertTrue(s.leaving());
    assertEquals("manchester-united", s.likelyDestination());
  }

  @Test
  void settledCoachHasNoDestinationButTwoSourcesOrRiskMoveHim() {
    Signal coaches = rel("a1", 1, "milan", COACHES);
    CoachState settled = fold(coaches, rel("a2", 2, "real-madrid", LINKED));
    assertNull(settled.likelyDestination());
    assertEquals(0.0, settled.confidence());
    CoachState twoSources =
        fold(coaches, rel("a2", 2, "real-madrid", LINKED), rel("a3", 2, "real-madrid", LINKED));
    assertEquals("real-madrid", twoSources.likelyDestination());
    CoachState atRisk = fold(rel("a1", 1, "milan", AT_RISK), rel("a2", 2, "real-madrid", LINKED));
    assertEquals("real-madrid", atRisk.likelyDestination());
    CoachState leaving = fold(rel("a1", 1, "milan", LEAVING), rel("a2", 2, "real-madrid", LINKED));
    assertTrue(leaving.confidence() > atRisk.confidence());
  }

  @Test
  void aCandidacyForAnOpenBenchMovesASettledCoachButAHedgedOneDoesNot() {
    Signal coaches = rel("a1", 1, "bologna", COACHES);
    CoachState vacancy = fold(coaches, rel("a2", 2, "juventus", LINKED).withOpenBench(true));
    assertEquals("juventus", vacancy.likelyDestination());
    assertTrue(vacancy.confidence() > 0.5 && vacancy.confidence() < 1, "" + vacancy.confidence());
    CoachState hedged =
        fold(coaches, rel("a2", 2, "juventus", LINKED, 0.6, 7L).withOpenBench(true));
    assertNull(hedged.likelyDestination());
    // the mark only weighs links: an open-bench AGREED or REJECTED is unchanged
    assertEquals(
        fold(coaches, rel("a2", 2, "juventus", AGREED)).confidence(),
        fold(coaches, rel("a2", 2, "juventus", AGREED).withOpenBench(true)).confidence());
  }

  @Test
  void freeCoachFollowsASingleLink() {
    CoachState s = fold(emp("a1", 1, Employment.FREE), rel("a1", 1, "torino", LINKED));
    assertEquals("torino", s.likelyDestination());
    assertTrue(s.confidence() > 0.5 && s.confidence() < 1);
  }

  @Test
  void decayIsMeasuredInEventTimeFromTheNewestSignal() {
    CoachState s =
        fold(
            emp("a0", 0, Employment.FREE),
            rel("a1", 0, "roma", LINKED),
            rel("a2", 30, "lazio", LINKED));
    assertEquals(0.5, score(s, "roma"), 1e-9, "one half-life older");
    assertEquals(1.0, score(s, "lazio"), 1e-9);
    assertEquals("lazio", s.likelyDestination());
    // the same news ten years later gives the same scores: no wall clock involved
    List<Signal> shifted = new ArrayList<>();
    for (Signal x :
        List.of(
            emp("a0", 3650, Employment.FREE),
            rel("a1", 3650, "roma", LINKED),
            rel("a2", 3680, "lazio", LINKED))) {
      shifted.add(x);
    }
    CoachState later = folder.fold(S.COACH, shifted, null);
    assertEquals(s.candidates(), later.candidates());
    // asOf only filters: folding up to day 10 equals folding the news of days 0..10
    assertEquals(
        fold(emp("a0", 0, Employment.FREE), rel("a1", 0, "roma", LINKED)),
        folder.fold(
            S.COACH,
            List.of(
                emp("a0", 0, Employment.FREE),
                rel("a1", 0, "roma", LINKED),
                rel("a2", 30, "lazio", LINKED)),
            S.day(10)));
  }

  @Test
  void syndicatedDuplicateIsNotASecondSource() {
    long print = 0x0F0F_1234_5678_9ABCL;
    Signal first = rel("a1", 1, "inter", LINKED, 1.0, print);
    Signal copy = rel("a2", 1, "inter", LINKED, 1.0, print ^ 0b101); // 2 bits apart
    Signal other = rel("a3", 1, "inter", LINKED, 1.0, ~print); // far apart
    assertEquals(1.0, score(fold(first, copy), "inter"), 1e-9);
    assertEquals(2.0, score(fold(first, other), "inter"), 1e-9);
    assertEquals(2.0, score(fold(first, copy, other), "inter"), 1e-9);
  }

  @Test
  void hedgingLowersTheScore() {
    CoachState s =
        fold(rel("a1", 1, "inter", LINKED, 0.4, 1L), rel("a2", 1, "roma", LINKED, 1.0, 2L));
    assertEquals(0.4, score(s, "inter"), 1e-9);
    assertEquals("roma", s.candidates().get(0).teamId());
  }

  @Test
  void confidenceAndProbabilitiesAreProbabilities() {
    CoachState s =
        fold(
            emp("a0", 0, Employment.FREE),
            rel("a1", 1, "inter", LINKED),
            rel("a2", 2, "roma", LINKED),
            rel("a3", 3, "roma", AGREED).withBenchHeld(true),
            rel("a4", 3, "lazio", LINKED));
    double sum = 0;
    for (Candidate c : s.candidates()) {
      assertTrue(c.probability() >= 0 && c.probability() <= 1);
      sum += c.probability();
    }
    assertTrue(sum <= 1 + 1e-9);
    assertTrue(s.confidence() >= 0 && s.confidence() <= 1);
    assertEquals("roma", s.likelyDestination());
  }

  @Test
  void marketsAreNeverTheDestination() {
    DefaultStatusFolder f =
        new DefaultStatusFolder(ModelConfig.DEFAULTS.withNonBenchTeams(Set.of("premier-league")));
    CoachState s =
        f.fold(
            S.COACH,
            List.of(
                emp("a0", 1, Employment.FREE),
                rel("a1", 1, "premier-league", LINKED),
                rel("a2", 1, "premier-league", LINKED),
                rel("a2", 1, "west-ham", LINKED)),
            null);
    assertEquals("west-ham", s.likelyDestination());
    assertEquals(
        0.0,
        s.candidates().stream()
            .filter(c -> c.teamId().equals("premier-league"))
            .findFirst()
            .orElseThrow()
            .probability());
  }

  @Test
  void undatedNewsCountsAloneButNeverOverridesDatedNews() {
    CoachState alone = fold(rel("u1", -1, "atalanta", LEAVING), rel("u1", -1, "roma", LINKED));
    assertEquals("atalanta", alone.currentTeam());
    assertEquals("roma", alone.likelyDestination());
    assertNull(alone.updatedAt());
    CoachState mixed = fold(rel("u1", -1, "atalanta", COACHES), rel("a1", 3, "atalanta", SACKED));
    assertNull(mixed.currentTeam(), "the undated article is older than any dated one");
  }

  @Test
  void evidenceIsBoundedAndArticlesNewestFirst() {
    List<Signal> many = new ArrayList<>();
    many.add(emp("a0", 0, Employment.FREE));
    for (int i = 1; i <= 9; i++) {
      many.add(rel("a" + i, i, "roma", LINKED));
    }
    CoachState s = folder.fold(S.COACH, many, null);
    assertTrue(s.evidence().size() <= ModelConfig.DEFAULTS.maxEvidence());
    assertEquals("a9", s.destinationArticles().get(0));
    assertEquals(10, s.articlesSeen());
  }

  @Test
  void halfLifeIsConfigurable() {
    ModelConfig slow =
        new ModelConfig(
            Duration.ofDays(300),
            1,
            8,
            2,
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
    CoachState s =
        new DefaultStatusFolder(slow)
            .fold(
                S.COACH,
                List.of(rel("a1", 0, "roma", LINKED), rel("a2", 300, "lazio", LINKED)),
                null);
    assertEquals(0.5, score(s, "roma"), 1e-9);
  }
}
