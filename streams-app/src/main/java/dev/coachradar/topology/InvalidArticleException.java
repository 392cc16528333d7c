package dev.coachradar.topology;

/**
 * An article that decodes but cannot be processed (no text, say). Thrown inside the topology so
 * that the processing-exception handler sends the record to the dead-letter topic with this message
 * as the reason.
 */
public final class InvalidArticleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With the reason and the article id. */
  public InvalidArticleException(final String articleId, final String reason) {
    super("article " + articleId + ": " + reason);
  }
}
