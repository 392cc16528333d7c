package dev.coachradar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The same claims as {@link OrderIndependenceProperties} on a fixed seed with plain JUnit, so that
 * they do not rest on one test engine alone.
 */
class OrderIndependenceSeededTest {

  private static List<Signal> randomSignals(Random r) {
    List<Signal> out = new ArrayList<>();
    int n = r.nextInt(35);
    for (int i = 0; i < n; i++) {
      int e = r.nextInt(6);
      out.add(
          OrderIndependenceProperties.make(
              r.nextInt(OrderIndependenceProperties.DAYS.length),
              r.nextInt(OrderIndependenceProperties.TEAMS.length),
              r.nextInt(Relation.values().length),
              e > 2 ? 0 : e,
              r.nextInt(3) > 0));
    }
    return out;
  }

  @Test
  void foldAndHistoryIgnoreArrivalOrder() {
    Random r = new Random(20261121L);
    Instant[] asOfs = {null, S.day(0), S.day(5), S.day(100)};
    int checked = 0;
    for (int run = 0; run < 3000; run++) {
      List<Signal> signals = randomSignals(r);
      List<Signal> other = OrderIndependenceProperties.rearranged(signals, r.nextLong());
      Instant asOf = asOfs[r.nextInt(asOfs.length)];
      assertEquals(
          OrderIndependenceProperties.FOLDER.fold(S.COACH, signals, asOf),
          OrderIndependenceProperties.FOLDER.fold(S.COACH, other, asOf),
          "fold, run " + run);
      int window = new int[] {5, 50, 730}[r.nextInt(3)];
      int max = new int[] {1, 3, 8, 500}[r.nextInt(4)];
      List<Signal> kept = OrderIndependenceProperties.history(signals, window, max);
      assertEquals(
          kept, OrderIndependenceProperties.history(other, window, max), "history, run " + run);
      assertEquals(
          OrderIndependenceProperties.reference(signals, window, max), kept, "spec, run " + run);
      checked++;
    }
    assertEquals(3000, checked);
  }
}
