package dev.coachradar.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Set semantics for signals, shared by the folder and {@link CoachHistory}: one signal per {@link
 * Signal#key()}, sorted by {@link Signal#CANONICAL}.
 */
public final class Signals {

  /**
   * Total order used to pick one representative when two signals share a key but differ elsewhere
   * (an article re-extracted with another strength): the greatest wins. It starts with {@link
   * Signal#CANONICAL} so that dropping the older of a pair never depends on arrival order.
   */
  public static final Comparator<Signal> REPRESENTATIVE =
      Signal.CANONICAL
          .thenComparingDouble(Signal::strength)
          .thenComparingLong(Signal::fingerprint)
          .thenComparing(Signal::source, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(
              Signal::coachName, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
          .thenComparing(
              Signal::evidence,
              Comparator.nullsFirst(
                  Comparator.comparingInt(Evidence::start)
                      .thenComparingInt(Evidence::end)
                      .thenComparing(
                          Evidence::sentence, Comparator.nullsFirst(Comparator.naturalOrder()))
                      .thenComparing(
                          Evidence::title, Comparator.nullsFirst(Comparator.naturalOrder()))
                      .thenComparing(
                          Evidence::articleId, Comparator.nullsFirst(Comparator.naturalOrder()))));

  private Signals() {}

  /** Whether {@code candidate} should replace {@code current} as the representative of a key. */
  static boolean prefer(Signal candidate, Signal current) {
    return REPRESENTATIVE.compare(candidate, current) > 0;
  }

  /** The signals deduplicated by key (greatest representative kept) and in canonical order. */
  public static List<Signal> canonicalSet(Collection<Signal> signals) {
    Map<String, Signal> byKey = new HashMap<>();
    for (Signal s : signals) {
      byKey.merge(s.key(), s, (a, b) -> prefer(b, a) ? b : a);
    }
    List<Signal> out = new ArrayList<>(byKey.values());
    out.sort(Signal.CANONICAL);
    return out;
  }

  /**
   * A list that is already a canonical set of one coach's signals (one per key, in canonical
   * order), as {@link CoachHistory#signals()} returns it: the folder then skips {@link
   * #canonicalSet}, which would rebuild the same list (re-keying and re-sorting it was ~40% of a
   * fold in `coach-radar bench`). Immutable.
   */
  static final class Canonical extends AbstractList<Signal> implements RandomAccess {
    private final String coachId;
    private final Signal[] signals;

    /** Trusts the caller: {@code signals} must be a canonical set of this coach's signals. */
    Canonical(String coachId, Signal[] signals) {
      this.coachId = coachId;
      this.signals = signals;
    }

    String coachId() {
      return coachId;
    }

    @Override
    public Signal get(int index) {
      return signals[index];
    }

    @Override
    public int size() {
      return signals.length;
    }

    /** One array copy (the folder's first step) instead of AbstractList's walk with get(). */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
      if (a.length < signals.length) {
        return (T[]) Arrays.copyOf(signals, signals.length, a.getClass());
      }
      System.arraycopy(signals, 0, a, 0, signals.length);
      if (a.length > signals.length) {
        a[signals.length] = null;
      }
      return a;
    }
  }

  /** Number of differing bits between two fingerprints. */
  public static int hamming(long a, long b) {
    return Long.bitCount(a ^ b);
  }
}
