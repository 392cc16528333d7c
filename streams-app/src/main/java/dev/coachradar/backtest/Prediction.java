package dev.coachradar.backtest;

import java.time.Instant;

/**
 * What the pipeline said at one moment about a coach's next team: a point of his timeline.
 *
 * @param coach coach id
 * @param at event time of the change (null for undated news)
 * @param destination likely destination from then on, or null
 * @param confidence its confidence
 * @param currentTeam the team he coaches then, or null
 */
public record Prediction(
    String coach, Instant at, String destination, double confidence, String currentTeam) {

  /**
   * The pipeline's best guess of his bench after his next move: the likely destination, or, when
   * there is none, the team he coaches (he stays; or the move has happened).
   */
  public String expectedTeam() {
    return destination != null ? destination : currentTeam;
  }

  /** Confidence that his next bench is {@code team}: 1 once he coaches it. */
  public double confidenceIn(final String team) {
    if (team.equals(destination)) {
      return confidence;
    }
    return destination == null && team.equals(currentTeam) ? 1.0 : 0.0;
  }
}
