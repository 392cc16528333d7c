package dev.coachradar.extract;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The team that is the subject of a cue told after an aside: "la Fiorentina, salutato Italiano dopo
 * la finale persa ad Atene, ha messo nel mirino Palladino", "and Everton, beaten again at home,
 * have approached Dyche". The team opens its clause (the sentence's start, after a boundary or a
 * conjunction, past an article), a comma follows it at once, and the aside ends with a comma a few
 * words (the verb) before the cue. The cue is the team's: not a team or coach named inside the
 * aside, nor a team named in an earlier clause.
 */
final class AsideSubject {

  /** Longest aside, in tokens. */
  static final int REACH = 30;

  /** Words between the aside's closing comma and the cue ("ha messo", "have already"). */
  private static final int VERB_WORDS = 4;

  /** Words that open a clause before its subject team ("e la Fiorentina", "while Everton"). */
  private static final WordSet OPENERS =
      WordSet.of("e", "ed", "ma", "mentre", "and", "but", "while", "whereas");

  private AsideSubject() {}

  /**
   * The start of the team mention that is the subject of the cue starting at {@code cueFrom}, or
   * -1.
   *
   * @param mentionAt whether any mention (coach, team, person) covers a token
   * @param teamStartAt the start of a team mention ending (exclusive) at a token, or -1
   */
  static int teamBefore(
      Tokens t, int cueFrom, IntPredicate mentionAt, IntUnaryOperator teamStartAt) {
    int j = cueFrom - 1;
    int words = 0;
    while (j > -1 && words < VERB_WORDS && t.kind[j] == Tokens.WORD && !mentionAt.test(j)) {
      j--;
      words++;
    }
    if (j < 2 || !t.norm[j].equals(",")) {
      return -1;
    }
    final int sent = t.sentence[cueFrom];
    for (int k = j - 2; k > 0 && k > j - REACH - 1 && t.sentence[k] == sent; k--) {
      if (t.isHardBoundary(k)) {
        return -1;
      }
      if (!t.norm[k].equals(",")) {
        continue;
      }
      final int team = teamStartAt.applyAsInt(k);
      return team >= 0 && opensClause(t, team, sent) ? team : -1;
    }
    return -1;
  }

  private static boolean opensClause(Tokens t, int from, int sent) {
    int p = from - 1;
    if (p >= 0 && t.kind[p] == Tokens.WORD && Tokens.DEFINITE_ARTICLES.has(t, p)) {
      p--;
    }
    return p < t.sentenceStart[sent]
        || t.isHardBoundary(p)
        || (t.kind[p] == Tokens.WORD && OPENERS.has(t, p));
  }
}
