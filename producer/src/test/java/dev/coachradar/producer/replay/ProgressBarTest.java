package dev.coachradar.producer.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Formatting and throttling of the progress display, with explicit clock values. */
class ProgressBarTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void barShowsCountPercentRateAndEta() {
    assertThat(ProgressBar.bar(250, 1000, 2.0, 10))
        .isEqualTo("[==>       ]  250/1000   25.0%  125/s  ETA 0:06");
    assertThat(ProgressBar.bar(1000, 1000, 4.0, 10))
        .isEqualTo("[==========]  1000/1000  100.0%  250/s  ETA 0:00");
    assertThat(ProgressBar.bar(0, 1000, 0.0, 4))
        .isEqualTo("[>   ]  0/1000    0.0%  0/s  ETA --:--");
  }

  @Test
  void plainLineHasNoCarriageReturn() {
    assertThat(ProgressBar.line(500, 2000, 10.0)).isEqualTo("500/2000   25.0%  50/s  ETA 0:30");
  }

  @Test
  void unknownTotalShowsCountAndRateOnly() {
    assertThat(ProgressBar.line(1500, -1, 2.0)).isEqualTo("read 1500  750/s");
    assertThat(ProgressBar.bar(1500, -1, 2.0, 10)).isEqualTo("read 1500  750/s");
  }

  @Test
  void durationsAreMinutesOrHours() {
    assertThat(ProgressBar.duration(0.2)).isEqualTo("0:01");
    assertThat(ProgressBar.duration(75)).isEqualTo("1:15");
    assertThat(ProgressBar.duration(3 * 3600 + 5 * 60 + 9)).isEqualTo("3:05:09");
  }

  @Test
  void plainProgressIsPrintedAtMostOncePerSecond() {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    final ProgressBar bar = new ProgressBar(out, 100, false, false, 0);
    bar.update(10, SECOND / 2); // too soon
    bar.update(20, SECOND); // shown
    bar.update(30, SECOND + SECOND / 2); // too soon
    bar.update(40, 2 * SECOND); // shown
    bar.finish(100, 3 * SECOND);

    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .doesNotContain("\r")
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "20/100   20.0%  20/s  ETA 0:04",
                "40/100   40.0%  20/s  ETA 0:03",
                "100/100  100.0%  33/s  ETA 0:00",
                ""));
  }

  @Test
  void terminalBarRedrawsInPlaceAtMostFourTimesPerSecond() {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    final ProgressBar bar = new ProgressBar(out, 100, true, false, 0);
    for (long t = 0; t <= SECOND; t += SECOND / 20) {
      bar.update(t * 100 / SECOND, t);
    }
    bar.finish(100, SECOND);

    final String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text.chars().filter(c -> c == '\r').count()).isEqualTo(5); // 4 updates + final
    assertThat(text).endsWith(System.lineSeparator());
  }

  @Test
  void quietBarPrintsNothing() {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final ProgressBar bar =
        new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), 10, false, true, 0);
    bar.update(5, 10 * SECOND);
    bar.finish(10, 20 * SECOND);

    assertThat(bytes.size()).isZero();
  }
}
