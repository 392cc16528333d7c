package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.model.NewsArticle;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Worst-case time on 1 MB adversarial texts: linear scanning, no backtracking. */
class PerformanceTest {

  private static final Logger LOG = LoggerFactory.getLogger(PerformanceTest.class);
  private static final int MB = 1 << 20;

  static String repeat(String unit) {
    final StringBuilder b = new StringBuilder(MB + unit.length());
    while (b.length() < MB) {
      b.append(unit);
    }
    return b.substring(0, MB);
  }

  static Map<String, String> adversarial() {
    final Map<String, String> m = new LinkedHashMap<>();
    m.put("one-letter", repeat("a"));
    m.put("no-spaces", repeat("Allegri"));
    m.put("names-and-cues", repeat("Allegri esonerato dalla Juventus nel mirino della Roma "));
    m.put("one-endless-sentence", repeat("il tecnico Mario Rossi Bianchi Verdi e lui, ex Roma, "));
    m.put("punctuation", repeat(".:;,«»–'’"));
    m.put("newlines", repeat("\n"));
    m.put("apostrophes", repeat("dell'l'all'"));
    m.put("combining-marks", repeat("e\u0301\u0301\u0301 "));
    m.put("surrogates", repeat("\uD83D\uDE00 Conte "));
    m.put("many-coaches", repeat("Conte, Allegri, Sarri, Pioli e Inzaghi esonerati da Napoli, "));
    return m;
  }

  @Test
  void oneMegabyteAdversarialTextsStayUnderFiftyMilliseconds() {
    final RuleExtractor x = RuleExtractor.defaultExtractor();
    long worst = 0;
    for (Map.Entry<String, String> e : adversarial().entrySet()) {
      final NewsArticle a = new NewsArticle("adv", null, null, "it", "Titolo", e.getValue());
      x.extract(a); // warm-up
      long best = Long.MAX_VALUE;
      for (int i = 0; i < 5; i++) {
        final long t0 = System.nanoTime();
        x.extract(a);
        best = Math.min(best, System.nanoTime() - t0);
      }
      LOG.info("1 MB adversarial '{}': {} ms", e.getKey(), best / 1_000_000.0);
      worst = Math.max(worst, best);
    }
    LOG.info("1 MB adversarial worst case: {} ms", worst / 1_000_000.0);
    assertThat(worst / 1_000_000).isLessThan(50);
  }
}
