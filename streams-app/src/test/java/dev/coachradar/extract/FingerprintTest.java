package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.eval.GoldCorpus;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Syndicated near-duplicates share most fingerprint bits; different stories do not. */
class FingerprintTest {

  @Test
  void syndicatedPairIsTheSameStoryAndOthersAreNot() throws Exception {
    final GoldCorpus dev = GoldCorpus.read(CorpusScoreTest.corpusDir().resolve("dev.jsonl"));
    final Map<String, Long> fp = new HashMap<>();
    dev.articles().forEach(a -> fp.put(a.article().id(), Fingerprint.simhash(a.article().body())));
    final int pair = Fingerprint.distance(fp.get("dev-0026"), fp.get("dev-0027"));
    int closestOther = 64;
    for (var a : fp.entrySet()) {
      for (var b : fp.entrySet()) {
        final boolean syndicated =
            a.getKey().compareTo(b.getKey()) < 0
                && !(a.getKey().equals("dev-0026") && b.getKey().equals("dev-0027"));
        if (syndicated) {
          closestOther = Math.min(closestOther, Fingerprint.distance(a.getValue(), b.getValue()));
        }
      }
    }
    LoggerFactory.getLogger(FingerprintTest.class)
        .info("dev-0026/dev-0027 distance {}, closest other pair {}", pair, closestOther);
    assertThat(pair).isLessThanOrEqualTo(Fingerprint.SAME_STORY_MAX_DISTANCE);
    assertThat(closestOther).isGreaterThan(Fingerprint.SAME_STORY_MAX_DISTANCE);
  }

  @Test
  void emptyAndIdenticalTexts() {
    assertThat(Fingerprint.simhash("")).isZero();
    assertThat(Fingerprint.simhash("Allegri esonerato dalla Juventus"))
        .isEqualTo(Fingerprint.simhash("ALLEGRI, esonerato dalla   Juventus!"));
  }
}
