package dev.coachradar.topology;

import dev.coachradar.model.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Bounded history; kept here until the model's CoachHistory replaces it. */
final class Retention {
  private Retention() {}

  static List<Signal> retain(final List<Signal> signals, final CoachRadarTopology.Options options) {
    Instant newest = null;
    for (final Signal s : signals) {
      if (s.publishedAt() != null && (newest == null || s.publishedAt().isAfter(newest))) {
        newest = s.publishedAt();
      }
    }
    final Instant cutoff = newest == null ? null : newest.minus(options.historyWindow());
    final List<Signal> kept = new ArrayList<>();
    for (final Signal s : signals) {
      if (cutoff == null || s.publishedAt() == null || !s.publishedAt().isBefore(cutoff)) {
        kept.add(s);
      }
    }
    kept.sort(Signal.CANONICAL);
    final int excess = kept.size() - options.maxSignalsPerCoach();
    return excess > 0 ? new ArrayList<>(kept.subList(excess, kept.size())) : kept;
  }
}
