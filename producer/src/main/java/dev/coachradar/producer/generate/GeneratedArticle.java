package dev.coachradar.producer.generate;

import dev.coachradar.avro.Article;
import dev.coachradar.avro.Relation;
import java.util.List;

/**
 * A synthetic article with the signals its templates were chosen to express.
 *
 * @param article the article as it would be published
 * @param gold one signal per (coach, team) pair the text ties together
 */
public record GeneratedArticle(Article article, List<Signal> gold) {

  /**
   * An intended signal, as in ANNOTATION.md's {@code gold.signals}.
   *
   * @param coach coach id
   * @param team team id
   * @param relation what the text says about the pair
   */
  public record Signal(String coach, String team, Relation relation) {}
}
