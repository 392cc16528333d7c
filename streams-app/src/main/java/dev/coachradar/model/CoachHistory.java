package dev.coachradar.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The signals kept for one coach, bounded so that the state store does not grow forever.
 *
 * <p>Retention: a dated signal is kept while it is no older than {@code window} before the newest
 * event time seen and among the newest {@code maxSignals} dated signals (by {@link
 * Signal#CANONICAL}). Undated signals have no age, so the window cannot drop them; they are kept
 * apart, with their own bound of {@code maxSignals} (the last in canonical order, i.e. by article
 * id). Sharing one count bound would make the result depend on arrival order: an undated signal
 * could be pushed out by dated ones that later leave the window. One signal per {@link
 * Signal#key()} (the {@link Signals#REPRESENTATIVE} greatest).
 *
 * <p>The retained set is a function of the set of signals ever added, not of their arrival order:
 * the newest event time only grows, so a signal out of the window stays out, and a signal older
 * than one the window drops is dropped too; and the newest {@code N} of a set are the newest {@code
 * N} of (the newest {@code N} of a subset, plus the rest). Not thread-safe; one instance per coach
 * (the fold keeps a coach's instance across batches: add() leaves it untouched when it answers
 * false).
 */
public final class CoachHistory {

  private final String coachId;
  private final Duration window;
  private final int maxSignals;

  /**
   * The retained signals in canonical order, undated first ({@code ordered[0 .. undatedCount)}),
   * then dated ({@code ordered[undatedCount .. size)}). A sorted array rather than two TreeSets:
   * {@link #signals()}, called for every fold, is then one array copy instead of a walk over up to
   * 500 tree nodes (that walk was 357 of 3,439 stream-thread samples in a 100k bench), and an
   * insert or a drop shifts at most a few hundred references.
   */
  private Signal[] ordered = new Signal[8];

  private int size;
  private int undatedCount;
  private final Map<String, Signal> byKey = new HashMap<>();
  private Instant newest;

  /**
   * What the last {@link DefaultStatusFolder#fold(CoachHistory)} saved to resume from, or null. In
   * memory only, never stored: a history rebuilt from a store starts without it, so its first fold
   * is a full one. The folder checks that it still matches the retained signals before using it.
   */
  Object foldMemo;

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
    return add(signal, null);
  }

  /**
   * Adds a signal like {@link #add(Signal)} and appends to {@code removed} (when not null) every
   * signal that left the retained set: the one it replaced, those retention dropped, possibly
   * {@code signal} itself. With {@link #get} this tells a caller which keys to write or delete.
   *
   * @return true if the retained set changed
   */
  public boolean add(Signal signal, Collection<Signal> removed) {
    if (!coachId.equals(signal.coachId())) {
      throw new IllegalArgumentException(
          "signal of " + signal.coachId() + " added to the history of " + coachId);
    }
    // Tells whether the retained set changed without copying it before and after (that made
    // restoring a history of n signals cost n^2): a preferred signal replacing another always
    // changes the set, since the replaced one leaves it; otherwise the set changed when the new
    // signal stayed or when retention dropped one of the signals that were there before.
    String key = signal.key();
    Signal existing = byKey.get(key);
    if (existing != null) {
      if (!Signals.prefer(signal, existing)) {
        return false;
      }
      remove(existing);
      if (removed != null) {
        removed.add(existing);
      }
    }
    boolean inserted = insert(signal);
    byKey.put(key, signal);
    if (signal.publishedAt() != null && (newest == null || signal.publishedAt().isAfter(newest))) {
      newest = signal.publishedAt();
    }
    Drops drops = new Drops(removed);
    retain(signal, drops);
    return existing != null || drops.other || (inserted && !drops.added);
  }

  /** What retention dropped: the signal just added, and/or signals that were there before. */
  private static final class Drops {
    final Collection<Signal> removed;
    boolean added;
    boolean other;

    Drops(Collection<Signal> removed) {
      this.removed = removed;
    }
  }

  private void retain(Signal added, Drops drops) {
    int from = undatedCount;
    int to = from;
    if (newest != null) {
      Instant cutoff = newest.minus(window);
      while (to < size && ordered[to].publishedAt().isBefore(cutoff)) {
        to++;
      }
    }
    // The oldest dated signals beyond the count bound go too.
    to = Math.max(to, size - maxSignals);
    dropRange(from, to, added, drops);
    if (undatedCount > maxSignals) {
      dropRange(0, undatedCount - maxSignals, added, drops);
    }
  }

  /** Drops {@code ordered[from .. to)}: the oldest signals of one of the two groups. */
  private void dropRange(int from, int to, Signal added, Drops drops) {
    if (to <= from) {
      return;
    }
    for (int i = from; i < to; i++) {
      Signal s = ordered[i];
      byKey.remove(s.key());
      if (drops.removed != null) {
        drops.removed.add(s);
      }
      if (s == added) {
        drops.added = true;
      } else {
        drops.other = true;
      }
    }
    if (from < undatedCount) {
      undatedCount -= to - from;
    }
    shiftOut(from, to);
  }

  /** Inserts {@code s} at its canonical place; false if an equal signal is there already. */
  private boolean insert(Signal s) {
    int i = Arrays.binarySearch(ordered, 0, size, s, Signal.CANONICAL);
    if (i >= 0) {
      return false;
    }
    int at = -i - 1;
    if (size == ordered.length) {
      ordered = Arrays.copyOf(ordered, size * 2);
    }
    System.arraycopy(ordered, at, ordered, at + 1, size - at);
    ordered[at] = s;
    size++;
    if (s.publishedAt() == null) {
      undatedCount++;
    }
    return true;
  }

  private void remove(Signal s) {
    int i = Arrays.binarySearch(ordered, 0, size, s, Signal.CANONICAL);
    if (i >= 0) {
      if (s.publishedAt() == null) {
        undatedCount--;
      }
      shiftOut(i, i + 1);
    }
    byKey.remove(s.key());
  }

  /** Removes {@code ordered[from .. to)}, closing the gap. */
  private void shiftOut(int from, int to) {
    System.arraycopy(ordered, to, ordered, from, size - to);
    Arrays.fill(ordered, size - (to - from), size, null);
    size -= to - from;
  }

  /** The coach. */
  public String coachId() {
    return coachId;
  }

  /** The retained signals in canonical order (undated first); an immutable list. */
  public List<Signal> signals() {
    // One per key (byKey), in canonical order (undated sort first in it): the folder trusts that.
    return new Signals.Canonical(coachId, Arrays.copyOf(ordered, size));
  }

  /**
   * The retained signals in canonical order: {@code retainedArray()[0 .. size())}, the history's
   * own array, not a copy (the folder copies what it keeps). Valid until the next add.
   */
  Signal[] retainedArray() {
    return ordered;
  }

  /** The retained signal with this {@link Signal#key()}, or null. */
  public Signal get(String key) {
    return byKey.get(key);
  }

  /** Number of retained signals. */
  public int size() {
    return size;
  }

  /**
   * Newest event time ever added (it survives retention, so the window cannot move backwards), or
   * null if only undated signals were added.
   */
  public Instant newestEventTime() {
    return newest;
  }
}
