package dev.coachradar.serve;

import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.CoachSignal;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.model.Signal;
import dev.coachradar.model.TeamBenches;
import dev.coachradar.topology.AvroMapping;
import dev.coachradar.topology.BenchKeys;
import dev.coachradar.topology.CoachRadarTopology;
import dev.coachradar.topology.HistoryKeys;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Interactive queries on this instance's stores, and where the other keys live. Reads only active
 * stores (never stale standbys), so a key is answered by exactly one instance: its owner.
 */
public final class StateQueries {
  private final KafkaStreams streams;
  private final HostInfo self;

  /**
   * @param streams the running client
   * @param self this instance's {@code application.server}, as other instances reach it
   */
  public StateQueries(final KafkaStreams streams, final HostInfo self) {
    this.streams = streams;
    this.self = self;
  }

  /** This instance. */
  public HostInfo self() {
    return self;
  }

  /** The client, for its state. */
  public KafkaStreams streams() {
    return streams;
  }

  /** The instance whose active task holds the coach; empty while rebalancing. */
  public Optional<HostInfo> ownerOfCoach(final String coach) {
    return owner(CoachRadarTopology.STATUS_STORE, coach);
  }

  /** The instance whose active task holds the team's bench; empty while rebalancing. */
  public Optional<HostInfo> ownerOfTeam(final String team) {
    return owner(CoachRadarTopology.BENCH_STORE, team);
  }

  private Optional<HostInfo> owner(final String store, final String key) {
    final KeyQueryMetadata m =
        streams.queryMetadataForKey(store, key, Serdes.String().serializer());
    if (m == null || m.equals(KeyQueryMetadata.NOT_AVAILABLE) || m.activeHost().port() < 0) {
      return Optional.empty();
    }
    return Optional.of(m.activeHost());
  }

  /** Every instance that hosts part of the store (this one included when it does). */
  public Set<HostInfo> instancesOf(final String store) {
    final Set<HostInfo> out = new LinkedHashSet<>();
    for (final StreamsMetadata m : streams.streamsMetadataForStore(store)) {
      out.add(m.hostInfo());
    }
    return out;
  }

  /** The coach's live status in the local store, if this instance owns him and knows him. */
  public Optional<CoachStatus> status(final String coach) {
    return Optional.ofNullable(
        store(CoachRadarTopology.STATUS_STORE, CoachStatus.class).get(coach));
  }

  /** The coach's retained signals in the local store (empty when unknown here). */
  public List<Signal> history(final String coach) {
    return HistoryKeys.read(store(CoachRadarTopology.HISTORY_STORE, CoachSignal.class), coach);
  }

  /** Every coach's status in the local stores. */
  public List<CoachStatus> localStatuses() {
    final List<CoachStatus> out = new ArrayList<>();
    try (KeyValueIterator<String, CoachStatus> it =
        store(CoachRadarTopology.STATUS_STORE, CoachStatus.class).all()) {
      it.forEachRemaining(kv -> out.add(kv.value));
    }
    return out;
  }

  /** The team's bench from the local store, if this instance owns it and knows it. */
  public Optional<TeamBenches.Bench> bench(final String team) {
    final List<BenchEntry> entries =
        BenchKeys.read(store(CoachRadarTopology.BENCH_STORE, BenchEntry.class), team);
    return entries.isEmpty() ? Optional.empty() : Optional.of(toBench(team, entries));
  }

  /** Every team's bench in the local stores. */
  public List<TeamBenches.Bench> localBenches() {
    final List<TeamBenches.Bench> out = new ArrayList<>();
    for (final List<BenchEntry> entries :
        BenchKeys.readAll(store(CoachRadarTopology.BENCH_STORE, BenchEntry.class))) {
      out.add(toBench(entries.get(0).getTeam(), entries));
    }
    return out;
  }

  private static TeamBenches.Bench toBench(final String team, final List<BenchEntry> entries) {
    final List<TeamBenches.Entry> model = new ArrayList<>();
    for (final BenchEntry e : entries) {
      model.add(AvroMapping.toModel(e));
    }
    return TeamBenches.bench(team, model);
  }

  private <V> ReadOnlyKeyValueStore<String, V> store(final String name, final Class<V> type) {
    return streams.store(
        StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
  }
}
