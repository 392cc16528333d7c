package dev.coachradar.extract;

/**
 * Extraction failed on one article: a defect of the extractor, never a property of the text (the
 * rules accept any text). It names the article, so that the topology's processing-exception handler
 * sends that article to the dead-letter topic with this reason instead of losing it.
 */
public final class ExtractionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String articleId;

  /** For the article with this id, with what went wrong. */
  public ExtractionException(final String articleId, final Throwable cause) {
    super("extraction failed on article " + articleId + ": " + cause, cause);
    this.articleId = articleId;
  }

  /** Id of the article that could not be read. */
  public String articleId() {
    return articleId;
  }
}
