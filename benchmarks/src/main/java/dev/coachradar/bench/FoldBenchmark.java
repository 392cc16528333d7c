package dev.coachradar.bench;

import dev.coachradar.app.Components;
import dev.coachradar.config.AppConfig;
import dev.coachradar.extract.Extractor;
import dev.coachradar.model.CoachHistory;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.producer.generate.ArticleGenerator;
import dev.coachradar.producer.generate.GeneratedArticle;
import dev.coachradar.producer.generate.GeneratorOptions;
import dev.coachradar.topology.AvroMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One fold of a coach's retained history, as the naive peer of {@code coach-radar bench} and the
 * topology do after every batch that changes it. The histories are real: the bench's generated
 * articles (seed 42) run through the production extractor and {@link CoachHistory} retention, and a
 * coach's history is snapshotted when it first reaches {@code size} signals (up to 32 coaches).
 * Reports folds per second on one thread (one call = one fold, cycling through the snapshots).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FoldBenchmark {

  /** History size (signals) at which a coach is snapshotted; 500 is the retention bound. */
  @Param({"50", "200", "500"})
  public int size;

  private StatusFolder folder;
  private String[] coaches;
  private List<List<Signal>> histories;
  private int next;

  /** Generates, extracts and retains once. */
  @Setup
  public void setUp() {
    final ModelConfig model = Components.modelConfig(AppConfig.defaults(Map.of()));
    folder = Components.folder(model);
    final Extractor extractor = Components.extractor();
    final Map<String, CoachHistory> live = new HashMap<>();
    final List<String> ids = new ArrayList<>();
    histories = new ArrayList<>();
    final Iterator<GeneratedArticle> it =
        ArticleGenerator.standard().iterator(42L, GeneratorOptions.of(200_000));
    while (it.hasNext() && ids.size() < 32) {
      for (final Signal s : extractor.extract(AvroMapping.toModel(it.next().article()))) {
        final CoachHistory h = live.computeIfAbsent(s.coachId(), c -> new CoachHistory(c, model));
        final int before = h.size();
        h.add(s);
        if (before < size && h.size() >= size && !ids.contains(s.coachId())) {
          ids.add(s.coachId());
          histories.add(h.signals());
        }
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("no coach reached " + size + " signals");
    }
    coaches = ids.toArray(String[]::new);
  }

  /** Folds the next snapshot. */
  @Benchmark
  public CoachState fold() {
    final int i = next;
    next = (i + 1) % coaches.length;
    return folder.fold(coaches[i], histories.get(i), null);
  }
}
