package dev.coachradar.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bench's figures: the raw consume rate (limit), the naive in-memory peer, and the topology
 * under exactly_once_v2 and at_least_once, with the ratios between them.
 *
 * @param warmupArticles articles of the untimed warm-up run before the measured phases, 0 for none
 */
public record BenchReport(
    long articles,
    int partitions,
    long seed,
    long warmupArticles,
    PhaseResult limit,
    PhaseResult naive,
    PhaseResult eos,
    PhaseResult alo) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Throughput of exactly_once_v2 over the naive peer. */
  public double eosVsNaive() {
    return ratio(eos, naive);
  }

  /** Throughput of exactly_once_v2 over the raw consume rate. */
  public double eosVsLimit() {
    return ratio(eos, limit);
  }

  /** Throughput of at_least_once over the naive peer. */
  public double aloVsNaive() {
    return ratio(alo, naive);
  }

  /**
   * CPU time per article of the naive peer over that of exactly_once_v2 (whole JVM, broker
   * included): what eos_vs_naive would be if both had the CPU to themselves; 0 when unknown.
   */
  public double eosCpuVsNaive() {
    return eos.cpuSeconds() > 0 && naive.articles() > 0 && eos.articles() > 0
        ? round((naive.cpuSeconds() / naive.articles()) / (eos.cpuSeconds() / eos.articles()), 3)
        : 0;
  }

  private static double ratio(final PhaseResult a, final PhaseResult b) {
    return b.throughput() > 0 ? round(a.throughput() / b.throughput(), 3) : 0;
  }

  /** One line of JSON with every figure and the ratios. */
  public String toJson() {
    final Map<String, Object> root = new LinkedHashMap<>();
    root.put("articles", articles);
    root.put("partitions", partitions);
    root.put("seed", seed);
    root.put("warmup", warmupArticles > 0);
    root.put("warmup_articles", warmupArticles);
    for (final PhaseResult p : new PhaseResult[] {limit, naive, eos, alo}) {
      root.put(p.name(), phase(p));
    }
    root.put("eos_vs_naive", eosVsNaive());
    root.put("eos_vs_limit", eosVsLimit());
    root.put("alo_vs_naive", aloVsNaive());
    root.put("eos_cpu_vs_naive", eosCpuVsNaive());
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the bench report", e);
    }
  }

  private static Map<String, Object> phase(final PhaseResult p) {
    final Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles_per_s", round(p.throughput(), 1));
    m.put("seconds", round(p.seconds(), 3));
    m.put("p50_ms", Double.isNaN(p.p50Millis()) ? null : round(p.p50Millis(), 1));
    m.put("p99_ms", Double.isNaN(p.p99Millis()) ? null : round(p.p99Millis(), 1));
    m.put("latency_samples", p.latencySamples());
    m.put("peak_heap_mb", round(p.peakHeapMb(), 1));
    m.put("peak_live_heap_mb", round(p.peakLiveHeapMb(), 1));
    m.put("cpu_s", round(p.cpuSeconds(), 2));
    return m;
  }

  /** A readable table. */
  public String toTable() {
    final StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%d articles, %d partitions, seed %d, %s%n%-8s %12s %9s %9s %9s %10s %10s %8s%n",
            articles,
            partitions,
            seed,
            warmupArticles > 0 ? "after a warm-up over " + warmupArticles + " articles" : "cold",
            "",
            "articles/s",
            "seconds",
            "p50 ms",
            "p99 ms",
            "heap MB",
            "live MB",
            "CPU s"));
    for (final PhaseResult p : new PhaseResult[] {limit, naive, eos, alo}) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-8s %12.1f %9.2f %9s %9s %10.1f %10.1f %8.2f%n",
              p.name(),
              p.throughput(),
              p.seconds(),
              Double.isNaN(p.p50Millis()) ? "-" : String.format(Locale.ROOT, "%.1f", p.p50Millis()),
              Double.isNaN(p.p99Millis()) ? "-" : String.format(Locale.ROOT, "%.1f", p.p99Millis()),
              p.peakHeapMb(),
              p.peakLiveHeapMb(),
              p.cpuSeconds()));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "eos/naive %.3f   eos/limit %.3f   alo/naive %.3f",
            eosVsNaive(),
            eosVsLimit(),
            aloVsNaive()));
    return b.toString();
  }

  private static double round(final double v, final int digits) {
    final double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }
}
