package dev.coachradar.topology;

import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.CoachDestination;
import dev.coachradar.avro.CoachSignal;
import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.CoachHistory;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.model.TeamBenches;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each coach's signals into his status. Keeps the retained signal set per coach (so the
 * result depends only on the set, never on arrival order), refolds when a batch changes the set,
 * and compares with the previous status to emit only real changes.
 *
 * <p>The state stores are the source of truth. What was last written to them for recently active
 * coaches is also kept decoded in memory (bounded, least recently used out), which spares decoding
 * a history of up to hundreds of signals on every batch. The caches are emptied in {@link #init} (a
 * new assignment, or a task revived after a failure) and a coach is evicted when processing his
 * batch fails, so they never hold what the stores do not.
 */
final class FoldProcessor implements Processor<String, CoachSignalBatch, String, FoldOutput> {

  private final StatusFolder folder;
  private final ModelConfig config;
  private final ChangeDetector detector;
  private ProcessorContext<String, FoldOutput> context;
  private KeyValueStore<String, CoachSignal> history;
  private KeyValueStore<String, CoachStatus> statuses;
  private final RecentHistories recent = new RecentHistories(MAX_CACHED_SIGNALS);

  /**
   * Bound of the in-memory cache, in signals (a coach's history is at most {@code
   * historyMaxSignals} of them): about the size of the retained histories of a few hundred coaches.
   */
  static final int MAX_CACHED_SIGNALS = 200_000;

  FoldProcessor(
      final StatusFolder folder, final ModelConfig config, final ChangeDetector detector) {
    this.folder = folder;
    this.config = config;
    this.detector = detector;
  }

  @Override
  public void init(final ProcessorContext<String, FoldOutput> context) {
    this.context = context;
    this.history = context.getStateStore(CoachRadarTopology.HISTORY_STORE);
    this.statuses = context.getStateStore(CoachRadarTopology.STATUS_STORE);
    recent.clear();
  }

  @Override
  public void process(final Record<String, CoachSignalBatch> record) {
    final CoachSignalBatch batch = record.value();
    if (batch == null || record.key() == null || batch.getSignals().isEmpty()) {
      return;
    }
    final String coach = record.key();
    try {
      fold(record, coach, batch);
    } catch (RuntimeException e) {
      recent.evict(coach); // the stores may not have taken what the cache already holds
      throw e;
    }
  }

  private void fold(
      final Record<String, CoachSignalBatch> record,
      final String coach,
      final CoachSignalBatch batch) {
    final CoachHistory retained = load(coach);
    final List<Signal> causes = new ArrayList<>();
    final List<Signal> removed = new ArrayList<>();
    final Set<String> touched = new LinkedHashSet<>();
    for (final CoachSignal s : batch.getSignals()) {
      final Signal signal = AvroMapping.toModel(s);
      if (!signal.coachId().equals(coach)) {
        throw new IllegalStateException(
            "signal of "
                + signal.coachId()
                + " under key "
                + coach
                + " in "
                + batch.getArticleId());
      }
      causes.add(signal);
      if (retained.add(signal, removed)) {
        touched.add(signal.key());
      }
    }
    if (touched.isEmpty()) {
      return; // a replayed article, or one older than the retention window
    }
    // Only the keys this batch touched: the signals it added (or that replaced a stored one) are
    // written, those that left the retained set are deleted. The store then holds the retained set.
    for (final Signal r : removed) {
      touched.add(r.key());
    }
    for (final String key : touched) {
      final Signal current = retained.get(key);
      history.put(HistoryKeys.of(coach, key), current == null ? null : AvroMapping.toAvro(current));
    }
    recent.putHistory(coach, retained);
    // Resumes the previous fold of this cached history when the batch only appended to it.
    final CoachState after = folder.fold(retained);
    final CoachStatus afterAvro = AvroMapping.toAvro(after);
    final CoachStatus beforeAvro = loadStatus(coach);
    if (afterAvro.equals(beforeAvro)) {
      return;
    }
    statuses.put(coach, afterAvro);
    recent.putStatus(coach, afterAvro);
    final CoachState before = beforeAvro == null ? null : AvroMapping.toModel(beforeAvro);
    context.forward(
        record.withValue(
            new FoldOutput(
                afterAvro,
                detector.detect(before, after, causes).map(AvroMapping::toAvro).orElse(null),
                destinationIfMoved(beforeAvro, afterAvro),
                benchEntries(before, after))));
  }

