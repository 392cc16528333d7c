package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.eval.GoldCorpus;
import dev.coachradar.model.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Same article, same signals in the same order: across calls, instances and threads. */
class DeterminismTest {

  @Test
  void sameSignalsAcrossRunsInstancesAndThreads() throws Exception {
    final GoldCorpus dev = GoldCorpus.read(CorpusScoreTest.corpusDir().resolve("dev.jsonl"));
    final RuleExtractor shared = RuleExtractor.defaultExtractor();
    final RuleExtractor fresh = new RuleExtractor(KnowledgeBase.fromClasspath());
    final List<List<Signal>> first = new ArrayList<>();
    for (GoldCorpus.GoldArticle a : dev.articles()) {
      first.add(shared.extract(a.article()));
      assertThat(shared.extract(a.article())).isEqualTo(first.get(first.size() - 1));
      assertThat(fresh.extract(a.article())).isEqualTo(first.get(first.size() - 1));
    }
    final ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      final List<Future<List<List<Signal>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  final List<List<Signal>> out = new ArrayList<>();
                  for (GoldCorpus.GoldArticle a : dev.articles()) {
                    out.add(shared.extract(a.article()));
                  }
                  return out;
                }));
      }
      for (Future<List<List<Signal>>> f : futures) {
        assertThat(f.get()).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
