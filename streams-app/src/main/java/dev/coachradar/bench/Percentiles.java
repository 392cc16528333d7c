package dev.coachradar.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample of latencies. */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The nearest-rank {@code p}-th percentile (0 &lt; p &le; 100) of {@code values}, or NaN when
   * there are none. The input is not modified.
   */
  public static double of(final long[] values, final double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    if (values.length == 0) {
      return Double.NaN;
    }
    final long[] sorted = values.clone();
    Arrays.sort(sorted);
    final int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
