package dev.coachradar.extract;

import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;
import java.util.List;

/**
 * Turns an article into coach signals: a pure, deterministic function with no Kafka types.
 * Implementations must be thread-safe and must not throw on any text.
 */
public interface Extractor {

  /** The signals the article carries, at most one per (coach, team) pair; empty if none. */
  List<Signal> extract(NewsArticle article);
}
