package dev.coachradar.producer.replay;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a run on standard error. On a terminal: a bar redrawn in place (carriage return) at
 * most {@value #TERMINAL_PER_SECOND} times a second. Elsewhere (a log file, CI): a plain line at
 * most once a second, no carriage returns. A quiet bar prints nothing (tiny inputs end with the
 * summary alone).
 */
public final class ProgressBar {

  static final int TERMINAL_PER_SECOND = 4;
  private static final long TERMINAL_EVERY = TimeUnit.SECONDS.toNanos(1) / TERMINAL_PER_SECOND;
  private static final long PLAIN_EVERY = TimeUnit.SECONDS.toNanos(1);
  private static final int WIDTH = 30;

  private final PrintStream out;
  private final long total;
  private final boolean terminal;
  private final boolean quiet;
  private final long started;
  private long lastShown;
  private boolean shown;
  private int widest;

  /**
   * @param out where to print (standard error)
   * @param total how many items the run has, or a negative number when unknown (the display then
   *     shows the count and the rate only)
   * @param terminal redraw a bar in place rather than print lines
   * @param quiet print nothing at all
   * @param startedNanos {@link System#nanoTime()} when the run started
   */
  public ProgressBar(
      final PrintStream out,
      final long total,
      final boolean terminal,
      final boolean quiet,
      final long startedNanos) {
    this.out = out;
    this.total = total;
    this.terminal = terminal;
    this.quiet = quiet;
    this.started = startedNanos;
    this.lastShown = startedNanos;
  }

  /** Shows {@code done} items if the last display is old enough. */
  public void update(final long done, final long nowNanos) {
    if (quiet || nowNanos - lastShown < (terminal ? TERMINAL_EVERY : PLAIN_EVERY)) {
      return;
    }
    lastShown = nowNanos;
    show(done, nowNanos);
  }

  /** Shows the final count (only if anything was shown before) and ends the bar's line. */
  public void finish(final long done, final long nowNanos) {
    if (shown) {
      show(done, nowNanos);
      if (terminal) {
        out.println();
      }
    }
  }

  private void show(final long done, final long nowNanos) {
    shown = true;
    final double elapsed = (nowNanos - started) / 1e9;
    if (terminal) {
      final String text = bar(done, total, elapsed, WIDTH);
      // blank out what is left of a longer previous line
      out.print("\r" + text + " ".repeat(Math.max(0, widest - text.length())));
      widest = Math.max(widest, text.length());
      out.flush();
    } else {
      out.println(line(done, total, elapsed));
    }
  }

  /**
   * The terminal form: {@code [=====> ] 1234/5000 24.7% 812/s ETA 0:04}.
   *
   * @param width characters between the brackets
   */
  public static String bar(
      final long done, final long total, final double elapsedSeconds, final int width) {
    if (total < 0) {
      return numbers(done, total, elapsedSeconds);
    }
    final double fraction = total == 0 ? 1.0 : Math.min(1.0, (double) done / total);
    final int filled = (int) Math.floor(fraction * width);
    final StringBuilder bar = new StringBuilder(width + 60).append('[');
    for (int i = 0; i < width; i++) {
      if (i < filled) {
        bar.append('=');
      } else if (i == filled && done < total) {
        bar.append('>');
      } else {
        bar.append(' ');
      }
    }
    return bar.append("]  ").append(numbers(done, total, elapsedSeconds)).toString();
  }

  /** The plain form: {@code 1234/5000 24.7% 812/s ETA 0:04}. */
  public static String line(final long done, final long total, final double elapsedSeconds) {
    return numbers(done, total, elapsedSeconds);
  }

  private static String numbers(final long done, final long total, final double elapsedSeconds) {
    if (total < 0) {
      return String.format(
          Locale.ROOT, "read %d  %.0f/s", done, elapsedSeconds > 0 ? done / elapsedSeconds : 0);
    }
    final double percent = total == 0 ? 100.0 : Math.min(100.0, 100.0 * done / total);
    final double rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
    final String eta =
        done >= total ? "0:00" : rate > 0 ? duration((total - done) / rate) : "--:--";
    return String.format(
        Locale.ROOT, "%d/%d  %5.1f%%  %.0f/s  ETA %s", done, total, percent, rate, eta);
  }

  /** {@code m:ss}, or {@code h:mm:ss} from an hour on; seconds rounded up. */
  public static String duration(final double seconds) {
    final long s = (long) Math.ceil(Math.max(0, seconds));
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
