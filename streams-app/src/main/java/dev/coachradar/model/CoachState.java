package dev.coachradar.model;

import java.time.Instant;
import java.util.List;

/**
 * What a careful reader concludes about one coach from a set of signals.
 *
 * @param coachId coach id
 * @param coachName display name
 * @param employment employed, free or unknown
 * @param currentTeam team he coaches now, or null
 * @param atRisk his job at the current team is in danger
 * @param leaving he is about to leave the current team
 * @param likelyDestination team he most likely coaches next, or null
 * @param confidence probability of that destination, in [0,1] (0 when there is none)
 * @param destinationArticles articles behind the likely destination, newest first
 * @param candidates teams he is linked to, best first
 * @param evidence sentences behind the current team and the destination
 * @param articlesSeen distinct articles folded in
 * @param updatedAt event time of the newest article folded in, or null if only undated ones
 */
public record CoachState(
    String coachId,
    String coachName,
    Employment employment,
    String currentTeam,
    boolean atRisk,
    boolean leaving,
    String likelyDestination,
    double confidence,
    List<String> destinationArticles,
    List<Candidate> candidates,
    List<Evidence> evidence,
    int articlesSeen,
    Instant updatedAt) {

  /** A coach no news has told anything about yet. */
  public static CoachState unknown(final String coachId, final String coachName) {
    return new CoachState(
        coachId,
        coachName,
        Employment.UNKNOWN,
        null,
        false,
        false,
        null,
        0.0,
        List.of(),
        List.of(),
        List.of(),
        0,
        null);
  }
}
