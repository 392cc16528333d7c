package dev.coachradar.serve;

import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusChangeEvent;
import dev.coachradar.model.StatusFolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A coach's history of states, derived from his retained signals alone: articles are taken in
 * event-time order (undated first, then by id) and the state after each prefix is folded with the
 * production folder. Unlike the live change topic, which records what was known when, this depends
 * only on the set of signals, so it is the same on every instance and after every replay.
 */
public final class Timeline {

  /**
   * The state after one article.
   *
   * @param eventTime the article's publication time, null if undated
   * @param articleId the article
   * @param state the coach's state once it is folded in
   */
  public record Point(Instant eventTime, String articleId, CoachState state) {}

  /**
   * A coach's timeline.
   *
   * @param points the state after each article, in event-time order
   * @param changes the real changes between consecutive points (see {@link ChangeDetector})
   */
  public record Result(List<Point> points, List<StatusChangeEvent> changes) {}

  private Timeline() {}

  /** Folds every prefix of the coach's articles and keeps the real changes. */
  public static Result of(
      final String coach,
      final Collection<Signal> signals,
      final StatusFolder folder,
      final ChangeDetector detector) {
    final Map<ArticleKey, List<Signal>> byArticle = new TreeMap<>();
    for (final Signal s : signals) {
      byArticle
          .computeIfAbsent(new ArticleKey(s.publishedAt(), s.articleId()), k -> new ArrayList<>())
          .add(s);
    }
    final List<Signal> prefix = new ArrayList<>();
    final List<Point> points = new ArrayList<>();
    final List<StatusChangeEvent> changes = new ArrayList<>();
    CoachState before = null;
    for (final Map.Entry<ArticleKey, List<Signal>> e : byArticle.entrySet()) {
      prefix.addAll(e.getValue());
      final CoachState after = folder.fold(coach, prefix, null);
      points.add(new Point(e.getKey().publishedAt(), e.getKey().articleId(), after));
      final Optional<StatusChangeEvent> change = detector.detect(before, after, e.getValue());
      change.ifPresent(changes::add);
      before = after;
    }
    return new Result(List.copyOf(points), List.copyOf(changes));
  }

  private record ArticleKey(Instant publishedAt, String articleId)
      implements Comparable<ArticleKey> {
    private static final Comparator<ArticleKey> ORDER =
        Comparator.comparing(
                ArticleKey::publishedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(ArticleKey::articleId);

    @Override
    public int compareTo(final ArticleKey o) {
      return ORDER.compare(this, o);
    }
  }
}
