package dev.coachradar.model;

import static dev.coachradar.model.S.rel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoachHistoryTest {

  @Test
  void windowDropsNewsOlderThanItBeforeTheNewestEventTime() {
    CoachHistory h = new CoachHistory(S.COACH, Duration.ofDays(100), 500);
    assertTrue(h.add(rel("a1", 0, "roma", Relation.LINKED)));
    assertTrue(h.add(rel("a2", 50, "roma", Relation.LINKED)));
    assertTrue(h.add(rel("a3", 120, "roma", Relation.LINKED)));
    assertEquals(List.of("a2", "a3"), h.signals().stream().map(Signal::articleId).toList());
    assertFalse(
        h.add(rel("a0", 1, "milan", Relation.LINKED)), "a late article already out of the window");
    assertEquals(S.day(120), h.newestEventTime());
  }

  @Test
  void countKeepsTheNewestAndUndatedHaveTheirOwnBound() {
    CoachHistory h = new CoachHistory(S.COACH, Duration.ofDays(730), 2);
    h.add(rel("u1", -1, "roma", Relation.LINKED));
    h.add(rel("a1", 1, "roma", Relation.LINKED));
    h.add(rel("a2", 2, "roma", Relation.LINKED));
    h.add(rel("a3", 3, "roma", Relation.LINKED));
    h.add(rel("a4", 1000, "roma", Relation.LINKED)); // moves the window past a1..a3
    assertEquals(List.of("u1", "a4"), h.signals().stream().map(Signal::articleId).toList());
  }

  @Test
  void duplicatesAreOneSignalAndTheGreatestRepresentativeWins() {
    CoachHistory h = new CoachHistory(S.COACH, ModelConfig.DEFAULTS);
    Signal weak = rel("a1", 1, "roma", Relation.LINKED, 0.4, 7L);
    Signal strong = rel("a1", 1, "roma", Relation.LINKED, 0.9, 7L);
    assertTrue(h.add(strong));
    assertFalse(h.add(strong));
    assertFalse(h.add(weak));
    assertEquals(List.of(strong), h.signals());
    CoachHistory other = CoachHistory.of(S.COACH, ModelConfig.DEFAULTS, List.of(weak, strong));
    assertEquals(h.signals(), other.signals());
  }

  @Test
  void addSaysTrueExactlyWhenTheRetainedSetChanges() {
    java.util.Random random = new java.util.Random(7);
    Relation[] relations = Relation.values();
    for (int run = 0; run < 200; run++) {
      CoachHistory h = new CoachHistory(S.COACH, Duration.ofDays(60), 1 + random.nextInt(6));
      for (int i = 0; i < 40; i++) {
        Signal s =
            rel(
                "a" + random.nextInt(15),
                random.nextInt(10) == 0 ? -1 : random.nextInt(200),
                random.nextBoolean() ? "roma" : "milan",
                relations[random.nextInt(relations.length)],
                (1 + random.nextInt(2)) / 2.0,
                random.nextInt(3));
        List<Signal> before = h.signals();
        boolean changed = h.add(s);
        assertEquals(!before.equals(h.signals()), changed, "run " + run + ", add " + s);
      }
    }
  }

  @Test
  void rejectsAnotherCoachsSignal() {
    CoachHistory h = new CoachHistory("someone-else", ModelConfig.DEFAULTS);
    assertThrows(
        IllegalArgumentException.class, () -> h.add(rel("a1", 1, "roma", Relation.LINKED)));
  }
}
