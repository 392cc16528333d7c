package dev.coachradar.bench;

import dev.coachradar.app.Components;
import dev.coachradar.avro.Article;
import dev.coachradar.config.AppConfig;
import dev.coachradar.extract.Extractor;
import dev.coachradar.model.CoachHistory;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.producer.generate.ArticleGenerator;
import dev.coachradar.producer.generate.GeneratorOptions;
import dev.coachradar.topology.AvroMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The folds of a replay in time order, as the naive peer of {@code coach-radar bench} and the
 * topology do them: the bench's generated articles (seed 42) in published_at order, extracted once,
 * each article's signals added to its coaches' histories and every changed history folded. One call
 * replays the whole stream from empty histories. {@code mode=full} folds the retained list each
 * time ({@code fold(coach, history.signals(), null)}), {@code mode=resume} calls {@code
 * fold(history)}, which resumes the previous fold of the history when it only grew at its end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FoldStreamBenchmark {

  /** Articles in the stream. */
  @Param({"20000"})
  public int articles;

  /** {@code full} or {@code resume}. */
  @Param({"full", "resume"})
  public String mode;

  private ModelConfig model;
  private StatusFolder folder;

  /** Per article, its signals by coach. */
  private List<Map<String, List<Signal>>> batches;

  /** Generates and extracts once. */
  @Setup
  public void setUp() {
    model = Components.modelConfig(AppConfig.defaults(Map.of()));
    folder = Components.folder(model);
    final Extractor extractor = Components.extractor();
    final List<Article> stream = new ArrayList<>();
    ArticleGenerator.standard()
        .iterator(42L, GeneratorOptions.of(articles))
        .forEachRemaining(g -> stream.add(g.article()));
    stream.sort(Comparator.comparing(Article::getPublishedAt).thenComparing(Article::getId));
    batches = new ArrayList<>();
    for (final Article a : stream) {
      final Map<String, List<Signal>> byCoach = new LinkedHashMap<>();
      for (final Signal s : extractor.extract(AvroMapping.toModel(a))) {
        byCoach.computeIfAbsent(s.coachId(), c -> new ArrayList<>()).add(s);
      }
      batches.add(byCoach);
    }
  }

  /** Replays the stream; returns the number of folds whose state changed. */
  @Benchmark
  public int replay() {
    final boolean resume = mode.equals("resume");
    final Map<String, CoachHistory> histories = new HashMap<>();
    final Map<String, CoachState> states = new HashMap<>();
    int changes = 0;
    for (final Map<String, List<Signal>> batch : batches) {
      for (final Map.Entry<String, List<Signal>> e : batch.entrySet()) {
        final CoachHistory h =
            histories.computeIfAbsent(e.getKey(), c -> new CoachHistory(c, model));
        boolean changed = false;
        for (final Signal s : e.getValue()) {
          changed |= h.add(s);
        }
        if (changed) {
          final CoachState after =
              resume ? folder.fold(h) : folder.fold(e.getKey(), h.signals(), null);
          if (!after.equals(states.put(e.getKey(), after))) {
            changes++;
          }
        }
      }
    }
    return changes;
  }
}
