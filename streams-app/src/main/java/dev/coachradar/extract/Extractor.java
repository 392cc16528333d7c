package dev.coachradar.extract;

import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;
import java.util.List;

/**
 * Turns an article into coach signals: a pure, deterministic function with no Kafka types.
 * Implementations must be thread-safe and accept any text; a failure (a defect) is reported as an
 * {@link ExtractionException} naming the article, which the pipeline sends to the dead-letter
 * topic.
 */
public interface Extractor {

  /** The signals the article carries, at most one per (coach, team) pair; empty if none. */
  List<Signal> extract(NewsArticle article);
}
