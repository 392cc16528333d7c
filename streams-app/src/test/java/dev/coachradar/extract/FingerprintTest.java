package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.eval.GoldCorpus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

  @Test
  void aRepeatedNameOrNumberCountsOnceWhateverTheOrder() {
    assertThat(
            Fingerprint.simhash("Allegri lascia la Juventus. Allegri e la Juventus, 2024: Allegri"))
        .isEqualTo(Fingerprint.simhash("2024 Juventus Allegri"))
        .isNotEqualTo(Fingerprint.simhash("2024 Juventus Allegri Sarri"));
    assertThat(Fingerprint.simhash("Mourinho signs for Roma in 2021, Roma confirm"))
        .isEqualTo(Fingerprint.simhash("Roma 2021 Mourinho"));
  }

  /** The SimHash as first written, over a HashSet of boxed features: the oracle. */
  private static long reference(final String text) {
    final int n = Math.min(text.length(), Fingerprint.MAX_CHARS);
    final Set<Long> features = new HashSet<>();
    int i = 0;
    while (i < n) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      final boolean keep =
          Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i));
      long h = 0xcbf29ce484222325L;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        h = (h ^ Text.fold(text.charAt(i))) * 0x100000001b3L;
        i++;
      }
      if (keep) {
        features.add(h);
      }
    }
    final int[] v = new int[64];
    for (final long f : features) {
      long z = (f ^ (f >>> 33)) * 0xff51afd7ed558ccdL;
      z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
      z = z ^ (z >>> 33);
      for (int b = 0; b < 64; b++) {
        v[b] += ((z >>> b) & 1L) != 0 ? 1 : -1;
      }
    }
    long out = 0;
    for (int b = 0; b < 64; b++) {
      if (v[b] > 0) {
        out |= 1L << b;
      }
    }
    return out;
  }

  @Test
  void sameFingerprintAsTheSetOfBoxedFeaturesOnRandomTexts() {
    final String[] words = {
      "Allegri", "allegri", "Juventus", "Città", "ÉLAN", "2024", "3", "la", "e", "Straße", "Müller"
    };
    final Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      final StringBuilder b = new StringBuilder();
      final int length = random.nextInt(400);
      for (int w = 0; w < length; w++) {
        final String word = words[random.nextInt(words.length)];
        b.append(random.nextInt(5) == 0 ? word + random.nextInt(200) : word);
        b.append(random.nextBoolean() ? " " : ", ");
      }
      final String text = b.toString();
      assertThat(Fingerprint.simhash(text)).as(text).isEqualTo(reference(text));
    }
  }
}
