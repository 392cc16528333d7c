package dev.coachradar.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.model.Evidence;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import dev.coachradar.schema.Topics;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signal survives the trip through coach.signals with every field, the article-level marks
 * included. The batch record embeds the signal record, so a batch class generated from an older
 * signal schema would silently drop a new field (it happened with a stale build of bench_held).
 */
class AvroMappingTest {

  @Test
  void aSignalRoundTripsThroughTheSignalsTopicWithItsMarks() {
    final Signal held =
        new Signal(
                "maurizio-sarri",
                "Maurizio Sarri",
                "lazio",
                Relation.AGREED,
                null,
                0.8,
                "a1",
                Instant.parse("2025-05-30T21:10:00Z"),
                "src",
                42L,
                new Evidence("a1", "title", "sentence", 3, 9))
            .withBenchHeld(true);
    final Signal open =
        new Signal(
                "stefano-pioli",
                "Stefano Pioli",
                "fiorentina",
                Relation.LINKED,
                null,
                1.0,
                "a1",
                Instant.parse("2025-05-30T21:10:00Z"),
                "src",
                42L,
                new Evidence("a1", "title", "other", 10, 15))
            .withOpenBench(true);
    for (final Signal s : List.of(held, open)) {
      final CoachSignalBatch batch =
          new CoachSignalBatch(s.coachId(), "a1", s.publishedAt(), List.of(AvroMapping.toAvro(s)));
      final byte[] bytes =
          Topics.SIGNALS.valueSerde().serializer().serialize(Topics.SIGNALS.name(), batch);
      final CoachSignalBatch back =
          Topics.SIGNALS.valueSerde().deserializer().deserialize(Topics.SIGNALS.name(), bytes);
      assertThat(AvroMapping.toModel(back.getSignals().get(0))).isEqualTo(s);
    }
  }
}
