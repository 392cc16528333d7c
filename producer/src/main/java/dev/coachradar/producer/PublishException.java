package dev.coachradar.producer;

/**
 * A publish run could not start or had to stop (topic missing, broker unreachable, producer in a
 * fatal state). Carries what was achieved until then.
 */
public final class PublishException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient PublishSummary partial;

  /** With the reason, the counts so far, and the cause. */
  public PublishException(
      final String message, final PublishSummary partial, final Throwable cause) {
    super(message, cause);
    this.partial = partial;
  }

  /** Counts until the run stopped (all zero when it never started). */
  public PublishSummary partial() {
    return partial;
  }
}
