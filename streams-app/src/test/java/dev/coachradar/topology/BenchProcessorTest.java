package dev.coachradar.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.TeamBench;
import dev.coachradar.config.AppConfig;
import dev.coachradar.schema.AvroSerde;
import dev.coachradar.schema.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The team-bench processor against a plain model of its contract: per team, the latest entry of
 * every coach who is its current coach or a candidate, sorted by coach id, and after every entry
 * the bench those entries describe. Checks every output record and the store's content (as the HTTP
 * queries read it) over random entry streams, with the in-memory copy and through the store alone
 * (a bound of one team empties the copy at almost every entry).
 */
class BenchProcessorTest {

  @TempDir Path stateDir;

  /** Ids of different lengths and shared prefixes, so key order and id order could differ. */
  private static final String[] TEAMS = {"roma", "roma-b", "inter", "a", "ab", "milan"};

  private static final String[] COACHES = {
    "c1", "c10", "c1-a", "c2", "mourinho", "mou", "ranieri", "sarri", "de-zerbi", "z"
  };

  @ParameterizedTest
  @ValueSource(ints = {BenchProcessor.MAX_CACHED_TEAMS, 1})
  void publishesTheBenchOfTheLatestEntriesAndStoresOneRecordPerCoach(final int maxCachedTeams) {
    final StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(CoachRadarTopology.benchStore());
    builder.stream("in", Consumed.with(Serdes.String(), AvroSerde.of(BenchEntry.class)))
        .process(
            () -> new BenchProcessor(maxCachedTeams),
            Named.as("team-bench"),
            CoachRadarTopology.BENCH_STORE)
        .to("out", Produced.with(Serdes.String(), Topics.TEAM_BENCH.valueSerde()));
    final Properties props =
        AppConfig.defaults(
                Map.of(
                    "application.id", "bench-processor-test",
                    "bootstrap.servers", "unused:9092",
                    "state.dir", stateDir.toString()))
            .streamsProperties();
    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      final TestInputTopic<String, BenchEntry> in =
          driver.createInputTopic(
              "in", new StringSerializer(), AvroSerde.of(BenchEntry.class).serializer());
      final TestOutputTopic<String, TeamBench> out =
          driver.createOutputTopic(
              "out", new StringDeserializer(), Topics.TEAM_BENCH.valueSerde().deserializer());
      final KeyValueStore<String, BenchEntry> store =
          driver.getKeyValueStore(CoachRadarTopology.BENCH_STORE);
      final Map<String, TreeMap<String, BenchEntry>> model = new TreeMap<>();
      final Random random = new Random(7);
      for (int i = 0; i < 3_000; i++) {
        final String team = TEAMS[random.nextInt(TEAMS.length)];
        final BenchEntry entry = randomEntry(random, team, i);
        in.pipeInput(team, entry);

        final TreeMap<String, BenchEntry> entries =
            model.computeIfAbsent(team, t -> new TreeMap<>());
        if (entry.getCurrent() || entry.getCandidate()) {
          entries.put(entry.getCoach(), entry);
        } else {
          entries.remove(entry.getCoach());
        }
        final List<BenchEntry> expected = new ArrayList<>(entries.values());
        assertThat(out.readKeyValue().value)
            .as("bench after entry %d", i)
            .isEqualTo(BenchProcessor.bench(team, expected));
        assertThat(out.isEmpty()).isTrue();
        assertThat(BenchKeys.read(store, team)).as("stored after entry %d", i).isEqualTo(expected);
      }
      final List<List<BenchEntry>> all = new ArrayList<>();
      model.values().stream()
          .filter(m -> !m.isEmpty())
          .forEach(m -> all.add(new ArrayList<>(m.values())));
      assertThat(BenchKeys.readAll(store)).isEqualTo(all);
    }
  }

  private static BenchEntry randomEntry(final Random random, final String team, final int i) {
    final int role = random.nextInt(4); // 0 current, 1-2 candidate, 3 neither (leaves the bench)
    return BenchEntry.newBuilder()
        .setTeam(team)
        .setCoach(COACHES[random.nextInt(COACHES.length)])
        .setCurrent(role == 0)
        .setCandidate(role == 1 || role == 2)
        .setScore(random.nextInt(100) / 10.0)
        .setProbability(random.nextInt(100) / 100.0)
        .setUpdatedAt(Instant.ofEpochSecond(1_700_000_000L + i * 3600L))
        .build();
  }
}
