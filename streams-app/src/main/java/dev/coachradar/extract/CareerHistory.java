package dev.coachradar.extract;

import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Grammar of a coach's past benches as news recalls them: which team a past-spell cue is about when
 * it sits in a relative clause ("Bayer Leverkusen, where he was sacked in 2017, and Red Bull
 * Salzburg"; "al Manchester City, che lo esonerò nel 2013, e allo Zenit"). Past spells are told in
 * asides attached to the team, and the team named after the aside is the next item of a career
 * list, not the bench the cue ends.
 *
 * <p>Plain token arithmetic over {@link Tokens}, no state; every scan has a fixed bound, so the
 * cost is linear in the text.
 */
final class CareerHistory {

  /** Relative words whose antecedent, before a comma, can be a team (the place or the agent). */
  private static final Set<String> RELATIVE_WORDS =
      Set.of("where", "dove", "which", "who", "whom", "che", "cui");

  /** Prepositions before "cui"/"whom"/"which" ("con cui", "with whom", "in which"). */
  private static final Set<String> RELATIVE_PREPOSITIONS =
      Set.of("in", "con", "da", "a", "per", "with", "at", "under", "by", "for");

  /** Prepositions that make a team the complement of a noun ("l'ex ct della Polonia, che"). */
  private static final Set<String> GENITIVES =
      Set.of("di", "del", "della", "dello", "dell", "dei", "degli", "delle", "of");

  /** Articles between a cue and its object team ("coached the Columbus Crew", "lasciato il Pisa"). */
  private static final Set<String> OBJECT_LEADS =
      Set.of("the", "il", "lo", "la", "l", "i", "gli", "le");

  /** Longest distance, in words, from a relative word to the cue it governs. */
  private static final int RELATIVE_REACH = 12;

  private CareerHistory() {}

  /**
   * For a cue spanning {@code [cueFrom, cueTo)}: the index of the last token before ", where/dove/
   * che/cui…" that opens the clause holding the cue, where the antecedent ends; -1 when the cue is
   * not inside such a relative clause (a comma or a sentence boundary comes first, or the relative
   * is too far), or when the cue has its own object team right after it ("where he previously
   * coached the Columbus Crew"), as told by {@code teamStartsAt}. The caller decides whether a
   * team ends there.
   */
  static int relativeAntecedent(Tokens t, int cueFrom, int cueTo, IntPredicate teamStartsAt) {
    int k = cueTo;
    while (k < t.size && t.kind[k] == Tokens.WORD && OBJECT_LEADS.contains(t.norm[k])) {
      k++;
    }
    if (k < t.size && teamStartsAt.test(k)) {
      return -1;
    }
    int words = 0;
    for (int j = cueFrom - 1; j >= 1 && words <= RELATIVE_REACH; j--) {
      if (t.kind[j] == Tokens.PUNCT) {
        return -1; // the clause holding the cue starts after a comma or a boundary: not relative
      }
      if (RELATIVE_WORDS.contains(t.norm[j])) {
        int open = j - 1;
        if (t.kind[open] == Tokens.WORD && RELATIVE_PREPOSITIONS.contains(t.norm[open])) {
          open--; // "con cui", "with whom"
        }
        if (open < 1 || t.kind[open] != Tokens.PUNCT || !t.norm[open].equals(",")) {
          return -1;
        }
        return open - 1;
      }
      words++;
    }
    return -1;
  }

  /**
   * A team starting at {@code teamFrom} is the complement of a noun ("l'ex ct della Polonia"), so a
   * relative after it is about that noun (a person), not the team.
   */
  static boolean complementOfNoun(Tokens t, int teamFrom) {
    int p = teamFrom - 1;
    while (p >= 0 && t.kind[p] == Tokens.WORD && OBJECT_LEADS.contains(t.norm[p])) {
      p--;
    }
    return p >= 0 && t.kind[p] == Tokens.WORD && GENITIVES.contains(t.norm[p]);
  }
}
