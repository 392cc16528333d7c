package dev.coachradar.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fold on the corpus's gold signals against the readers' checkpoints. Replay rule: every
 * article of the same corpus published up to {@code as_of} (all when null); undated articles are
 * always included, as {@link StatusFolder#fold} specifies.
 */
class GoldCheckpointTest {

  private static GoldCorpus corpus;

  @BeforeAll
  static void load() throws IOException {
    corpus = GoldCorpus.locate();
  }

  private record Score(int hits, int total, int team, int employment, int destination) {}

  private static Score run(String name, ModelConfig config) throws IOException {
    return run(name, name + ".jsonl", name + ".checkpoints.jsonl", config);
  }

  private static Score run(
      String name, String corpusFile, String checkpointsFile, ModelConfig config)
      throws IOException {
    List<Signal> signals = corpus.signals(corpusFile);
    DefaultStatusFolder folder = new DefaultStatusFolder(config.withNonBenchTeams(corpus.markets));
    int hits = 0;
    int team = 0;
    int emp = 0;
    int dest = 0;
    List<GoldCorpus.Checkpoint> checkpoints = corpus.checkpoints(checkpointsFile);
    for (GoldCorpus.Checkpoint c : checkpoints) {
      CoachState s = folder.fold(c.coach(), signals, c.asOf());
      boolean t = Objects.equals(c.currentTeam(), s.currentTeam());
      boolean e = c.employment() == s.employment();
      boolean d = Objects.equals(c.destination(), s.likelyDestination());
      team += t ? 1 : 0;
      emp += e ? 1 : 0;
      dest += d ? 1 : 0;
      hits += t && e && d ? 1 : 0;
      System.out.printf(
          "%s %-4s %s %-22s expected team=%s emp=%s dest=%s | got team=%s emp=%s dest=%s conf=%.2f%n",
          name,
          t && e && d ? "ok" : "MISS",
          c.asOf(),
          c.coach(),
          c.currentTeam(),
          c.employment(),
          c.destination(),
          s.currentTeam(),
          s.employment(),
          s.likelyDestination(),
          s.confidence());
    }
    Score score = new Score(hits, checkpoints.size(), team, emp, dest);
    System.out.printf(
        "%s checkpoints (agreedNeedsEmployment=%s): %d/%d all three fields; current_team %d, employment %d, likely_destination %d%n",
        name, config.agreedNeedsEmployment(), hits, score.total(), team, emp, dest);
    return score;
  }

  @Test
  void seedsCheckpointsAllHold() throws IOException {
    Score s = run("seeds", ModelConfig.DEFAULTS);
    assertEquals(s.total(), s.hits(), "seeds checkpoints");
  }

  /**
   * The target is 90% (17 of 18), reached on the gold signals with the open-bench weight. The
   * remaining miss, Conte 2024-05-10, is undecidable from one coach's gold signals: Napoli and
   * Milan are both open benches linked in the same headline sentence. This floor guards against
   * regressions.
   */
  @Test
  void devCheckpointsDoNotRegress() throws IOException {
    Score s = run("dev", ModelConfig.DEFAULTS);
    assertTrue(s.hits() >= 17, "dev checkpoints: " + s.hits() + "/" + s.total());
  }

  /**
   * The model alone on the independent unseen corpora (src/test/resources/fresh and fresh2, written
   * without looking at the rules or the model): gold signals in, checkpoints out. Separates the
   * model's share of their checkpoint misses from extraction's. The floors are the current figures
   * (AGREED rule of 2026-11-22 included), a guard against regressions. The training corpus
   * (src/test/resources/train, readable by rule writers) is scored the same way.
   */
  @ParameterizedTest
  @CsvSource({"fresh, 16", "fresh2, 20", "train, 16"})
  void unseenCheckpointsOnGoldSignals(String name, int floor) throws IOException {
    Path dir = Path.of("src/test/resources", name).toAbsolutePath();
    Score s =
        run(
            name,
            dir.resolve(name + ".jsonl").toString(),
            dir.resolve(name + ".checkpoints.jsonl").toString(),
            ModelConfig.DEFAULTS);
    assertTrue(s.total() >= 12, name + " checkpoints loaded: " + s.total());
    assertTrue(
        s.hits() >= floor, name + " checkpoints on gold signals: " + s.hits() + "/" + s.total());
  }

  @Test
  void figuresWithAgreedSettlingAtOnce() throws IOException {
    // the alternative AGREED rule, printed for comparison only
    run("seeds", ModelConfig.DEFAULTS.withAgreedNeedsEmployment(false));
    run("dev", ModelConfig.DEFAULTS.withAgreedNeedsEmployment(false));
    for (String name : List.of("fresh", "fresh2", "train")) {
      Path dir = Path.of("src/test/resources", name).toAbsolutePath();
      run(
          name,
          dir.resolve(name + ".jsonl").toString(),
          dir.resolve(name + ".checkpoints.jsonl").toString(),
          ModelConfig.DEFAULTS.withAgreedNeedsEmployment(false));
    }
  }

  @Test
  void syndicatedPairIsOneSourceAndOthersAreNot() throws IOException {
    List<Signal> signals = corpus.signals("dev.jsonl");
    long a =
        signals.stream()
            .filter(s -> s.articleId().equals("dev-0026"))
            .findFirst()
            .orElseThrow()
            .fingerprint();
    long b =
        signals.stream()
            .filter(s -> s.articleId().equals("dev-0027"))
            .findFirst()
            .orElseThrow()
            .fingerprint();
    System.out.println("dev-0026/dev-0027 Hamming distance: " + Signals.hamming(a, b));
    assertTrue(Signals.hamming(a, b) <= ModelConfig.DEFAULTS.duplicateDistance());
  }
}
