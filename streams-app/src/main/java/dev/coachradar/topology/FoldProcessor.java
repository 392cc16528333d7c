package dev.coachradar.topology;

import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.Candidate;
import dev.coachradar.avro.ChangeKind;
import dev.coachradar.avro.CoachDestination;
import dev.coachradar.avro.CoachHistory;
import dev.coachradar.avro.CoachSignal;
import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds each coach's signals into his status. Keeps the retained signal set per coach (so the
 * result depends only on the set, never on arrival order), refolds on every new signal, and
 * compares with the previous status to emit only real changes.
 */
final class FoldProcessor implements Processor<String, CoachSignalBatch, String, FoldOutput> {

  private final StatusFolder folder;
  private final CoachRadarTopology.Options options;
  private ProcessorContext<String, FoldOutput> context;
  private KeyValueStore<String, CoachHistory> history;
  private KeyValueStore<String, CoachStatus> statuses;

  FoldProcessor(final StatusFolder folder, final CoachRadarTopology.Options options) {
    this.folder = folder;
    this.options = options;
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
    final CoachHistory stored = history.get(coach);
    final List<Signal> signals = new ArrayList<>();
    final Set<String> known = new HashSet<>();
    Instant newestBefore = null;
    if (stored != null) {
      for (final CoachSignal s : stored.getSignals()) {
        final Signal m = AvroMapping.toModel(s);
        signals.add(m);
        known.add(m.key());
        newestBefore = max(newestBefore, m.publishedAt());
      }
    }
    final List<Signal> fresh = new ArrayList<>();
    for (final CoachSignal s : batch.getSignals()) {
      final Signal m = AvroMapping.toModel(s);
      if (known.add(m.key())) {
        fresh.add(m);
      }
    }
    if (fresh.isEmpty()) {
      return; // a replayed or duplicated article: already folded in
    }
    signals.addAll(fresh);
    final List<Signal> retained = Retention.retain(signals, options);
    if (fresh.stream().noneMatch(retained::contains)) {
      return; // older than the retention window: it cannot change the state
    }
    final List<CoachSignal> asAvro = new ArrayList<>(retained.size());
    for (final Signal s : retained) {
      asAvro.add(AvroMapping.toAvro(s));
    }
    history.put(coach, new CoachHistory(coach, asAvro));

    final CoachState state = folder.fold(coach, retained, null);
    final CoachStatus after = AvroMapping.toAvro(state);
    final CoachStatus before = statuses.get(coach);
    if (after.equals(before)) {
      return;
    }
    statuses.put(coach, after);
    final Instant eventTime = batch.getPublishedAt();
    final boolean late =
        newestBefore != null && (eventTime == null || eventTime.isBefore(newestBefore));
    context.forward(
        record.withValue(
            new FoldOutput(
                after,
                StatusChanges.between(before, after, batch.getArticleId(), eventTime, late),
                destinationIfMoved(before, after),
                benchEntries(before, after))));
  }

  private static Instant max(final Instant a, final Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
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

  /** One entry per team the coach is or was tied to, when his place on its bench changed. */
  static List<BenchEntry> benchEntries(final CoachStatus before, final CoachStatus after) {
    final Map<String, BenchEntry> old = entries(before);
    final Map<String, BenchEntry> now = entries(after);
    final List<BenchEntry> out = new ArrayList<>();
    for (final Map.Entry<String, BenchEntry> e : now.entrySet()) {
      if (!e.getValue().equals(old.get(e.getKey()))) {
        out.add(e.getValue());
      }
    }
    for (final String team : old.keySet()) {
      if (!now.containsKey(team)) {
        out.add(
            BenchEntry.newBuilder()
                .setTeam(team)
                .setCoach(after.getCoach())
                .setUpdatedAt(after.getUpdatedAt())
                .build());
      }
    }
    return out;
  }

  private static Map<String, BenchEntry> entries(final CoachStatus s) {
    final Map<String, BenchEntry> byTeam = new TreeMap<>();
    if (s == null) {
      return byTeam;
    }
    if (s.getCurrentTeam() != null) {
      byTeam.put(
          s.getCurrentTeam(),
          BenchEntry.newBuilder()
              .setTeam(s.getCurrentTeam())
              .setCoach(s.getCoach())
              .setCurrent(true)
              .setUpdatedAt(s.getUpdatedAt())
              .build());
    }
    for (final Candidate c : s.getCandidates()) {
      if (c.getTeam().equals(s.getCurrentTeam()) || c.getProbability() <= 0) {
        continue;
      }
      byTeam.put(
          c.getTeam(),
          BenchEntry.newBuilder()
              .setTeam(c.getTeam())
              .setCoach(s.getCoach())
              .setCandidate(true)
              .setScore(c.getScore())
              .setProbability(c.getProbability())
              .setUpdatedAt(s.getUpdatedAt())
              .build());
    }
    return byTeam;
  }

  /** Change kinds between two statuses; kept here until the model's detector replaces it. */
  static final class StatusChanges {
    private StatusChanges() {}

    static StatusChange between(
        final CoachStatus before,
        final CoachStatus after,
        final String articleId,
        final Instant eventTime,
        final boolean late) {
      final List<ChangeKind> kinds = new ArrayList<>();
      if (before == null || before.getEmployment() != after.getEmployment()) {
        kinds.add(ChangeKind.EMPLOYMENT);
      }
      if (before == null || !Objects.equals(before.getCurrentTeam(), after.getCurrentTeam())) {
        kinds.add(ChangeKind.TEAM);
      }
      if (before == null ? after.getAtRisk() : before.getAtRisk() != after.getAtRisk()) {
        kinds.add(ChangeKind.AT_RISK);
      }
      if (before == null ? after.getLeaving() : before.getLeaving() != after.getLeaving()) {
        kinds.add(ChangeKind.LEAVING);
      }
      if (before == null
          || !Objects.equals(before.getLikelyDestination(), after.getLikelyDestination())) {
        kinds.add(ChangeKind.DESTINATION);
      }
      if (before != null && band(before.getConfidence()) != band(after.getConfidence())) {
        kinds.add(ChangeKind.CONFIDENCE_BAND);
      }
      if (kinds.isEmpty()) {
        return null;
      }
      return StatusChange.newBuilder()
          .setCoach(after.getCoach())
          .setCoachName(after.getCoachName())
          .setEventTime(eventTime)
          .setKinds(kinds)
          .setBefore(before)
          .setAfter(after)
          .setCausedBy(List.of(articleId))
          .setLate(late)
          .setSummary(after.getCoach() + ": " + kinds)
          .build();
    }

    static int band(final double confidence) {
      return (int) Math.min(3, Math.floor(confidence * 4));
    }
  }
}
