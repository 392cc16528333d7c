package dev.coachradar.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Team benches from coach states, as pure functions. A coach's state contributes one {@link Entry}
 * per team it mentions (he coaches it now, or it is one of his candidates); the topology re-keys
 * the entries by team and builds each bench from the entries of all coaches with {@link #bench}.
 */
public final class TeamBenches {

  private TeamBenches() {}

  /** How a coach stands with a team. */
  public enum Role {
    /** He coaches the team now. */
    CURRENT,
    /** He is linked to the team. */
    CANDIDATE
  }

  /**
   * One coach's contribution to one team's bench.
   *
   * @param teamId team
   * @param coachId coach
   * @param role current coach or candidate
   * @param score candidate score (0 for the current coach)
   * @param probability candidate probability (0 for the current coach)
   * @param updatedAt event time of the coach state behind it, may be null
   */
  public record Entry(
      String teamId,
      String coachId,
      Role role,
      double score,
      double probability,
      Instant updatedAt) {}

  /**
   * A team's bench.
   *
   * @param teamId team
   * @param currentCoach coach id of its current coach, or null
   * @param candidates coaches linked to it, best first (the current coach excluded)
   * @param updatedAt newest event time behind it, or null
   */
  public record Bench(
      String teamId, String currentCoach, List<Entry> candidates, Instant updatedAt) {}

  /** The entries a coach's state contributes, one per team, ordered by team id. */
  public static List<Entry> entries(CoachState state) {
    Map<String, Entry> out = new TreeMap<>();
    if (state.currentTeam() != null) {
      out.put(
          state.currentTeam(),
          new Entry(state.currentTeam(), state.coachId(), Role.CURRENT, 0, 0, state.updatedAt()));
    }
    for (Candidate c : state.candidates()) {
      out.putIfAbsent(
          c.teamId(),
          new Entry(
              c.teamId(),
              state.coachId(),
              Role.CANDIDATE,
              c.score(),
              c.probability(),
              state.updatedAt()));
    }
    return List.copyOf(out.values());
  }

  /**
   * What changes on each team's bench when a coach's state goes from {@code before} to {@code
   * after}: the new entry, or empty to retract his old one. Teams he no longer mentions get a
   * retraction; unchanged entries are left out.
   */
  public static Map<String, Optional<Entry>> changes(CoachState before, CoachState after) {
    Map<String, Optional<Entry>> out = new TreeMap<>();
    Map<String, Entry> old = new TreeMap<>();
    if (before != null) {
      entries(before).forEach(e -> old.put(e.teamId(), e));
    }
    Map<String, Entry> now = new TreeMap<>();
    if (after != null) {
      entries(after).forEach(e -> now.put(e.teamId(), e));
    }
    old.keySet().stream()
        .filter(t -> !now.containsKey(t))
        .forEach(t -> out.put(t, Optional.empty()));
    now.forEach(
        (t, e) -> {
          if (!e.equals(old.get(t))) {
            out.put(t, Optional.of(e));
          }
        });
    return out;
  }

  /**
   * Builds a team's bench from the entries of all coaches for it. If several coaches claim to be
   * its current coach, the one with the newest {@code updatedAt} wins (undated oldest), then the
   * smallest coach id, so that the result never depends on the order of the entries.
   */
  public static Bench bench(String teamId, Collection<Entry> entries) {
    Objects.requireNonNull(teamId, "teamId");
    Comparator<Instant> time = Comparator.nullsFirst(Comparator.naturalOrder());
    Entry current = null;
    Instant updated = null;
    for (Entry e : entries) {
      if (!teamId.equals(e.teamId())) {
        continue;
      }
      if (e.updatedAt() != null && (updated == null || e.updatedAt().isAfter(updated))) {
        updated = e.updatedAt();
      }
      if (e.role() == Role.CURRENT
          && (current == null
              || time.compare(e.updatedAt(), current.updatedAt()) > 0
              || (Objects.equals(e.updatedAt(), current.updatedAt())
                  && e.coachId().compareTo(current.coachId()) < 0))) {
        current = e;
      }
    }
    String coach = current == null ? null : current.coachId();
    List<Entry> candidates = new ArrayList<>();
    for (Entry e : entries) {
      if (teamId.equals(e.teamId()) && e.role() == Role.CANDIDATE && !e.coachId().equals(coach)) {
        candidates.add(e);
      }
    }
    candidates.sort(
        Comparator.comparingDouble((Entry e) -> -e.probability())
            .thenComparingDouble(e -> -e.score())
            .thenComparing(Entry::coachId));
    return new Bench(teamId, coach, List.copyOf(candidates), updated);
  }
}
