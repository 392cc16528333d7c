package dev.coachradar.bench;

import dev.coachradar.extract.RuleExtractor;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;
import java.util.List;
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
 * Time to extract one 1 MB adversarial article (target: under 50 ms each): long runs of names,
 * cues, punctuation and unusual Unicode that would trip catastrophic backtracking or quadratic
 * scans.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AdversarialBenchmark {
  private static final int MB = 1 << 20;

  /** Which adversarial shape. */
  @Param({
    "a",
    "Allegri",
    "Allegri esonerato dalla Juventus nel mirino della Roma ",
    "il tecnico Mario Rossi Bianchi Verdi e lui, ex Roma, ",
    ".:;,«»–'’",
    "\n",
    "dell'l'all'",
    "e\u0301\u0301\u0301 ",
    "\uD83D\uDE00 Conte ",
    "Conte, Allegri, Sarri, Pioli e Inzaghi esonerati da Napoli, "
  })
  public String unit;

  private RuleExtractor extractor;
  private NewsArticle article;

  /** Builds the 1 MB text once. */
  @Setup
  public void setUp() {
    extractor = RuleExtractor.defaultExtractor();
    final StringBuilder b = new StringBuilder(MB + unit.length());
    while (b.length() < MB) {
      b.append(unit);
    }
    article = new NewsArticle("adversarial", null, null, "it", "Titolo", b.substring(0, MB));
  }

  /** One extraction of the whole article. */
  @Benchmark
  public List<Signal> extract() {
    return extractor.extract(article);
  }
}
