package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.model.NewsArticle;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random and adversarial texts never throw and stay well inside the time budget. */
class RobustnessProperties {

  private static final RuleExtractor X = RuleExtractor.defaultExtractor();

  private static final List<String> PIECES =
      List.of(
          "Allegri",
          "Juventus",
          "esonerato",
          "il tecnico",
          "nel mirino",
          "non",
          "sarebbe",
          "Roma",
          "giallorossi",
          "Inzaghi",
          "Pellegrini",
          "ex",
          "the manager",
          "sacked",
          "he",
          ",",
          ".",
          ":",
          "–",
          "\n",
          "'",
          "’",
          "«",
          "»",
          "l'",
          "dell'",
          "Sérgio Conceição",
          "fermo",
          "lui",
          "Ten Hag",
          "former",
          "Real",
          "Madrid",
          "2-0",
          "contro",
          "e",
          "nazionale",
          "Italia",
          "ha firmato",
          "niet",
          "anziché su di lui",
          "Mario Bianchi",
          "allenatore",
          "\u0301",
          "ß",
          "\uD83D\uDE00",
          "\u0000",
          "\t",
          "   ");

  @Provide
  Arbitrary<String> corpusLike() {
    return Arbitraries.of(PIECES).list().ofMaxSize(400).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void neverThrowsOnCorpusLikeNoise(
      @ForAll("corpusLike") String body, @ForAll("corpusLike") String title) {
    final NewsArticle a = new NewsArticle("fuzz", null, null, null, title, body);
    final var out = X.extract(a);
    assertThat(out).isNotNull();
    assertThat(bestOfThreeMillis(a)).isLessThan(50);
    out.forEach(
        s -> {
          assertThat(s.strength()).isGreaterThan(0).isLessThanOrEqualTo(1);
          assertThat(s.evidence().start()).isBetween(0, s.evidence().end());
        });
  }

  @Property(tries = 300)
  void neverThrowsOnArbitraryUnicode(@ForAll String body, @ForAll String lang) {
    final NewsArticle a = new NewsArticle("fuzz", null, null, lang, "", body);
    assertThat(X.extract(a)).isNotNull();
    assertThat(bestOfThreeMillis(a)).isLessThan(50);
  }

  /**
   * Time of one extraction, best of up to three runs: a pause of the shared test machine (GC, a
   * parallel build) is not the extractor's cost, while a real slow path shows up every time.
   */
  private static long bestOfThreeMillis(NewsArticle a) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3 && best >= 50; i++) {
      final long t0 = System.nanoTime();
      X.extract(a);
      best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
    }
    return best;
  }
}
