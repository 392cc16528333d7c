package dev.coachradar.backtest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a replay's likely-destination timeline against real appointments: how early and how
 * reliably it pointed at the right team, and how calibrated its confidence is. Pure functions.
 */
public final class Backtest {

  /** Confidence bands of the calibration table: [0,.25), [.25,.5), [.5,.75), [.75,1]. */
  public static final double[] BAND_EDGES = {0.0, 0.25, 0.5, 0.75, 1.0};

  private Backtest() {}

  /**
   * How the timeline did for one appointment.
   *
   * @param outcome the appointment
   * @param pointedSince start of the final uninterrupted stretch, up to the appointment day, in
   *     which the expected next bench ({@link Prediction#expectedTeam()}: the likely destination,
   *     else the current team) was the right team; null if it did not point there on the day
   * @param firstPointed first time it ever pointed at the right team before the appointment day
   *     ended, or null
   * @param daysBefore whole days from {@code pointedSince} to the appointment, or null
   * @param flips how many times the expected next bench changed before the appointment
   * @param confidenceAtAppointment confidence in the right team at the end of the appointment day
   */
  public record OutcomeResult(
      Outcome outcome,
      Instant pointedSince,
      Instant firstPointed,
      Long daysBefore,
      int flips,
      double confidenceAtAppointment) {}

  /**
   * One row of the calibration table.
   *
   * @param low lower edge of the band (inclusive)
   * @param high upper edge (exclusive, except 1.0)
   * @param predictions predictions made in this band that a later appointment resolved
   * @param cameTrue how many of them named the team he was then appointed to
   */
  public record Band(double low, double high, int predictions, int cameTrue) {
    /** Observed share of true predictions, or NaN when the band is empty. */
    public double share() {
      return predictions == 0 ? Double.NaN : (double) cameTrue / predictions;
    }
  }

  /** Results for every outcome, in the order given. */
  public static List<OutcomeResult> score(
      final List<Outcome> outcomes, final List<Prediction> timeline) {
    final Map<String, List<Prediction>> byCoach = byCoach(timeline);
    final List<OutcomeResult> results = new ArrayList<>();
    for (final Outcome o : outcomes) {
      results.add(score(o, byCoach.getOrDefault(o.coach(), List.of())));
    }
    return results;
  }

  static OutcomeResult score(final Outcome o, final List<Prediction> coachTimeline) {
    final Instant endOfDay = endOfDay(o.date());
    Instant since = null;
    Instant first = null;
    String previous = null;
    int flips = 0;
    double confidence = 0;
    for (final Prediction p : coachTimeline) {
      if (p.at() != null && p.at().isAfter(endOfDay)) {
        break;
      }
      final String expected = p.expectedTeam();
      if (!java.util.Objects.equals(previous, expected)) {
        if (previous != null || expected != null) {
          flips++;
        }
        previous = expected;
        final boolean right = o.team().equals(expected);
        since = right ? p.at() : null;
        if (right && first == null) {
          first = p.at();
        }
      }
      confidence = p.confidenceIn(o.team());
    }
    final Instant pointed = o.team().equals(previous) ? since : null;
    final Long days = pointed == null ? null : Duration.between(pointed, endOfDay).toDays();
    return new OutcomeResult(o, pointed, first, days, flips, confidence);
  }

  /**
   * The calibration table: each timeline point with a destination is a prediction, resolved by the
   * coach's first appointment strictly after the prediction's day; predictions with no later
   * appointment in the outcomes are left out.
   */
  public static List<Band> calibration(
      final List<Outcome> outcomes, final List<Prediction> timeline) {
    final int[] total = new int[BAND_EDGES.length - 1];
    final int[] hits = new int[BAND_EDGES.length - 1];
    final Map<String, List<Outcome>> outcomesByCoach = new TreeMap<>();
    for (final Outcome o : outcomes) {
      outcomesByCoach.computeIfAbsent(o.coach(), k -> new ArrayList<>()).add(o);
    }
    outcomesByCoach.values().forEach(l -> l.sort(Comparator.comparing(Outcome::date)));
    for (final Prediction p : timeline) {
      if (p.destination() == null || p.at() == null) {
        continue;
      }
      final LocalDate day = p.at().atZone(ZoneOffset.UTC).toLocalDate();
      final Outcome next =
          outcomesByCoach.getOrDefault(p.coach(), List.of()).stream()
              .filter(o -> o.date().isAfter(day))
              .findFirst()
              .orElse(null);
      if (next == null) {
        continue;
      }
      final int band = band(p.confidence());
      total[band]++;
      if (next.team().equals(p.destination())) {
        hits[band]++;
      }
    }
    final List<Band> bands = new ArrayList<>();
    for (int i = 0; i < total.length; i++) {
      bands.add(new Band(BAND_EDGES[i], BAND_EDGES[i + 1], total[i], hits[i]));
    }
    return bands;
  }

  static int band(final double confidence) {
    for (int i = BAND_EDGES.length - 2; i > 0; i--) {
      if (confidence >= BAND_EDGES[i]) {
        return i;
      }
    }
    return 0;
  }

  /** Confidence in {@code team} at each point of a coach's timeline, for charts. */
  public static List<double[]> confidenceSeries(
      final Outcome o, final List<Prediction> timeline, final int daysWindow) {
    final Instant end = endOfDay(o.date());
    final List<double[]> points = new ArrayList<>();
    for (final Prediction p : timeline) {
      if (!p.coach().equals(o.coach()) || p.at() == null || p.at().isAfter(end)) {
        continue;
      }
      final double daysBefore = Duration.between(p.at(), end).toHours() / 24.0;
      if (daysBefore <= daysWindow) {
        points.add(new double[] {daysBefore, p.confidenceIn(o.team())});
      }
    }
    return points;
  }

  static Instant endOfDay(final LocalDate d) {
    return d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
  }

  private static Map<String, List<Prediction>> byCoach(final List<Prediction> timeline) {
    final Map<String, List<Prediction>> byCoach = new TreeMap<>();
    for (final Prediction p : timeline) {
      byCoach.computeIfAbsent(p.coach(), k -> new ArrayList<>()).add(p);
    }
    final Comparator<Instant> undatedFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    byCoach.values().forEach(l -> l.sort(Comparator.comparing(Prediction::at, undatedFirst)));
    return byCoach;
  }
}
