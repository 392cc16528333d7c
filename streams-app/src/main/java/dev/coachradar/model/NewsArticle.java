package dev.coachradar.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as the extractor sees it: plain Java, no Kafka or Avro types.
 *
 * @param id stable article id
 * @param publishedAt publication instant (event time), or null when the article has no date
 * @param source outlet, may be null
 * @param lang ISO 639-1 code ("it", "en"), or null when unknown
 * @param title headline, never null (may be empty)
 * @param body text, never null (may be empty)
 */
public record NewsArticle(
    String id, Instant publishedAt, String source, String lang, String title, String body) {

  /** Validates the mandatory parts and replaces null texts with empty ones. */
  public NewsArticle {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }

  /**
   * The text that evidence offsets point into: the title, a blank line, then the body (just the
   * body when the title is empty).
   */
  public String text() {
    return title.isEmpty() ? body : title + "\n\n" + body;
  }
}
