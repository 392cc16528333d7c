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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each coach's signals into his status. Keeps the retained signal set per coach (so the
 * result depends only on the set, never on arrival order), refolds when a batch changes the set,
 * and compares with the previous status to emit only real changes.
 */
final class FoldProcessor implements Processor<String, CoachSignalBatch, String, FoldOutput> {

  private final StatusFolder folder;
  private final ModelConfig config;
  private final ChangeDetector detector;
  private ProcessorContext<String, FoldOutput> context;
  private KeyValueStore<String, dev.coachradar.avro.CoachHistory> history;
  private KeyValueStore<String, CoachStatus> statuses;

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
  }

  @Override
  public void process(final Record<String, CoachSignalBatch> record) {
    final CoachSignalBatch batch = record.value();
    if (batch == null || record.key() == null || batch.getSignals().isEmpty()) {
      return;
    }
    final String coach = record.key();
    final CoachHistory retained = load(coach);
    final List<Signal> causes = new ArrayList<>();
    boolean changed = false;
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
      changed |= retained.add(signal);
    }
    if (!changed) {
      return; // a replayed article, or one older than the retention window
    }
    history.put(coach, AvroMapping.toAvro(retained));

    final CoachState after = folder.fold(coach, retained.signals(), null);
    final CoachStatus afterAvro = AvroMapping.toAvro(after);
    final CoachStatus beforeAvro = statuses.get(coach);
    if (afterAvro.equals(beforeAvro)) {
      return;
    }
    statuses.put(coach, afterAvro);
    final CoachState before = beforeAvro == null ? null : AvroMapping.toModel(beforeAvro);
    context.forward(
        record.withValue(
            new FoldOutput(
                afterAvro,
                detector.detect(before, after, causes).map(AvroMapping::toAvro).orElse(null),
                destinationIfMoved(beforeAvro, afterAvro),
                benchEntries(before, after))));
  }

  private CoachHistory load(final String coach) {
    final dev.coachradar.avro.CoachHistory stored = history.get(coach);
    final List<Signal> signals = new ArrayList<>();
    if (stored != null) {
      stored.getSignals().forEach(s -> signals.add(AvroMapping.toModel(s)));
    }
    return CoachHistory.of(coach, config, signals);
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
}
