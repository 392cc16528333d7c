package dev.coachradar.producer.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Window bounds: instants and dates, inclusive ends, undated articles. */
class TimeWindowTest {

  @Test
  void datesCoverWholeDays() {
    final TimeWindow window =
        new TimeWindow(
            TimeWindow.parseBound("2024-12-01", false), TimeWindow.parseBound("2024-12-31", true));

    assertThat(window.contains(Instant.parse("2024-11-30T23:59:59Z"))).isFalse();
    assertThat(window.contains(Instant.parse("2024-12-01T00:00:00Z"))).isTrue();
    assertThat(window.contains(Instant.parse("2024-12-31T23:59:59.999Z"))).isTrue();
    assertThat(window.contains(Instant.parse("2025-01-01T00:00:00Z"))).isFalse();
  }

  @Test
  void instantsAreInclusive() {
    final TimeWindow window =
        new TimeWindow(
            TimeWindow.parseBound("2024-05-07T08:45:00Z", false),
            TimeWindow.parseBound("2024-05-07T10:45:00+02:00", true));

    assertThat(window.contains(Instant.parse("2024-05-07T08:45:00Z"))).isTrue();
    assertThat(window.contains(Instant.parse("2024-05-07T08:44:59Z"))).isFalse();
    assertThat(window.contains(Instant.parse("2024-05-07T08:45:00.001Z"))).isFalse();
  }

  @Test
  void undatedArticlesOnlyWithoutAStart() {
    assertThat(TimeWindow.ALL.contains(null)).isTrue();
    assertThat(new TimeWindow(null, Instant.parse("2024-01-01T00:00:00Z")).contains(null)).isTrue();
    assertThat(new TimeWindow(Instant.parse("2024-01-01T00:00:00Z"), null).contains(null))
        .isFalse();
  }

  @Test
  void rejectsBadBoundsAndEmptyWindows() {
    assertThatThrownBy(() -> TimeWindow.parseBound("yesterday", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("YYYY-MM-DD");
    assertThatThrownBy(
            () ->
                new TimeWindow(
                    Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