  /**
   * The coach's history as last stored: the cached one when present (it holds the decoded signals
   * that were encoded into the store, and CoachHistory.of over them would rebuild the same state:
   * the newest event time always stays among the retained signals, and add() leaves the history
   * untouched when it answers false), else read from the coach's key range of the store. Updated in
   * place by the fold.
   */
  private CoachHistory load(final String coach) {
    final CoachHistory cached = recent.history(coach);
    if (cached != null) {
      return cached;
    }
    return CoachHistory.of(coach, config, HistoryKeys.read(history, coach));
  }

  private CoachStatus loadStatus(final String coach) {
    final CoachStatus cached = recent.status(coach);
    return cached != null ? cached : statuses.get(coach);
  }

  private static CoachDestination destinationIfMoved(
      final CoachStatus before, final CoachStatus after) {
    if (before != null
        && Objects.equals(before.getLikelyDestination(), after.getLikelyDestination())
        && before.getConfidence() == after.getConfidence()) {
      return null;
    }
    return CoachDestination.newBuilder()
        .setCoach(after.getCoach())
        .setLikelyDestination(after.getLikelyDestination())
        .setConfidence(after.getConfidence())
        .setArticles(after.getDestinationArticles())
        .setUpdatedAt(after.getUpdatedAt())
        .build();
  }

  /** One entry per team whose bench this coach joined, left or moved on. */
  private static List<BenchEntry> benchEntries(final CoachState before, final CoachState after) {
    final List<BenchEntry> out = new ArrayList<>();
    for (final Map.Entry<String, Optional<TeamBenches.Entry>> e :
        TeamBenches.changes(before, after).entrySet()) {
      out.add(
          e.getValue()
              .map(AvroMapping::toAvro)
              .orElseGet(
                  () ->
                      BenchEntry.newBuilder()
                          .setTeam(e.getKey())
                          .setCoach(after.coachId())
                          .setUpdatedAt(after.updatedAt())
                          .build()));
    }
    return out;
  }

  /**
   * The last stored histories and statuses of recently active coaches, bounded by the total number
   * of signals; the least recently used coaches go first.
   */
  static final class RecentHistories {
    private final int maxSignals;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** A coach's history (updated in place by the fold), its size when stored, his status. */
    private static final class Entry {
      final CoachHistory history;
      int size;
      CoachStatus status;

      Entry(final CoachHistory history) {
        this.history = history;
      }
    }

    RecentHistories(final int maxSignals) {
      this.maxSignals = maxSignals;
    }

    CoachHistory history(final String coach) {
      final Entry e = entries.get(coach);
      return e == null ? null : e.history;
    }

    CoachStatus status(final String coach) {
      final Entry e = entries.get(coach);
      return e == null ? null : e.status;
    }

    /** Records that {@code history} is what the store now holds for the coach. */
    void putHistory(final String coach, final CoachHistory history) {
      Entry e = entries.get(coach);
      if (e == null || e.history != history) {
        evict(coach);
        e = new Entry(history);
        entries.put(coach, e);
      }
      size += history.size() - e.size;
      e.size = history.size();
      final Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
      while (size > maxSignals && eldest.hasNext()) {
        final Map.Entry<String, Entry> old = eldest.next();
        if (old.getKey().equals(coach)) {
          break;
        }
        size -= old.getValue().size;
        eldest.remove();
      }
    }

    void putStatus(final String coach, final CoachStatus status) {
      final Entry e = entries.get(coach);
      if (e != null) {
        e.status = status;
      }
    }

    void evict(final String coach) {
      final Entry old = entries.remove(coach);
      if (old != null) {
        size -= old.size;
      }
    }

    void clear() {
      entries.clear();
      size = 0;
    }
  }
}
