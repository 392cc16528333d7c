package dev.coachradar.topology;

import dev.coachradar.avro.BenchEntries;
import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.TeamBench;
import dev.coachradar.model.TeamBenches;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps, per team, the latest entry of every coach tied to its bench and publishes the bench built
 * by {@link TeamBenches#bench}: the current coach and the candidates, best first.
 *
 * <p>The store is the source of truth; what was last written to it is also kept decoded in memory
 * (teams are few), which spares a RocksDB read and a decoding on every entry. The copy is emptied
 * in {@link #init} and a team is evicted when processing its entry fails, so it never holds what
 * the store does not.
 */
final class BenchProcessor implements Processor<String, BenchEntry, String, TeamBench> {

  private ProcessorContext<String, TeamBench> context;
  private KeyValueStore<String, BenchEntries> store;
  private final Map<String, List<BenchEntry>> recent = new HashMap<>();

  /** Bound of the in-memory copy, in teams: far more than the knowledge base knows. */
  static final int MAX_CACHED_TEAMS = 20_000;

  @Override
  public void init(final ProcessorContext<String, TeamBench> context) {
    this.context = context;
    this.store = context.getStateStore(CoachRadarTopology.BENCH_STORE);
    recent.clear();
  }

  @Override
  public void process(final Record<String, BenchEntry> record) {
    final BenchEntry entry = record.value();
    if (entry == null || record.key() == null) {
      return;
    }
    final String team = record.key();
    try {
      update(record, team, entry);
    } catch (RuntimeException e) {
      recent.remove(team); // the store may not have taken what the copy already holds
      throw e;
    }
  }

  private void update(
      final Record<String, BenchEntry> record, final String team, final BenchEntry entry) {
    final List<BenchEntry> entries = new ArrayList<>(load(team));
    entries.removeIf(e -> e.getCoach().equals(entry.getCoach()));
    if (entry.getCurrent() || entry.getCandidate()) {
      entries.add(entry);
    }
    entries.sort(Comparator.comparing(BenchEntry::getCoach));
    if (entries.isEmpty()) {
      store.put(team, null);
    } else {
      store.put(team, new BenchEntries(team, entries));
    }
    if (recent.size() >= MAX_CACHED_TEAMS && !recent.containsKey(team)) {
      recent.clear();
    }
    recent.put(team, entries);
    context.forward(record.withValue(bench(team, entries)));
  }

  /** The team's entries as last stored (never modified: each update makes a new list). */
  private List<BenchEntry> load(final String team) {
    final List<BenchEntry> cached = recent.get(team);
    if (cached != null) {
      return cached;
    }
    final BenchEntries stored = store.get(team);
    return stored == null ? List.of() : stored.getEntries();
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
