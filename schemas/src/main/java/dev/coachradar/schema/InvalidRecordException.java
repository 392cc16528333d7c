package dev.coachradar.schema;

/** Bytes that are not a readable record of the expected type; the message says why. */
public final class InvalidRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a reason only. */
  public InvalidRecordException(final String message) {
    super(message);
  }

  /** With a reason and the underlying failure. */
  public InvalidRecordException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
