package dev.coachradar.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacktestTest {
  private static Prediction p(final String day, final String team, final double conf) {
    return new Prediction("allegri", Instant.parse(day + "T10:00:00Z"), team, conf, null);
  }

  private final Outcome milan = new Outcome("allegri", "milan", LocalDate.parse("2025-05-30"));

  @Test
  void measuresTheFinalRightStretchAndTheFlips() {
    final List<Prediction> timeline =
        List.of(
            p("2024-12-01", "west-ham", 0.67),
            p("2025-02-01", "roma", 0.58),
            p("2025-05-01", "milan", 0.62),
            p("2025-05-30", "milan", 0.94),
            p("2025-07-01", null, 0.0));

    final Backtest.OutcomeResult r = Backtest.score(List.of(milan), timeline).get(0);

    assertThat(r.pointedSince()).isEqualTo(Instant.parse("2025-05-01T10:00:00Z"));
    assertThat(r.daysBefore()).isEqualTo(29);
    assertThat(r.flips()).isEqualTo(3);
    assertThat(r.confidenceAtAppointment()).isEqualTo(0.94);
  }

  @Test
  void aMoveThatHappenedCountsAsPointingRight() {
    final List<Prediction> timeline =
        List.of(
            p("2025-05-01", "milan", 0.62),
            new Prediction("allegri", Instant.parse("2025-05-30T12:00:00Z"), null, 0.0, "milan"));

    final Backtest.OutcomeResult r = Backtest.score(List.of(milan), timeline).get(0);

    assertThat(r.pointedSince()).isEqualTo(Instant.parse("2025-05-01T10:00:00Z"));
    assertThat(r.confidenceAtAppointment()).isEqualTo(1.0);
  }

  @Test
  void neverPointingGivesNoDays() {
    final Backtest.OutcomeResult r =
        Backtest.score(List.of(milan), List.of(p("2025-02-01", "roma", 0.58))).get(0);
    assertThat(r.pointedSince()).isNull();
    assertThat(r.daysBefore()).isNull();
  }

  @Test
  void calibrationResolvesPredictionsByTheNextAppointment() {
    final List<Prediction> timeline =
        List.of(
            p("2025-02-01", "roma", 0.58), // wrong, band [.5,.75)
            p("2025-05-01", "milan", 0.80), // right, band [.75,1]
            p("2025-05-30", "milan", 0.94), // same day as the appointment: not a prediction
            p("2025-07-01", "juventus", 0.9)); // no later appointment: unresolved

    final List<Backtest.Band> bands = Backtest.calibration(List.of(milan), timeline);

    assertThat(bands.get(2).predictions()).isEqualTo(1);
    assertThat(bands.get(2).cameTrue()).isZero();
    assertThat(bands.get(3).predictions()).isEqualTo(1);
    assertThat(bands.get(3).cameTrue()).isEqualTo(1);
  }
}
