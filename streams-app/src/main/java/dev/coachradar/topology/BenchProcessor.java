package dev.coachradar.topology;

import dev.coachradar.avro.BenchCandidate;
import dev.coachradar.avro.BenchEntries;
import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.TeamBench;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps, per team, the latest entry of every coach tied to its bench and publishes the bench: the
 * current coach (the newest claim wins, then the coach id) and the candidates, best first.
 */
final class BenchProcessor implements Processor<String, BenchEntry, String, TeamBench> {

  private ProcessorContext<String, TeamBench> context;
  private KeyValueStore<String, BenchEntries> store;

  @Override
  public void init(final ProcessorContext<String, TeamBench> context) {
    this.context = context;
    this.store = context.getStateStore(CoachRadarTopology.BENCH_STORE);
  }

  @Override
  public void process(final Record<String, BenchEntry> record) {
    final BenchEntry entry = record.value();
    if (entry == null || record.key() == null) {
      return;
    }
    final String team = record.key();
    final BenchEntries stored = store.get(team);
    final List<BenchEntry> entries =
        stored == null ? new ArrayList<>() : new ArrayList<>(stored.getEntries());
    entries.removeIf(e -> e.getCoach().equals(entry.getCoach()));
    if (entry.getCurrent() || entry.getCandidate()) {
      entries.add(entry);
    }
    entries.sort(Comparator.comparing(BenchEntry::getCoach));
    if (entries.isEmpty()) {
      store.delete(team);
    } else {
      store.put(team, new BenchEntries(team, entries));
    }
    context.forward(record.withValue(bench(team, entries)));
  }

  /** The bench a set of entries describes. */
  static TeamBench bench(final String team, final List<BenchEntry> entries) {
    final Comparator<Instant> newestFirst =
        Comparator.nullsLast(Comparator.<Instant>reverseOrder());
    final String current =
        entries.stream()
            .filter(BenchEntry::getCurrent)
            .sorted(
                Comparator.comparing(BenchEntry::getUpdatedAt, newestFirst)
                    .thenComparing(BenchEntry::getCoach))
            .map(BenchEntry::getCoach)
            .findFirst()
            .orElse(null);
    final List<BenchCandidate> candidates = new ArrayList<>();
    entries.stream()
        .filter(BenchEntry::getCandidate)
        .sorted(
            Comparator.comparingDouble(BenchEntry::getProbability)
                .reversed()
                .thenComparing(Comparator.comparingDouble(BenchEntry::getScore).reversed())
                .thenComparing(BenchEntry::getCoach))
        .forEach(
            e ->
                candidates.add(new BenchCandidate(e.getCoach(), e.getScore(), e.getProbability())));
    Instant updated = null;
    for (final BenchEntry e : entries) {
      if (e.getUpdatedAt() != null && (updated == null || e.getUpdatedAt().isAfter(updated))) {
        updated = e.getUpdatedAt();
      }
    }
    return new TeamBench(team, current, candidates, updated);
  }
}
