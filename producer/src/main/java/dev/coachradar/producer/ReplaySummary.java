package dev.coachradar.producer;

import java.time.Duration;

/**
 * Outcome of one {@link ArticleReplayer#replay} run. Every record read is out of the window,
 * skipped, published, rejected or failed.
 *
 * @param read input records read (valid or not)
 * @param inWindow valid articles whose date is in the window
 * @param skipped articles in the window left out because their id was already on the topic
 * @param published articles acknowledged by the broker
 * @param rejected records not published because they are not valid articles
 * @param failed valid articles whose send failed
 * @param elapsed wall-clock time of the whole run
 */
public record ReplaySummary(
    long read,
    long inWindow,
    long skipped,
    long published,
    long rejected,
    long failed,
    Duration elapsed) {

  /** True when nothing was rejected or failed. */
  public boolean clean() {
    return rejected == 0 && failed == 0;
  }

  /** The counts as publish reports them. */
  public PublishSummary asPublishSummary() {
    return new PublishSummary(read, published, rejected, failed);
  }
}
