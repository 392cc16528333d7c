package dev.coachradar.backtest;

import java.time.LocalDate;

/**
 * A real appointment: the coach became the team's coach (announced) on that date.
 *
 * @param coach coach id
 * @param team team id
 * @param date announcement date
 */
public record Outcome(String coach, String team, LocalDate date) {}
