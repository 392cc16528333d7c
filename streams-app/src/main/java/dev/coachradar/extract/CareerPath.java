package dev.coachradar.extract;

import java.util.function.IntUnaryOperator;

/**
 * A career told as a path from one bench to another ("dal Foggia al Brighton", "from Burnley to
 * Everton"): the team the path starts from is a bench its coach has left. Plain token arithmetic
 * over {@link Tokens}, no state.
 */
final class CareerPath {

  /** Prepositions that open a path's start ("dal Foggia", "from Burnley"). */
  private static final WordSet FROM_WORDS =
      WordSet.of("dal", "dalla", "dallo", "dall", "dai", "dagli", "dalle", "from");

  /** Prepositions that open a path's end ("al Brighton", "to Everton"). */
  private static final WordSet TO_WORDS =
      WordSet.of("al", "alla", "allo", "all", "ai", "agli", "alle", "to");

  private CareerPath() {}

  /**
   * Whether the team spanning {@code [from, to)} starts a path: a "from" preposition right before
   * it, a "to" preposition (and an optional article) right after it, then another team, as told by
   * {@code teamEndAt} (the end of a team starting at an index, or -1).
   */
  static boolean startsPath(Tokens t, int from, int to, IntUnaryOperator teamEndAt) {
    if (from < 1 || to >= t.size || !FROM_WORDS.has(t, from - 1)) {
      return false;
    }
    if (t.kind[to] != Tokens.WORD || !TO_WORDS.has(t, to)) {
      return false;
    }
    int k = to + 1;
    if (k < t.size && t.kind[k] == Tokens.WORD && Tokens.DEFINITE_ARTICLES.has(t, k)) {
      k++;
    }
    return k < t.size && t.sentence[k] == t.sentence[from] && teamEndAt.applyAsInt(k) > 0;
  }
}
