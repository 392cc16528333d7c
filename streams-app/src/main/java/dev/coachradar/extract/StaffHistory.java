package dev.coachradar.extract;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * A head coach recalled through his former assistant: "è stato a lungo il vice di X, in Nazionale e
 * al Chelsea", "da vice aveva lavorato con X al Real Madrid e al Napoli", "worked as assistant to X
 * with Morocco". The benches are the teams named right after X, each behind a preposition, joined
 * by commas and conjunctions; the teams before the cue are the assistant's own story.
 *
 * <p>Plain token arithmetic over {@link Tokens}, no state; the scan has a fixed bound.
 */
final class StaffHistory {

  /** Prepositions that place a bench ("al Chelsea", "in Nazionale", "with Morocco"). */
  private static final WordSet BENCH_PREPOSITIONS =
      WordSet.of(
          "a", "al", "alla", "all", "allo", "ai", "agli", "alle", "in", "nel", "nella", "nell",
          "con", "col", "at", "with");

  /** Words that join the benches of the list, or stand before one ("e poi al Napoli"). */
  private static final WordSet JOINS =
      WordSet.of(",", "e", "ed", "and", "poi", "anche", "then", "also", "later");

  /** Longest scan, in tokens, from the end of the coach's name. */
  private static final int REACH = 16;

  private StaffHistory() {}

  /**
   * Start indices of the benches named right after a coach whose name ends at {@code from}: each
   * team must follow a bench preposition (and optional article); the scan stops at any other word,
   * at a hard boundary or at the end of the sentence.
   *
   * @param teamEndAt for a token index, the end (exclusive) of a team mention starting there, or -1
   */
  static int[] benchesAfter(Tokens t, int from, IntUnaryOperator teamEndAt) {
    int[] out = new int[0];
    if (from < 1 || from >= t.size) {
      return out;
    }
    final int sent = t.sentence[from - 1];
    boolean placed = false;
    for (int k = from; k < t.size && k < from + REACH; k++) {
      if (t.sentence[k] != sent || t.isHardBoundary(k)) {
        break;
      }
      final int end = teamEndAt.applyAsInt(k);
      if (end > k && placed) {
        out = Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = k;
        placed = false;
        k = end - 1;
      } else if (BENCH_PREPOSITIONS.has(t, k)) {
        placed = true;
      } else if (!JOINS.has(t, k) && !(placed && Tokens.DEFINITE_ARTICLES.has(t, k))) {
        break;
      }
    }
    return out;
  }
}
