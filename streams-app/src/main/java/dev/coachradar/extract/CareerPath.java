package dev.coachradar.extract;

import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * A career told as a path from one bench to another ("dal Foggia al Brighton", "from Burnley to
 * Everton"): the team the path starts from is a bench its coach has left. Plain token arithmetic
 * over {@link Tokens}, no state.
 */
final class CareerPath {

  /** Prepositions that open a path's start ("dal Foggia", "from Burnley"). */
  private static final Set<String> FROM_WORDS =
      Set.of("dal", "dalla", "dallo", "dall", "dai", "dagli", "dalle", "from");

  /** Prepositions that open a path's end ("al Brighton", "to Everton"). */
  private static final Set<String> TO_WORDS =
      Set.of("al", "alla", "allo", "all", "ai", "agli", "alle", "to");

  private CareerPath() {}

  /**
   * Whether the team spanning {@code [from, to)} starts a path: a "from" preposition right before
   * it, a "to" preposition (and an optional article) right after it, then another team, as told by
   * {@code teamEndAt} (the end of a team starting at an index, or -1).
   */
  static boolean startsPath(Tokens t, int from, int to, IntUnaryOperator teamEndAt) {
    if (from < 1 || to >= t.size || !FROM_WORDS.contains(t.norm[from - 1])) {
      return false;
    }
    if (t.kind[to] != Tokens.WORD || !TO_WORDS.contains(t.norm[to])) {
      return false;
    }
    int k = to + 1;
    if (k < t.size && t.kind[k] == Tokens.WORD && Tokens.DEFINITE_ARTICLES.contains(t.norm[k])) {
      k++;
    }
    return k < t.size && t.sentence[k] == t.sentence[from] && teamEndAt.applyAsInt(k) > 0;
  }
}
