package dev.coachradar.backtest;

import java.time.Instant;

/**
 * What the pipeline said at one moment about a coach's next team: a point of his timeline.
 *
 * @param coach coach id
 * @param at event time of the change (null for undated news)
 * @param destination likely destination from then on, or null
 * @param confidence its confidence
 */
public record Prediction(String coach, Instant at, String destination, double confidence) {}
