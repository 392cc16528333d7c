package dev.coachradar.producer.replay;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The period a replay covers, both ends inclusive and optional. An undated article belongs to the
 * window only when it has no start: it is the oldest news there is, so it precedes any start.
 *
 * @param from first instant included, or null for no lower bound
 * @param to last instant included, or null for no upper bound
 */
public record TimeWindow(Instant from, Instant to) {

  /** No bounds: every article, dated or not. */
  public static final TimeWindow ALL = new TimeWindow(null, null);

  /** Checks that the window is not empty. */
  public TimeWindow {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
  }

  /** Whether an article published at {@code publishedAt} (null when undated) is in the window. */
  public boolean contains(final Instant publishedAt) {
    if (publishedAt == null) {
      return from == null;
    }
    return (from == null || !publishedAt.isBefore(from))
        && (to == null || !publishedAt.isAfter(to));
  }

  /**
   * Parses a window bound: an ISO-8601 instant (with {@code Z} or an offset) or a date {@code
   * YYYY-MM-DD} (UTC). A date as the start means its first instant; as the end, its last instant,
   * so that {@code --to 2024-12-31} includes the whole of 31 December.
   *
   * @param end whether the value is the end of the window
   * @throws IllegalArgumentException when the value is neither form
   */
  public static Instant parseBound(final String value, final boolean end) {
    final String text = value.strip();
    try {
      if (text.length() == 10) {
        final LocalDate day = LocalDate.parse(text);
        return end
            ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
            : day.atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is neither an ISO-8601 instant nor a date YYYY-MM-DD", e);
    }
  }
}
