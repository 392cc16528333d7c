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

  /**
   * The retained list against retention written the plain way (all signals ever added,
   * deduplicated, the undated and the dated bounds and the window applied at once), and {@code
   * removed} against the difference of the lists before and after, over many random histories large
   * enough to grow and shift the sorted array.
   */
  @Test
  void retainedListIsRetentionOfEverythingAddedAndRemovedIsWhatLeft() {
    java.util.Random random = new java.util.Random(11);
    Relation[] relations = Relation.values();
    for (int run = 0; run < 100; run++) {
      Duration window = Duration.ofDays(30 + random.nextInt(300));
      int max = 1 + random.nextInt(40);
      CoachHistory h = new CoachHistory(S.COACH, window, max);
      List<Signal> all = new java.util.ArrayList<>();
      // An article has one publication time (or none), whichever of its signals arrives.
      int[] dayOf = new int[120];
      for (int a = 0; a < dayOf.length; a++) {
        dayOf[a] = random.nextInt(8) == 0 ? -1 : random.nextInt(600);
      }
      for (int i = 0; i < 150; i++) {
        int article = random.nextInt(dayOf.length);
        Signal s =
            rel(
                "a" + article,
                dayOf[article],
                random.nextBoolean() ? "roma" : "milan",
                relations[random.nextInt(relations.length)],
                (1 + random.nextInt(2)) / 2.0,
                random.nextInt(3));
        all.add(s);
        List<Signal> before = h.signals();
        List<Signal> removed = new java.util.ArrayList<>();
        h.add(s, removed);
        List<Signal> after = h.signals();
        assertEquals(retained(all, window, max), after, "run " + run + ", add " + i);
        List<Signal> expected = new java.util.ArrayList<>(before);
        expected.add(s);
        expected.removeAll(after);
        java.util.Set<Signal> left = new java.util.HashSet<>(expected);
        left.remove(s);
        if (!before.contains(s) && !after.contains(s) && removed.contains(s)) {
          left.add(s); // added and dropped at once: reported as removed
        }
        assertEquals(left, new java.util.HashSet<>(removed), "run " + run + ", add " + i);
        assertEquals(after.size(), h.size());
        for (Signal r : after) {
          assertEquals(r, h.get(r.key()));
        }
      }
    }
  }

  private static List<Signal> retained(List<Signal> all, Duration window, int max) {
    List<Signal> set = Signals.canonicalSet(all);
    java.time.Instant newest =
        all.stream()
            .map(Signal::publishedAt)
            .filter(java.util.Objects::nonNull)
            .max(java.util.Comparator.naturalOrder())
            .orElse(null);
    List<Signal> undated = set.stream().filter(s -> s.publishedAt() == null).toList();
    List<Signal> dated =
        set.stream()
            .filter(s -> s.publishedAt() != null)
            .filter(s -> !s.publishedAt().isBefore(newest.minus(window)))
            .toList();
    List<Signal> out =
        new java.util.ArrayList<>(
            undated.subList(Math.max(0, undated.size() - max), undated.size()));
    out.addAll(dated.subList(Math.max(0, dated.size() - max), dated.size()));
    return out;
  }

  @Test
  void rejectsAnotherCoachsSignal() {
    CoachHistory h = new CoachHistory("someone-else", ModelConfig.DEFAULTS);
    assertThrows(
        IllegalArgumentException.class, () -> h.add(rel("a1", 1, "roma", Relation.LINKED)));
  }
}
