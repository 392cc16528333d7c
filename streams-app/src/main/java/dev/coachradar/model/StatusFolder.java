package dev.coachradar.model;

import java.time.Instant;
import java.util.Collection;

/**
 * Folds a coach's signals into his state. Implementations depend only on the <em>set</em> of
 * signals and on event time (never the wall clock), so replays, duplicates and late arrivals give
 * the same state.
 */
public interface StatusFolder {

  /**
   * The coach's state after all signals published up to {@code asOf}.
   *
   * @param coachId the coach
   * @param signals his signals, any order, duplicates allowed
   * @param asOf ignore signals published after this instant; null means all of them (undated
   *     signals are always included)
   */
  CoachState fold(String coachId, Collection<Signal> signals, Instant asOf);

  /**
   * The coach's state after all his retained signals: {@code fold(history.coachId(),
   * history.signals(), null)}. An implementation may resume from what it saved of its previous fold
   * of the same history (see {@link DefaultStatusFolder#fold(CoachHistory)}); the result is the
   * same.
   */
  default CoachState fold(CoachHistory history) {
    return fold(history.coachId(), history.signals(), null);
  }
}
