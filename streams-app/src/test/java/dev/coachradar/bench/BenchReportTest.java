package dev.coachradar.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The pure parts of the bench: percentiles and the shape of its report. */
class BenchReportTest {

  @Test
  void percentilesAreNearestRank() {
    final long[] values = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
    assertThat(Percentiles.of(values, 50)).isEqualTo(5);
    assertThat(Percentiles.of(values, 99)).isEqualTo(10);
    assertThat(Percentiles.of(values, 10)).isEqualTo(1);
    assertThat(Percentiles.of(new long[] {42}, 99)).isEqualTo(42);
    assertThat(Percentiles.of(new long[0], 50)).isNaN();
    assertThat(values[0]).as("input left as it was").isEqualTo(5);
    assertThatThrownBy(() -> Percentiles.of(values, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonHoldsEveryContenderAndTheRatios() throws Exception {
    final BenchReport report =
        new BenchReport(
            1000,
            2,
            42,
            0,
            phase("limit", 0.1, Double.NaN),
            phase("naive", 0.5, 3.0),
            phase("eos", 1.0, 120.0),
            phase("alo", 0.8, 20.0));
    final JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertThat(report.toJson()).doesNotContain("\n");
    assertThat(json.get("articles").asLong()).isEqualTo(1000);
    assertThat(json.get("warmup").asBoolean()).as("no warm-up ran").isFalse();
    assertThat(json.get("warmup_articles").asLong()).isZero();
    for (final String name : new String[] {"limit", "naive", "eos", "alo"}) {
      assertThat(json.get(name).has("articles_per_s")).isTrue();
      assertThat(json.get(name).has("p50_ms")).isTrue();
      assertThat(json.get(name).has("p99_ms")).isTrue();
      assertThat(json.get(name).has("peak_heap_mb")).isTrue();
    }
    assertThat(json.get("limit").get("p50_ms").isNull()).isTrue();
    assertThat(json.get("eos").get("articles_per_s").asDouble()).isEqualTo(1000.0);
    assertThat(json.get("eos_vs_naive").asDouble()).isEqualTo(0.5);
    assertThat(json.get("eos_vs_limit").asDouble()).isEqualTo(0.1);
    assertThat(json.get("alo_vs_naive").asDouble()).isEqualTo(0.625);
    assertThat(json.get("eos").get("cpu_s").asDouble()).isEqualTo(1.0);
    assertThat(json.get("eos_cpu_vs_naive").asDouble())
        .as("0.5 CPU s vs 1.0 per 1000")
        .isEqualTo(0.5);
    assertThat(report.toTable()).contains("eos/naive 0.500");
  }

  @Test
  void jsonAndTableSayWhetherAWarmUpRan() throws Exception {
    final PhaseResult p = phase("eos", 1.0, 1.0);
    final BenchReport warm = new BenchReport(1000, 2, 42, 5000, p, p, p, p);
    final JsonNode json = new ObjectMapper().readTree(warm.toJson());
    assertThat(json.get("warmup").asBoolean()).isTrue();
    assertThat(json.get("warmup_articles").asLong()).isEqualTo(5000);
    assertThat(warm.toTable()).contains("after a warm-up over 5000 articles");
    assertThat(new BenchReport(1000, 2, 42, 0, p, p, p, p).toTable()).contains("cold");
  }

  private static PhaseResult phase(final String name, final double seconds, final double p50) {
    return new PhaseResult(name, 1000, seconds, p50, p50 * 2, 10, 100, 50, seconds);
  }
}
