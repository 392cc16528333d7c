package dev.coachradar.topology;

import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.TeamBench;
import dev.coachradar.model.TeamBenches;
import java.util.ArrayList;
import java.util.Collections;
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
 * <p>The store holds one record per (team, coach) (see {@link BenchKeys}), so an entry writes and
 * encodes only its own record; the team's whole list was re-encoded on every entry before (its
 * store put was the largest part of this processor in the eos bench's stream thread). The store is
 * the source of truth; what was last written to it is also kept decoded in memory (teams are few),
 * which spares a prefix scan and decoding on every entry. The copy is emptied in {@link #init} and
 * a team is evicted when processing its entry fails, so it never holds what the store does not.
 */
final class BenchProcessor implements Processor<String, BenchEntry, String, TeamBench> {

  private ProcessorContext<String, TeamBench> context;
  private KeyValueStore<String, BenchEntry> store;
  private final Map<String, List<BenchEntry>> recent = new HashMap<>();
  private final int maxCachedTeams;

  /** Bound of the in-memory copy, in teams: far more than the knowledge base knows. */
  static final int MAX_CACHED_TEAMS = 20_000;

  BenchProcessor() {
    this(MAX_CACHED_TEAMS);
  }

  /** With a smaller bound, for tests of the store-read path. */
  BenchProcessor(final int maxCachedTeams) {
    this.maxCachedTeams = maxCachedTeams;
  }

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
    final List<BenchEntry> before = load(team);
    final List<BenchEntry> entries = new ArrayList<>(before.size() + 1);
    entries.addAll(before);
    final int at = Collections.binarySearch(entries, entry, BenchKeys.BY_COACH);
    final boolean keep = entry.getCurrent() || entry.getCandidate();
    if (at >= 0) {
      if (keep) {
        entries.set(at, entry);
      } else {
        entries.remove(at);
      }
      store.put(BenchKeys.of(team, entry.getCoach()), keep ? entry : null);
    } else if (keep) {
      entries.add(-at - 1, entry);
      store.put(BenchKeys.of(team, entry.getCoach()), entry);
    } // else: a coach leaves a bench he was not on; the store holds nothing of him there
    if (recent.size() >= maxCachedTeams && !recent.containsKey(team)) {
      recent.clear();
    }
    recent.put(team, entries);
    context.forward(record.withValue(bench(team, entries)));
  }

  /** The team's entries as last stored, by coach (never modified: each update makes a new list). */
  private List<BenchEntry> load(final String team) {
    final List<BenchEntry> cached = recent.get(team);
    return cached != null ? cached : BenchKeys.read(store, team);
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
