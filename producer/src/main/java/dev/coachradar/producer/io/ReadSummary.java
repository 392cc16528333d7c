package dev.coachradar.producer.io;

/**
 * Counts of one {@link ArticleReader#read} call.
 *
 * @param accepted articles passed to the sink as {@link Accepted}
 * @param rejected records passed to the sink as {@link Rejected}
 */
public record ReadSummary(long accepted, long rejected) {

  /** All records read, accepted or not. */
  public long total() {
    return accepted + rejected;
  }
}
