package dev.coachradar.topology;

import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.CoachDestination;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import java.util.List;

/**
 * What folding one signal produced, split downstream into the output topics. Lives only between
 * processors of one sub-topology, so it is never serialized.
 *
 * @param status the new state, or null when the signal changed nothing
 * @param change the status change for subscribers, or null when nothing they care about changed
 * @param destination the new likely destination, or null when it did not move
 * @param benchEntries entries for every team whose bench this coach joined, left or moved on
 */
record FoldOutput(
    CoachStatus status,
    StatusChange change,
    CoachDestination destination,
    List<BenchEntry> benchEntries) {

  static final FoldOutput NOTHING = new FoldOutput(null, null, null, List.of());
}
