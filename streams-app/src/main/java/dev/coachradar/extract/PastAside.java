package dev.coachradar.extract;

import java.util.function.IntPredicate;

/**
 * A coach's past told in an aside right after his name: "Il Torino pensa a Mazzarri, esonerato a
 * febbraio", "Everton are considering Potter, who was sacked in April", "Leeds are in talks with
 * Farke, who resigned in the spring". The aside opens with a comma right after the name and runs to
 * the next comma or the sentence's end. A spell it ends (SACKED, LEFT) is at a team the aside names
 * itself; the team of the clause it interrupts, where that clause moves the same coach (a
 * candidacy, an appointment), is where he may go, not the bench he lost, so the aside does not
 * reach it. Without a team of its own the aside names no past bench.
 */
final class PastAside {

  /**
   * Words between the aside's opening comma and the cue ("who has been out of work since he was").
   */
  static final int OPENING_WORDS = 8;

  /** Longest aside after the cue, in tokens. */
  static final int REACH = 20;

  private PastAside() {}

  /**
   * The comma that opens the aside holding the cue starting at {@code cueFrom}, or -1: only words
   * and no mention between it and the cue, and the last token of a coach's name right before it.
   *
   * @param mentionAt whether a mention other than a pronoun ("since he was sacked") covers a token
   * @param coachAt whether a coach's name covers a token
   */
  static int opening(Tokens t, int cueFrom, IntPredicate mentionAt, IntPredicate coachAt) {
    int j = cueFrom - 1;
    int words = 0;
    while (j > -1 && words < OPENING_WORDS && t.kind[j] == Tokens.WORD && !mentionAt.test(j)) {
      j--;
      words++;
    }
    if (j < 1 || !t.norm[j].equals(",") || t.sentence[j] != t.sentence[cueFrom]) {
      return -1;
    }
    return coachAt.test(j - 1) ? j : -1;
  }

  /**
   * The token that closes the aside whose cue ends at {@code cueTo}: the next comma, hard boundary
   * or the sentence's end, at most {@link #REACH} tokens on.
   */
  static int closing(Tokens t, int cueTo) {
    final int sent = t.sentence[Math.max(0, cueTo - 1)];
    int j = cueTo;
    while (j < t.size
        && j < cueTo + REACH
        && t.sentence[j] == sent
        && !t.isHardBoundary(j)
        && !t.norm[j].equals(",")) {
      j++;
    }
    return j;
  }
}
