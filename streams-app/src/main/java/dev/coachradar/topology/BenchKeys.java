package dev.coachradar.topology;

import dev.coachradar.avro.BenchEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Keys of the team-bench-coaches store, which holds one record per (team, coach): the team id, a
 * NUL separator, then the coach id. A team's entries are thus one key range (a prefix scan reads
 * them), and an entry writes only that coach's record instead of re-encoding the team's whole list.
 */
public final class BenchKeys {

  /** Cannot occur in a team id (a slug), so one team's prefix never covers another's keys. */
  private static final char SEPARATOR = '\u0000';

  /** The order of a team's entries in the bench store's former layout and in the processor. */
  static final Comparator<BenchEntry> BY_COACH = Comparator.comparing(BenchEntry::getCoach);

  private BenchKeys() {}

  /** The prefix of every key of this team's entries. */
  public static String prefix(final String team) {
    return team + SEPARATOR;
  }

  /** The store key of one coach's entry on the team's bench. */
  public static String of(final String team, final String coach) {
    return prefix(team) + coach;
  }

  /** The team's entries in a bench store, sorted by coach id; empty when unknown. */
  public static List<BenchEntry> read(
      final ReadOnlyKeyValueStore<String, BenchEntry> store, final String team) {
    final List<BenchEntry> out = new ArrayList<>();
    try (KeyValueIterator<String, BenchEntry> it =
        store.prefixScan(prefix(team), new StringSerializer())) {
      it.forEachRemaining(kv -> out.add(kv.value));
    }
    out.sort(BY_COACH);
    return out;
  }

  /**
   * Every team's entries in a bench store, sorted by coach id, one list per team in team order. A
   * team's keys are contiguous: the separator sorts below every character of an id.
   */
  public static List<List<BenchEntry>> readAll(
      final ReadOnlyKeyValueStore<String, BenchEntry> store) {
    final List<List<BenchEntry>> out = new ArrayList<>();
    String team = null;
    List<BenchEntry> entries = null;
    try (KeyValueIterator<String, BenchEntry> it = store.all()) {
      while (it.hasNext()) {
        final KeyValue<String, BenchEntry> kv = it.next();
        if (!kv.value.getTeam().equals(team)) {
          team = kv.value.getTeam();
          entries = new ArrayList<>();
          out.add(entries);
        }
        entries.add(kv.value);
      }
    }
    out.forEach(l -> l.sort(BY_COACH));
    return out;
  }
}
