package dev.coachradar.producer;

/**
 * Outcome of one {@link ArticlePublisher#publish} run. Every record read is in exactly one of
 * {@code published}, {@code rejected} or {@code failed}, unless the run was aborted.
 *
 * @param read input records read (valid or not)
 * @param published articles acknowledged by the broker
 * @param rejected records not published because they are not valid articles
 * @param failed valid articles whose send failed
 */
public record PublishSummary(long read, long published, long rejected, long failed) {

  /** True when everything read was published. */
  public boolean clean() {
    return rejected == 0 && failed == 0 && published == read;
  }
}
