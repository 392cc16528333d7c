package dev.coachradar.app;

import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.topology.CoachRadarTopology;
import org.apache.kafka.streams.Topology;

/** Topologies and small corpora shared by the integration tests of this package. */
final class TestTopologies {
  private TestTopologies() {}

  /** A short saga in the stand-in format (body lines {@code coach|team|RELATION}). */
  static final String SAGA_JSONL =
      String.join(
          "\n",
          "{\"id\":\"s1\",\"published_at\":\"2024-12-01T09:00:00Z\",\"lang\":\"it\",\"title\":\"t1\",\"body\":\"allegri|juventus|LEFT\\nallegri|west-ham|LINKED\\nfonseca|milan|AT_RISK\"}",
          "{\"id\":\"s2\",\"published_at\":\"2025-02-01T09:00:00Z\",\"lang\":\"it\",\"title\":\"t2\",\"body\":\"allegri|roma|LINKED\\nranieri|roma|LEAVING\"}",
          "{\"id\":\"s3\",\"published_at\":\"2025-01-10T09:00:00Z\",\"lang\":\"it\",\"title\":\"late\",\"body\":\"fonseca|milan|SACKED\\nconceicao|milan|AGREED\"}",
          "{\"id\":\"s4\",\"published_at\":\"2025-05-30T09:00:00Z\",\"lang\":\"it\",\"title\":\"t4\",\"body\":\"allegri|milan|AGREED\\nconceicao|milan|SACKED\"}",
          "{\"id\":\"s5\",\"published_at\":\"2025-07-01T09:00:00Z\",\"lang\":\"it\",\"title\":\"t5\",\"body\":\"allegri|milan|COACHES\"}",
          "");

  /** The topology around the stand-in extractor and the real status model. */
  static Topology standIn() {
    return CoachRadarTopology.build(
        dev.coachradar.topology.FakeModelAccess.extractor(),
        new dev.coachradar.model.DefaultStatusFolder(ModelConfig.DEFAULTS),
        ModelConfig.DEFAULTS,
        new ChangeDetector());
  }
}
