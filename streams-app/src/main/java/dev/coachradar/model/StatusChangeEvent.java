package dev.coachradar.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change in a coach's state that a subscriber cares about.
 *
 * @param coachId coach id
 * @param coachName display name
 * @param eventTime event time of the newest article that caused it, null if all were undated
 * @param kinds what changed, in {@link ChangeKind} order, never empty
 * @param before state before, or null for a coach seen for the first time
 * @param after state after
 * @param causedBy ids of the articles that caused it, sorted
 * @param late the causing news is older than news already folded in (it corrected the past)
 * @param summary one readable line
 */
public record StatusChangeEvent(
    String coachId,
    String coachName,
    Instant eventTime,
    List<ChangeKind> kinds,
    CoachState before,
    CoachState after,
    List<String> causedBy,
    boolean late,
    String summary) {

  /** Checks the invariants and copies the lists. */
  public StatusChangeEvent {
    Objects.requireNonNull(coachId, "coachId");
    Objects.requireNonNull(after, "after");
    kinds = List.copyOf(kinds);
    causedBy = List.copyOf(causedBy);
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("a change needs at least one kind");
    }
  }
}
