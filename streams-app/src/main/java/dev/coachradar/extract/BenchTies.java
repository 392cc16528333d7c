package dev.coachradar.extract;

import dev.coachradar.extract.ArticleContext.Mention;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which teams an article ties each coach to: the sentences that name the coach (by name or by a
 * reference resolved to him) together with a team as a bench, not as an opponent. Read by the coach
 * slot of a cue that puts an unnamed coach on a team's bench ("Newcastle's head coach changed it",
 * "il tecnico del Como è soddisfatto"): the coach meant is one the article ties to that team, not
 * one it ties only to others.
 *
 * <p>Built once per article from its mentions, after they are all resolved; linear in them.
 */
final class BenchTies {

  /** Coach id -> team id -> the sentences naming both. */
  private final Map<String, Map<String, Set<Integer>>> ties = new HashMap<>();

  BenchTies(List<Mention> mentions, Tokens t) {
    final Map<Integer, Set<String>> teamsOf = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() == 'T' && m.id() != null) {
        teamsOf.computeIfAbsent(t.sentence[m.from()], s -> new HashSet<>()).add(m.id());
      }
    }
    for (Mention m : mentions) {
      if ((m.type() == 'C' || m.type() == 'I') && m.id() != null) {
        final int s = t.sentence[m.from()];
        for (String team : teamsOf.getOrDefault(s, Set.of())) {
          ties.computeIfAbsent(m.id(), c -> new HashMap<>())
              .computeIfAbsent(team, x -> new HashSet<>())
              .add(s);
        }
      }
    }
  }

  /** Sentences other than {@code sent} that name {@code coach} with {@code team}. */
  int tie(String coach, String team, int sent) {
    final Set<Integer> s = ties.getOrDefault(coach, Map.of()).getOrDefault(team, Set.of());
    return s.size() - (s.contains(sent) ? 1 : 0);
  }

  /** Whether a sentence other than {@code sent} names {@code coach} with a team other than one. */
  boolean tiedElsewhere(String coach, String team, int sent) {
    for (Map.Entry<String, Set<Integer>> e : ties.getOrDefault(coach, Map.of()).entrySet()) {
      if (!e.getKey().equals(team) && tie(coach, e.getKey(), sent) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The coach to put on {@code team}'s bench in sentence {@code sent} instead of {@code found}, an
   * unnamed coach there: when the other sentences never name {@code found} with that team but do
   * name him with another one, the one coach they name most often with it; else null ({@code found}
   * stays, and so on a tie).
   */
  String instead(String found, String team, int sent) {
    if (tie(found, team, sent) > 0 || !tiedElsewhere(found, team, sent)) {
      return null;
    }
    String best = null;
    int top = 0;
    boolean shared = false;
    for (String coach : ties.keySet()) {
      final int n = coach.equals(found) ? 0 : tie(coach, team, sent);
      if (n > top) {
        best = coach;
        top = n;
        shared = false;
      } else if (n == top && n > 0) {
        shared = true;
      }
    }
    return shared ? null : best;
  }
}
