package dev.coachradar.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * What one article says about one coach. Either ties him to a team ({@code teamId} and {@code
 * relation} set) or states his employment without a team ({@code employment} set, the other two
 * null).
 *
 * @param coachId coach id (ANNOTATION.md: slug of the full name)
 * @param coachName display name
 * @param teamId team id, or null for an employment statement
 * @param relation stance of the pair as of the article's date, or null for an employment statement
 * @param employment employment stated outright, or null
 * @param strength how firmly it is stated, in (0,1]: 1 plain fact, lower when hedged
 * @param articleId source article
 * @param publishedAt event time, or null when the article is undated
 * @param source outlet, may be null
 * @param fingerprint SimHash of the article body (near-duplicates share most bits)
 * @param evidence the sentence behind it
 * @param openBench for a LINKED signal: the same article reports the team's bench open (its coach
 *     sacked, gone or leaving, and nobody else in charge), so the link is a candidacy for a vacancy
 * @param benchHeld for an AGREED signal: the same article reports another coach still in charge of
 *     the team (COACHES, AT_RISK or LEAVING there), so the deal starts later, when the seat is free
 */
public record Signal(
    String coachId,
    String coachName,
    String teamId,
    Relation relation,
    Employment employment,
    double strength,
    String articleId,
    Instant publishedAt,
    String source,
    long fingerprint,
    Evidence evidence,
    boolean openBench,
    boolean benchHeld) {

  /**
   * Canonical order: event time (undated first), then article, coach, team, relation. Folding sorts
   * by it so that the result never depends on arrival order.
   */
  public static final Comparator<Signal> CANONICAL =
      Comparator.comparing(
              Signal::publishedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(Signal::articleId)
          .thenComparing(Signal::coachId)
          .thenComparing(Signal::teamId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(
              Signal::relation, Comparator.nullsFirst(Comparator.<Relation>naturalOrder()))
          .thenComparing(
              Signal::employment, Comparator.nullsFirst(Comparator.<Employment>naturalOrder()));

  /** Checks the invariants. */
  public Signal {
    Objects.requireNonNull(coachId, "coachId");
    Objects.requireNonNull(articleId, "articleId");
    if ((teamId == null) != (relation == null)) {
      throw new IllegalArgumentException(
          "teamId and relation go together: " + teamId + "/" + relation);
    }
    if (teamId == null && employment == null) {
      throw new IllegalArgumentException("a signal needs a team relation or an employment");
    }
    if (!(strength > 0 && strength <= 1)) {
      throw new IllegalArgumentException("strength must be in (0,1]: " + strength);
    }
  }

  /** A signal without the article-level marks (open bench, bench held). */
  public Signal(
      String coachId,
      String coachName,
      String teamId,
      Relation relation,
      Employment employment,
      double strength,
      String articleId,
      Instant publishedAt,
      String source,
      long fingerprint,
      Evidence evidence) {
    this(
        coachId,
        coachName,
        teamId,
        relation,
        employment,
        strength,
        articleId,
        publishedAt,
        source,
        fingerprint,
        evidence,
        false,
        false);
  }

  /** The same signal, marked as a link to an open bench (or not). */
  public Signal withOpenBench(boolean open) {
    return withMarks(open, benchHeld);
  }

  /** The same signal, marked as a deal for a bench another coach still holds (or not). */
  public Signal withBenchHeld(boolean held) {
    return withMarks(openBench, held);
  }

  private Signal withMarks(boolean open, boolean held) {
    return open == openBench && held == benchHeld
        ? this
        : new Signal(
            coachId,
            coachName,
            teamId,
            relation,
            employment,
            strength,
            articleId,
            publishedAt,
            source,
            fingerprint,
            evidence,
            open,
            held);
  }

  /** Identity of the fact, so that a replayed article does not count twice. */
  public String key() {
    return articleId + "|" + coachId + "|" + teamId + "|" + relation + "|" + employment;
  }
}
