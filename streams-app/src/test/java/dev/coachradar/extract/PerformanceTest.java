package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.model.NewsArticle;
import org.junit.jupiter.api.Test;

/**
 * 1 MB adversarial texts are handled without error and without reading the whole text: the time
 * they take is measured by {@code AdversarialBenchmark} (JMH, benchmarks module), not here.
 */
class PerformanceTest {
  private static final int MB = 1 << 20;

  private static String megabyteOf(final String unit) {
    return unit.repeat(MB / unit.length() + 1).substring(0, MB);
  }

  @Test
  void oneMegabyteAdversarialTextsAreHandled() {
    final RuleExtractor x = RuleExtractor.defaultExtractor();
    for (final String unit :
        new String[] {"Allegri esonerato dalla Juventus ", "\uD83D\uDE00 Conte ", "dell'l'"}) {
      final NewsArticle a = new NewsArticle("adv", null, null, "it", "Titolo", megabyteOf(unit));
      assertThat(x.extract(a)).allSatisfy(s -> assertThat(s.evidence().end()).isLessThan(MB));
    }
  }
}
