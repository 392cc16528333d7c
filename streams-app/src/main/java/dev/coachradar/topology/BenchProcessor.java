package dev.coachradar.topology;

import dev.coachradar.avro.BenchEntries;
import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.TeamBench;
import dev.coachradar.model.TeamBenches;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps, per team, the latest entry of every coach tied to its bench and publishes the bench built
 * by {@link TeamBenches#bench}: the current coach and the candidates, best first.
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
    final List<TeamBenches.Entry> model = new ArrayList<>(entries.size());
    for (final BenchEntry e : entries) {
      model.add(AvroMapping.toModel(e));
    }
    return AvroMapping.toAvro(TeamBenches.bench(team, model));
  }
}
