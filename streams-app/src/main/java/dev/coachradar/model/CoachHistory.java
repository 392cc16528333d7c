package dev.coachradar.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The signals kept for one coach, bounded so that the state store does not grow forever.
 *
 * <p>Retention: a signal is kept while it is among the newest {@code maxSignals} (by {@link
 * Signal#CANONICAL}) and no older than {@code window} before the newest event time seen. Undated
 * signals have no age, so the window never drops them; they sort first, so the count bound drops
 * them first. One signal per {@link Signal#key()} (the {@link Signals#REPRESENTATIVE} greatest).
 *
 * <p>The retained set is a function of the set of signals ever added, not of their arrival order:
 * the newest event time only grows, so a signal out of the window stays out; and the newest
 * {@code N} of a set are the newest {@code N} of (the newest {@code N} of a subset, plus the rest).
 * Not thread-safe; one instance per coach and per store update.
 */
public final class CoachHistory {

  private final String coachId;
  private final Duration window;
  private final int maxSignals;
  private final TreeSet<Signal> kept = new TreeSet<>(Signal.CANONICAL);
  private final Map<String, Signal> byKey = new HashMap<>();
  private Instant newest;

  /** An empty history with the retention of {@code config}. */
  public CoachHistory(String coachId, ModelConfig config) {
    this(coachId, config.historyWindow(), config.historyMaxSignals());
  }

  /** An empty history with this retention. */
  public CoachHistory(String coachId, Duration window, int maxSignals) {
    this.coachId = Objects.requireNonNull(coachId, "coachId");
    this.window = Objects.requireNonNull(window, "window");
    if (maxSignals < 1) {
      throw new IllegalArgumentException("maxSignals must be positive");
    }
    this.maxSignals = maxSignals;
  }

  /** A history holding {@code signals} after retention (e.g. restored from a store). */
  public static CoachHistory of(String coachId, ModelConfig config, Collection<Signal> signals) {
    CoachHistory h = new CoachHistory(coachId, config);
    signals.forEach(h::add);
    return h;
  }

  /**
   * Adds a signal of this coach and applies retention.
   *
   * @return true if the retained set changed
   * @throws IllegalArgumentException if the signal is about another coach
   */
  public boolean add(Signal signal) {
    if (!coachId.equals(signal.coachId())) {
      throw new IllegalArgumentException(
          "signal of " + signal.coachId() + " added to the history of " + coachId);
    }
    List<Signal> before = List.copyOf(kept);
    Signal existing = byKey.get(signal.key());
    if (existing != null) {
      if (!Signals.prefer(signal, existing)) {
        return false;
      }
      remove(existing);
    }
    kept.add(signal);
    byKey.put(signal.key(), signal);
    if (signal.publishedAt() != null
        && (newest == null || signal.publishedAt().isAfter(newest))) {
      newest = signal.publishedAt();
    }
    retain();
    return !before.equals(List.copyOf(kept));
  }

  private void retain() {
    if (newest != null) {
      Instant cutoff = newest.minus(window);
      while (!kept.isEmpty()) {
        Signal first = firstDated();
        if (first == null || !first.publishedAt().isBefore(cutoff)) {
          break;
        }
        remove(first);
      }
    }
    while (kept.size() > maxSignals) {
      remove(kept.first());
    }
  }

  /** The oldest dated signal (undated ones sort before it). */
  private Signal firstDated() {
    for (Signal s : kept) {
      if (s.publishedAt() != null) {
        return s;
      }
    }
    return null;
  }

  private void remove(Signal s) {
    kept.remove(s);
    byKey.remove(s.key());
  }

  /** The coach. */
  public String coachId() {
    return coachId;
  }

  /** The retained signals in canonical order. */
  public List<Signal> signals() {
    return List.copyOf(kept);
  }

  /** Number of retained signals. */
  public int size() {
    return kept.size();
  }

  /**
   * Newest event time ever added (it survives retention, so the window cannot move backwards), or
   * null if only undated signals were added.
   */
  public Instant newestEventTime() {
    return newest;
  }
}
