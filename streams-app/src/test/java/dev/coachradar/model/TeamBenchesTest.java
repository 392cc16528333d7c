package dev.coachradar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamBenchesTest {

  private static CoachState coach(String id, String team, Instant at, Candidate... candidates) {
    return new CoachState(
        id,
        id,
        team == null ? Employment.FREE : Employment.EMPLOYED,
        team,
        false,
        false,
        null,
        0,
        List.of(),
        List.of(candidates),
        List.of(),
        1,
        at);
  }

  private static Candidate cand(String team, double score, double p) {
    return new Candidate(team, score, p, Relation.LINKED, List.of("a"));
  }

  @Test
  void entriesOnePerTeam() {
    Instant t = Instant.parse("2025-06-01T00:00:00Z");
    List<TeamBenches.Entry> e =
        TeamBenches.entries(coach("chivu", "parma", t, cand("inter", 2, 0.57)));
    assertEquals(2, e.size());
    assertEquals(TeamBenches.Role.CANDIDATE, e.get(0).role());
    assertEquals("inter", e.get(0).teamId());
    assertEquals(TeamBenches.Role.CURRENT, e.get(1).role());
  }

  @Test
  void benchPicksTheNewestClaimThenTheSmallestIdAndRanksCandidates() {
    Instant t1 = Instant.parse("2025-06-01T00:00:00Z");
    Instant t2 = Instant.parse("2025-06-09T00:00:00Z");
    List<TeamBenches.Entry> all = new ArrayList<>();
    all.addAll(TeamBenches.entries(coach("inzaghi", "inter", t1)));
    all.addAll(TeamBenches.entries(coach("chivu", "inter", t2)));
    all.addAll(TeamBenches.entries(coach("zzz", "inter", t2)));
    all.addAll(TeamBenches.entries(coach("fabregas", "como", t1, cand("inter", 1, 0.3))));
    all.addAll(TeamBenches.entries(coach("vieira", "genoa", t1, cand("inter", 1, 0.4))));
    TeamBenches.Bench b = TeamBenches.bench("inter", all);
    assertEquals("chivu", b.currentCoach());
    assertEquals(
        List.of("vieira", "fabregas"),
        b.candidates().stream().map(TeamBenches.Entry::coachId).toList());
    assertEquals(t2, b.updatedAt());
    Collections.reverse(all);
    assertEquals(b, TeamBenches.bench("inter", all));
    assertNull(TeamBenches.bench("roma", all).currentCoach());
  }

  @Test
  void changesRetractTeamsNoLongerMentioned() {
    Instant t = Instant.parse("2025-06-01T00:00:00Z");
    CoachState before = coach("chivu", "parma", t, cand("inter", 2, 0.57));
    CoachState after = coach("chivu", "inter", t.plusSeconds(3600));
    Map<String, Optional<TeamBenches.Entry>> c = TeamBenches.changes(before, after);
    assertEquals(Optional.empty(), c.get("parma"));
    assertEquals(TeamBenches.Role.CURRENT, c.get("inter").orElseThrow().role());
  }
}
