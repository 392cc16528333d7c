package dev.coachradar.producer.io;

import dev.coachradar.avro.Article;
import java.util.Objects;

/**
 * A valid article, ready to publish.
 *
 * @param article the article, with its id always set (given or derived from the content)
 * @param location {@code file:line} or {@code file}
 */
public record Accepted(Article article, String location) implements ParsedArticle {

  /** Checks that both parts are present. */
  public Accepted {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(location, "location");
  }
}
