package dev.coachradar.producer.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The wait between two articles, as a pure function of their times and the speed. */
class PacingTest {

  private static final long CAP = Pacing.DEFAULT_CAP_NANOS;
  private static final long HOUR_MS = 3_600_000L;

  @Test
  void gapIsCompressedBySpeed() {
    // one day of news per second: an hour's gap takes 1/24 s
    assertThat(Pacing.delayNanos(0, HOUR_MS, 86_400, CAP))
        .isEqualTo(TimeUnit.SECONDS.toNanos(1) / 24);
    // real time: a second is a second
    assertThat(Pacing.delayNanos(1_000, 2_000, 1, CAP)).isEqualTo(TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void longGapsAreCapped() {
    final long threeMonths = 90 * 24 * HOUR_MS;
    assertThat(Pacing.delayNanos(0, threeMonths, 86_400, CAP)).isEqualTo(CAP);
    assertThat(Pacing.delayNanos(0, threeMonths, 86_400, 5)).isEqualTo(5);
  }

  @Test
  void noWaitForSimultaneousOrOutOfOrderArticlesOrUnboundedSpeed() {
    assertThat(Pacing.delayNanos(5_000, 5_000, 10, CAP)).isZero();
    assertThat(Pacing.delayNanos(5_000, 4_000, 10, CAP)).isZero();
    assertThat(Pacing.delayNanos(0, HOUR_MS, Double.POSITIVE_INFINITY, CAP)).isZero();
  }

  @Test
  void parsesSpeed() {
    assertThat(Pacing.parseSpeed("max")).isInfinite();
    assertThat(Pacing.parseSpeed(" MAX ")).isInfinite();
    assertThat(Pacing.parseSpeed("86400")).isEqualTo(86_400.0);
    assertThat(Pacing.parseSpeed("0.5")).isEqualTo(0.5);
    assertThatThrownBy(() -> Pacing.parseSpeed("0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pacing.parseSpeed("-3")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Pacing.parseSpeed("fast"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
