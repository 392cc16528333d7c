package dev.coachradar.extract;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * A list of candidates whose items carry asides: "ci sono Marco Baroni, il cui futuro alla Lazio è
 * appeso a un filo, e Daniele De Rossi, senza squadra", "other options include Graham Potter, who
 * has been without a job since April, though he is said to prefer waiting, and Ralph Hasenhüttl,
 * the former Southampton manager". The aside opens with a comma right after the first item and ends
 * at ", e/and (di/a) Y", where Y is the next item; Y shares the list's candidacy, and a cue inside
 * the aside is about the first item, not about Y.
 *
 * <p>The next item must stand as a list item: followed by punctuation, the sentence end or the
 * preposition of its own club ("e Y del Torino"), not by a verb ("e Y ha firmato con la Lazio"
 * opens a clause of its own).
 */
final class CandidateList {

  /** Longest aside, in tokens, between the first item's comma and the ", e" of the next item. */
  static final int ASIDE_REACH = 48;

  private static final WordSet JOINS = WordSet.of("e", "ed", "and");

  /** A preposition the list repeats before the next item (", e di Y", ", e a Y", "and to Y"). */
  private static final WordSet ITEM_PREPOSITIONS = WordSet.of("di", "a", "ad", "su", "to", "of");

  /** "e Y del Torino", "and Y of Brentford": the item's own club, still a list item. */
  private static final WordSet OWN_CLUB =
      WordSet.of("del", "della", "dello", "dell", "dei", "degli", "of", "at");

  private CandidateList() {}

  /**
   * The start of the next item of a list whose first item ends at {@code comma} (a comma right
   * after it), past the first item's aside; -1 when there is none. The aside ends at ", e/and" and
   * may hold further commas; it may not hold a sentence or clause boundary nor name a coach.
   *
   * @param coachAt whether a coach is named at a token
   * @param coachEndAt the end (exclusive) of a coach mention starting at a token, or -1
   */
  static int nextItem(Tokens t, int comma, IntPredicate coachAt, IntUnaryOperator coachEndAt) {
    if (comma >= t.size || !t.norm[comma].equals(",")) {
      return -1;
    }
    final int sent = t.sentence[comma];
    for (int k = comma + 1; k + 2 < t.size && k <= comma + ASIDE_REACH; k++) {
      if (t.sentence[k] != sent || t.isHardBoundary(k) || coachAt.test(k)) {
        return -1;
      }
      if (!t.norm[k].equals(",") || !JOINS.has(t, k + 1)) {
        continue;
      }
      final int item = ITEM_PREPOSITIONS.has(t, k + 2) && k + 3 < t.size ? k + 3 : k + 2;
      final int end = coachEndAt.applyAsInt(item);
      return end > 0 && standsAsItem(t, end, sent) ? item : -1;
    }
    return -1;
  }

  /**
   * The comma that opens the aside holding a cue starting at {@code cueFrom}, right after the first
   * item of such a list, when the aside is closed by a next item after the cue; -1 otherwise. The
   * coach ending at that comma is the one the cue is about.
   */
  static int asideHolding(
      Tokens t, int cueFrom, IntPredicate coachAt, IntUnaryOperator coachEndAt) {
    final int sent = t.sentence[cueFrom];
    for (int p = cueFrom - 1; p > 0 && p > cueFrom - ASIDE_REACH - 1; p--) {
      if (t.sentence[p] != sent || t.isHardBoundary(p) || coachAt.test(p)) {
        return -1;
      }
      if (t.norm[p].equals(",") && coachAt.test(p - 1)) {
        final int item = nextItem(t, p, coachAt, coachEndAt);
        return item > cueFrom ? p : -1;
      }
    }
    return -1;
  }

  /** The item ending at {@code end} closes there: punctuation, sentence end or its own club. */
  private static boolean standsAsItem(Tokens t, int end, int sent) {
    return end >= t.size
        || t.sentence[end] != sent
        || t.kind[end] == Tokens.PUNCT
        || OWN_CLUB.has(t, end);
  }
}
