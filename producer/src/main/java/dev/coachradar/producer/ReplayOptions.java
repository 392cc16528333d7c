package dev.coachradar.producer;

import dev.coachradar.producer.replay.Pacing;
import dev.coachradar.producer.replay.SortedArticles;
import dev.coachradar.producer.replay.TimeWindow;
import java.util.Objects;

/**
 * What {@link ArticleReplayer#replay} does besides what {@link PublishOptions} says.
 *
 * @param publish topic, dead-letter file, topic creation
 * @param window the period to replay
 * @param speed event time per wall-clock time; {@link Double#POSITIVE_INFINITY} for as fast as
 *     possible
 * @param maxWaitNanos the longest wait between two articles when paced
 * @param resume skip articles whose id is already on the topic
 * @param sortBufferBytes in-memory budget of the sort before it spills to temporary files
 */
public record ReplayOptions(
    PublishOptions publish,
    TimeWindow window,
    double speed,
    long maxWaitNanos,
    boolean resume,
    long sortBufferBytes) {

  /** Checks the parts. */
  public ReplayOptions {
    Objects.requireNonNull(publish, "publish");
    Objects.requireNonNull(window, "window");
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
  }

  /** Everything, as fast as possible, no resume, default topic and dead-letter file. */
  public static ReplayOptions defaults() {
    return new ReplayOptions(
        PublishOptions.defaults(),
        TimeWindow.ALL,
        Double.POSITIVE_INFINITY,
        Pacing.DEFAULT_CAP_NANOS,
        false,
        SortedArticles.DEFAULT_BUFFER_BYTES);
  }

  /** A copy with other publish options. */
  public ReplayOptions withPublish(final PublishOptions value) {
    return new ReplayOptions(value, window, speed, maxWaitNanos, resume, sortBufferBytes);
  }

  /** A copy with another window. */
  public ReplayOptions withWindow(final TimeWindow value) {
    return new ReplayOptions(publish, value, speed, maxWaitNanos, resume, sortBufferBytes);
  }

  /** A copy with another speed. */
  public ReplayOptions withSpeed(final double value) {
    return new ReplayOptions(publish, window, value, maxWaitNanos, resume, sortBufferBytes);
  }

  /** A copy that skips (or not) what is already on the topic. */
  public ReplayOptions withResume(final boolean value) {
    return new ReplayOptions(publish, window, speed, maxWaitNanos, value, sortBufferBytes);
  }

  /** A copy with another sort budget. */
  public ReplayOptions withSortBufferBytes(final long value) {
    return new ReplayOptions(publish, window, speed, maxWaitNanos, resume, value);
  }
}
