package dev.coachradar.model;

import java.time.Instant;

/** Terse signal builders for the model tests. */
final class S {
  static final String COACH = "max";

  private S() {}

  static Instant day(int d) {
    return d < 0 ? null : Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * d);
  }

  /** Coach {@link #COACH} tied to a team by article {@code article} on day {@code d}. */
  static Signal rel(String article, int d, String team, Relation r) {
    return rel(article, d, team, r, 1.0, article.hashCode() * 0x9E3779B97F4A7C15L);
  }

  static Signal rel(String article, int d, String team, Relation r, double strength, long print) {
    return new Signal(
        COACH,
        "Max Allegri",
        team,
        r,
        null,
        strength,
        article,
        day(d),
        "src-" + article,
        print,
        new Evidence(article, "t", team + " " + r, 0, 10));
  }

  static Signal emp(String article, int d, Employment e) {
    return new Signal(
        COACH,
        "Max Allegri",
        null,
        null,
        e,
        1.0,
        article,
        day(d),
        "src-" + article,
        article.hashCode() * 0x9E3779B97F4A7C15L,
        null);
  }
}
