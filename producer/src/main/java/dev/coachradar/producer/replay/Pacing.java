package dev.coachradar.producer.replay;

import java.util.concurrent.TimeUnit;

/**
 * How long a replay waits between two articles: the gap between their event times divided by the
 * speed, never more than a cap, so that a quiet month in the news does not stall the run.
 */
public final class Pacing {

  /** The longest single wait when none is given: 2 s. */
  public static final long DEFAULT_CAP_NANOS = TimeUnit.SECONDS.toNanos(2);

  private Pacing() {}

  /**
   * The wait before sending an article published at {@code nextMillis} after one published at
   * {@code previousMillis}.
   *
   * @param speed event time per wall-clock time (86400 = one day of news per second); {@link
   *     Double#POSITIVE_INFINITY} for no waiting
   * @param capNanos the longest wait returned
   * @return nanoseconds to wait, 0 when the articles are simultaneous, out of order, or the speed
   *     is unbounded
   */
  public static long delayNanos(
      final long previousMillis, final long nextMillis, final double speed, final long capNanos) {
    if (Double.isInfinite(speed) || nextMillis <= previousMillis) {
      return 0;
    }
    final double nanos = (nextMillis - previousMillis) * 1e6 / speed;
    return nanos >= capNanos ? capNanos : (long) nanos;
  }

  /**
   * Parses {@code --speed}: {@code max} (as fast as possible) or a positive number.
   *
   * @throws IllegalArgumentException when the value is neither
   */
  public static double parseSpeed(final String value) {
    final String text = value.strip();
    if (text.equalsIgnoreCase("max")) {
      return Double.POSITIVE_INFINITY;
    }
    final double speed;
    try {
      speed = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("speed '" + value + "' is neither 'max' nor a number", e);
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be a positive number or 'max', not " + value);
    }
    return speed;
  }
}
